import { goalId, lineId } from '@/domain/ids';
import type { Goal, LearningLine, Level, LocalText, Strand } from '@/domain/model';
import { compareNumeric } from '@/domain/progress/sort-rows';
import { SLO_LEVEL } from '../levels';
import { SLO_IMPORT_LINE } from './slo-import-line';

/** An imported goal as the line needs it (a stored curriculum row fits). */
export interface ImportedGoalInput {
  readonly id: string;
  readonly line: string;
  readonly title: string | null;
  /** SLO niveau UUIDs. */
  readonly levels: readonly string[];
  readonly parents: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly replacedBy: readonly string[];
  /** SLO's own number (prefix: "PO Kerndoel 01", "VSO Kerndoel DB 54.1"), when the file gives one. */
  readonly prefix?: string | null;
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

/** SLO's order: by its number (prefix, numbers compared as numbers: 2 before 10), goals without one after, by title. */
function sloOrder(a: ImportedGoalInput, b: ImportedGoalInput): number {
  const [pa, pb] = [a.prefix ?? '', b.prefix ?? ''];
  if ((pa === '') !== (pb === '')) return pa === '' ? 1 : -1;
  // One collator per kind (localeCompare with a locale makes one per comparison: seconds over a few thousand goals).
  return compareNumeric('nl')(pa, pb) || dutch().compare(a.title ?? '', b.title ?? '') || a.id.localeCompare(b.id);
}

let dutchCollator: Intl.Collator | null = null;
const dutch = () => (dutchCollator ??= new Intl.Collator('nl'));

/** No strand text: a goal without a parent is its own strand, and repeating its title above it says nothing. */
const NO_STRAND_TEXT: LocalText = { nl: '', en: '' };

/**
 * One learning line of the imported SLO goals that stand today (not replaced, with a title, on no
 * built-in line). Levels are the goals' SLO niveaus (known ones by name and in school order, others
 * numbered after them); a goal without a niveau goes to a level of its own. A goal with several
 * niveaus sits on its first (lowest) one. Within a level goals follow SLO's numbering (prefix).
 * Strands are the goals' first SLO parents (a domain, a core, a vakleergebied in the same file):
 * goals of one parent share its strand, titled with the parent. A goal without a parent is its own
 * strand with no strand text (empty title), so views do not print its title twice. Null when no
 * imported goal stands. Pure.
 */
export function importedLine(goals: readonly ImportedGoalInput[]): LearningLine | null {
  const standing = goals.filter((goal) => goal.line === SLO_IMPORT_LINE && goal.title !== null && goal.replacedBy.length === 0).sort(sloOrder);
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

  const strands = new Map<string, Strand>();
  for (const goal of standing) {
    const parent = goal.parents[0];
    const strand: Strand = parent
      ? { id: parent.id, title: { nl: parent.title, en: parent.title }, sloIds: [parent.id] }
      : { id: goal.id, title: NO_STRAND_TEXT, sloIds: [] };
    if (!strands.has(strand.id)) strands.set(strand.id, strand);
  }

  const id = lineId(SLO_IMPORT_LINE);
  const order = new Map(levels.map((level) => [level.id, level.order] as const));
  const lineGoals: Goal[] = standing
    .map((goal) => ({ goal, level: levelOf(goal), strand: goal.parents[0]?.id ?? goal.id }))
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
  return {
    id,
    subject: 'digital-skills',
    title: IMPORTED_LINE_TITLE,
    description: DESCRIPTION,
    levels,
    strands: [...strands.values()],
    goals: lineGoals,
  };
}
