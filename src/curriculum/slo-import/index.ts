export { readSloFile } from './slo-file.parser';
export type { SloDeprecation, SloFile, SloFileProblem, SloGoal, SloInvalidEntity, SloInvalidReason, SloParent, SloReadResult, SloSkipped } from './slo-file.types';
export { followReplacements, predecessorsOf } from './successors';
export { resolveSloUuids, setSloLinks, successorOf } from './slo-links';
export { lineForSloId, planSloImport, SLO_IMPORT_LINE, type KnownSloGoal, type SloImportPlan, type SloNamed } from './slo-import.plan';
export { cleanSloText, isSloUuid } from './slo-entity.schema';
