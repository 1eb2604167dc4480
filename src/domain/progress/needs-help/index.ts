export { DEFAULT_RULE, type NeedsHelpRule } from './rule';
export type { Reason, ReasonKind } from './reason';
export { expectedGoals, needsHelp, type NeedsHelpEntry, type NeedsHelpInput, type NeedsHelpPupil } from './needs-help';
export { instructionGroups, type InstructionGroup, type InstructionGroupOptions, type InstructionGroups } from './instruction-groups';
export { schoolDaysBetween } from './school-days';
export { defaultLineEstimator, goalEstimators, type LineEstimatorOf } from './goal-estimators';
export { followJudgements } from './follow-judgements';
export { isDataMatter, isNoResultsYet, splitNoResultsYet } from './no-results';
export { needsHelpView, viewContext, type LineInstructionGroups, type NeedsHelpView, type NeedsHelpViewInput } from './needs-help-view';
