export { readSloFile } from './slo-file.parser';
export type {
  SloDeprecation,
  SloFile,
  SloFileProblem,
  SloGoal,
  SloInvalidEntity,
  SloInvalidReason,
  SloParent,
  SloReadResult,
  SloSkipped,
} from './slo-file.types';
export { followReplacements, predecessorsOf } from './successors';
export { currentSloLinks, setSloLinks, successorOf } from './slo-links';
export { resolveSloUuids } from './slo-resolve';
export { lineForSloId, planSloImport, SLO_IMPORT_LINE, type KnownSloGoal, type SloImportPlan, type SloNamed } from './slo-import.plan';
export { cleanSloText, isSloUuid } from './slo-entity.schema';
export { importedLine, IMPORTED_ANY_LEVEL, IMPORTED_LINE_TITLE, type ImportedGoalInput } from './imported-line';
export { resolveGoals, resolveResultGoals } from './resolve-goals';
export { usedGoalIds, withGoals } from './used-goals';
