import { goalId, lineId } from '@/domain/ids';
import type { Goal, LearningLine, Level, LocalText, Strand } from '@/domain/model';
import { SLO_LEVEL } from '../levels';
import { SLO_IMPORT_LINE } from './slo-import.plan';

/** An imported goal as the line needs it (a stored curriculum row fits). */
export interface ImportedGoalInput {
  readonly id: string;
  readonly line: string;
  readonly title: string | null;
  /** SLO niveau UUIDs. */
  readonly levels: readonly string[];
  readonly parents: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly replacedBy: readonly string[];
}

/** Labels and order for the SLO niveaus we know by name; any other niveau comes after them. */
const KNOWN_NIVEAUS: ReadonlyArray<{ readonly id: string; readonly label: LocalText }> = [
  { id: SLO_LEVEL.groep12, label: { nl: 'groep 1-2', en: 'groep 1-2' } },
  { id: SLO_LEVEL.groep34, label: { nl: 'groep 3-4', en: 'groep 3-4' } },
  { id: SLO_LEVEL.groep56, label: { nl: 'groep 5-6', en: 'groep 5-6' } },
  { id: SLO_LEVEL.groep78, label: { nl: 'groep 7-8', en: 'groep 7-8' } },
  { id: SLO_LEVEL.po, label: { nl: 'primair onderwijs', en: 'primary school' } },
  { id: SLO_LEVEL.ref1F, label: { nl: '1F', en: '1F' } },
  { id: SLO_LEVEL.ref2F, label: { nl: '2F', en: '2F' } },
  { id: SLO_LEVEL.ref1S, label: { nl: '1S', en: '1S' } },
  { id: SLO_LEVEL.obVo, label: { nl: 'onderbouw vo', en: 'lower secondary' } },
];

/** The level of goals SLO gives no niveau for (and the only level when none has one). */
export const IMPORTED_ANY_LEVEL = 'slo';
const ANY_LEVEL_LABEL: LocalText = { nl: 'zonder niveau', en: 'no level' };

export const IMPORTED_LINE_TITLE: LocalText = { nl: 'Geïmporteerd uit SLO', en: 'Imported from SLO' };
const DESCRIPTION: LocalText = {
  nl: 'Doelen uit de open data van SLO die op geen van onze leerlijnen staan, per SLO-niveau.',
  en: "Goals from SLO's open data that are on none of our lines, by SLO level.",
};

/**
 * One learning line of the imported SLO goals that stand today (not replaced, with a title, on no
 * built-in line). Levels are the goals' SLO niveaus (known ones by name and in school order, others
 * numbered after them); a goal without a niveau goes to a level of its own. A goal with several
 * niveaus sits on its first (lowest) one. Every goal is its own strand, titled
 * with its first SLO parent when it has one. Null when no
 * imported goal stands. Pure.
 */
export function importedLine(goals: readonly ImportedGoalInput[]): LearningLine | null {
  const standing = goals
    .filter((goal) => goal.line === SLO_IMPORT_LINE && goal.title !== null && goal.replacedBy.length === 0)
    .sort((a, b) => (a.title ?? '').localeCompare(b.title ?? '', 'nl') || a.id.localeCompare(b.id));
  if (standing.length === 0) return null;

  const used = new Set(standing.flatMap((goal) => goal.levels));
  const known = KNOWN_NIVEAUS.filter((niveau) => used.has(niveau.id));
  const others = [...used].filter((id) => !KNOWN_NIVEAUS.some((niveau) => niveau.id === id)).sort();
  const levels: Level[] = [
    ...known.map((niveau) => ({ id: niveau.id, label: niveau.label, sloIds: [niveau.id] })),
    ...others.map((id, index) => ({ id, label: { nl: `SLO-niveau ${index + 1}`, en: `SLO level ${index + 1}` }, sloIds: [id] })),
  ].map((level, order) => ({ ...level, order: order + 1 }));
  const levelOf = (goal: ImportedGoalInput): string => levels.find((level) => goal.levels.includes(level.id))?.id ?? IMPORTED_ANY_LEVEL;
  if (standing.some((goal) => levelOf(goal) === IMPORTED_ANY_LEVEL)) {
    levels.push({ id: IMPORTED_ANY_LEVEL, label: ANY_LEVEL_LABEL, sloIds: [], order: levels.length + 1 });
  }

  const id = lineId(SLO_IMPORT_LINE);
  const order = new Map(levels.map((level) => [level.id, level.order] as const));
  const lineGoals: Goal[] = standing
    .map((goal) => ({ goal, level: levelOf(goal), strand: goal.id }))
    .sort((a, b) => (order.get(a.level) ?? 0) - (order.get(b.level) ?? 0))
    .map(({ goal, level, strand }, index) => ({
      id: goalId(goal.id),
      sloIds: [goal.id],
      line: id,
      subject: 'digital-skills',
      level,
      strand,
      order: index,
      title: { nl: goal.title ?? '', en: goal.title ?? '' },
    }));
  // Each goal is its own strand, named by its SLO parent when it has one (views label a goal column by its strand).
  const strands: Strand[] = lineGoals.map((goal) => {
    const parent = standing.find((item) => item.id === goal.id)?.parents[0];
    return { id: goal.id, title: parent ? { nl: `${parent.title}: ${goal.title.nl}`, en: `${parent.title}: ${goal.title.en}` } : goal.title, sloIds: [goal.id] };
  });
  return { id, subject: 'digital-skills', title: IMPORTED_LINE_TITLE, description: DESCRIPTION, levels, strands, goals: lineGoals };
}
