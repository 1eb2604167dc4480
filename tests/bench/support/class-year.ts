/**
 * A group's school year of stored results for the class-grid benchmark: `pupils` pupils with
 * 166-character pseudonyms, `goals` goals on four lines, four sources that disagree a little (bias,
 * noise) so the calibration and priors have work to do, 3% of results with two goals and 2%
 * unmapped. Every stored row carries its own copy of the pseudonym and the time, as records read
 * from IndexedDB do, so no side gets string hashes cached by a shared string object.
 */
import { goalId, lineId, pupilKey, pupilRef, resultIdOf, sourceId, type GoalId } from '@/domain/ids';
import { scaleScore, type Goal, type LearningLine, type Result } from '@/domain/model';
import type { GridPupil } from '@/domain/progress/estimated-grid';
import { createRandom, gaussian } from '../../../mocks/demo-school/prng';

export const BENCH_NOW = '2026-07-03T14:00:00.000Z';
const DAY_MS = 86_400_000;
const LINES = 4;

export interface ClassYear {
  readonly pupils: readonly GridPupil[];
  readonly lines: readonly LearningLine[];
  /** The rows as the store hands them over (resultsForPupils), before readableResults. */
  readonly rows: readonly Result[];
}

const text = (value: string) => ({ nl: value, en: value });

function linesOf(goals: number): LearningLine[] {
  return Array.from({ length: LINES }, (_, l) => {
    const id = lineId(`bench-line-${l}`);
    const lineGoals: Goal[] = [];
    for (let g = l; g < goals; g += LINES)
      lineGoals.push({
        id: goalId(`bench.${l}.goal-${g}`),
        sloIds: [],
        line: id,
        subject: 'arithmetic',
        level: 'basis',
        strand: 's',
        order: g,
        title: text(`goal ${g}`),
      });
    return {
      id,
      subject: 'arithmetic',
      title: text(`line ${l}`),
      description: text(''),
      levels: [{ id: 'basis', label: text('basis'), sloIds: [], order: 0 }],
      strands: [{ id: 's', title: text('s'), sloIds: [] }],
      goals: lineGoals,
    };
  });
}

export function classYear(pupilCount: number, goalCount: number, resultCount: number, seed: number): ClassYear {
  const random = createRandom(seed);
  const prefix = 'https://demo.invalid/nep-eckid/201703/';
  const refs = Array.from(
    { length: pupilCount },
    () => prefix + Array.from({ length: 166 - prefix.length }, () => Math.floor(random() * 16).toString(16)).join(''),
  );
  const lines = linesOf(goalCount);
  const goals: GoalId[] = lines.flatMap((line) => line.goals.map((goal) => goal.id));
  const sources = [0, 1, 2, 3].map((s) => ({
    id: sourceId(`src-bench-${s}`),
    bias: [0, 0.05, -0.04, 0.02][s] as number,
    noise: [0.08, 0.12, 0.1, 0.15][s] as number,
  }));
  const ability = refs.map(() => 0.35 + 0.4 * random());
  const nowMs = Date.parse(BENCH_NOW);
  const rows: Result[] = new Array<Result>(resultCount);
  for (let n = 0; n < resultCount; n += 1) {
    const p = n % pupilCount;
    const kind = random();
    const goalPick = random();
    const first = Math.floor(random() * goals.length);
    const one = goals[first] as GoalId;
    const source = sources[Math.floor(random() * sources.length)]!;
    const age = random() * 330;
    const level = Math.min(1, Math.max(0, (ability[p] as number) + (330 - age) / 1000 + source.bias + source.noise * gaussian(random) * 1.7));
    const recordId = `rec-${n}`;
    rows[n] = {
      id: resultIdOf(source.id, recordId),
      source: source.id,
      recordId,
      pupil: pupilRef(JSON.parse(JSON.stringify(refs[p])) as string),
      code: 'BENCH',
      goals: goalPick < 0.02 ? [] : goalPick < 0.05 ? [one, goals[(first + 7) % goals.length] as GoalId] : [one],
      level: null,
      workForm: kind < 0.1 ? 'test' : 'practice',
      time: new Date(nowMs - age * DAY_MS).toISOString(),
      score: kind < 0.75 ? scaleScore(Math.round(level * 20), 0, 20) : null,
      success: kind >= 0.75 && kind < 0.95 ? random() < level : null,
      completion: null,
      durationSeconds: null,
      attempt: null,
      normBand: null,
    };
  }
  const pupils = refs.map((ref, i) => ({ key: pupilKey(i + 1), ref: pupilRef(ref) }));
  return { pupils, lines, rows };
}

/**
 * The rows in the order and form the store hands them to the hook: `resultsForPupils` reads the
 * `pupil` index, so a group's results come pupil by pupil (refs in code-unit order), each pupil's by
 * id; and as IndexedDB's structured clone makes them, every row a new object (allocated in that
 * order) with its own copy of every string.
 */
export function asStored(rows: readonly Result[]): Result[] {
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return structuredClone([...rows].sort((a, b) => byCodeUnit(a.pupil, b.pupil) || byCodeUnit(a.id, b.id)));
}
