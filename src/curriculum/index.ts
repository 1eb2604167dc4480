import type { GoalId, LineId } from '@/domain/ids';
import type { Goal, LearningLine } from '@/domain/model';
import { COMPUTATIONAL_THINKING_LINE } from './computational-thinking.line';
import { DIGITAL_BASIC_SKILLS_LINE } from './digital-basic-skills.line';
import { LEZEN_LINE } from './lezen.line';
import { PROGRAMMEREN_LINE } from './programmeren.line';
import { REKENEN_LINE } from './rekenen.line';

export { targetLevelFor } from './targets';

/** The learning lines Leerzicht ships with. */
export const BUILT_IN_LINES: readonly LearningLine[] = [
  REKENEN_LINE,
  LEZEN_LINE,
  PROGRAMMEREN_LINE,
  COMPUTATIONAL_THINKING_LINE,
  DIGITAL_BASIC_SKILLS_LINE,
];

const goals = new Map<string, Goal>(BUILT_IN_LINES.flatMap((line) => line.goals.map((goal) => [goal.id, goal] as const)));
const bySlo = new Map<string, Goal[]>();
for (const goal of goals.values()) for (const slo of goal.sloIds) bySlo.set(slo, [...(bySlo.get(slo) ?? []), goal]);

export const allGoals = (): Goal[] => [...goals.values()];
export const goalById = (id: GoalId | string): Goal | undefined => goals.get(id);
export const lineById = (id: LineId | string): LearningLine | undefined => BUILT_IN_LINES.find((line) => line.id === id);
/** Goals that carry an SLO UUID (an SLO goal can stand behind several of ours). */
export const goalsBySloId = (sloId: string): Goal[] => bySlo.get(sloId.toLowerCase()) ?? [];
