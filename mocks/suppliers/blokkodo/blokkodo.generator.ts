import { DEMO_PUPILS, demoGroupOf, isActive, trueMastery, type DemoPupil } from '../../demo-school/school';
import { atSchoolHour, schoolDays, yearFraction } from '../../demo-school/calendar';
import { createRandom, gaussian, pick, seedOf, type Random } from '../../demo-school/prng';

/**
 * Blokkodo's raw completions for the demo year: one record per finished puzzle, as its
 * API serves them. Stars follow the pupil's true programming mastery against the puzzle's
 * difficulty, so fast growers earn more stars over the year and dropouts stop.
 */
export interface BlokkodoPuzzle {
  readonly id: string;
  readonly title: string;
  readonly concept: string;
  readonly world: string;
  readonly difficulty: number;
}

/** Loose on purpose: a few records are broken the way a real feed sometimes is. */
export interface BlokkodoCompletionRecord {
  readonly completion_id: string;
  readonly learner?: string;
  readonly puzzle: BlokkodoPuzzle;
  readonly stars: number;
  readonly attempts: number;
  readonly completed_at: string;
  readonly time_spent_ms: number;
}

export const BLOKKODO_CONCEPTS = [
  'sequence',
  'loops',
  'conditionals',
  'debugging',
  'functions',
  'variables',
  'patterns',
  'decomposition',
  'abstraction',
  'events',
] as const;

const TASKS: Record<string, string> = {
  sequence: 'stap voor stap',
  loops: 'herhaal de sprong',
  conditionals: 'als het pad splitst',
  debugging: 'zoek de fout',
  functions: 'maak je eigen blok',
  variables: 'tel de munten',
  patterns: 'vind het patroon',
  decomposition: 'knip de klus op',
  abstraction: 'wat doet ertoe?',
  events: 'als je klikt',
};
const WORLDS = [
  { name: 'Bos', slug: 'bos', title: 'Het bos' },
  { name: 'Zee', slug: 'zee', title: 'De zee' },
  { name: 'Ruimte', slug: 'ruimte', title: 'De ruimte' },
] as const;
const PROJECT_WORLD = { name: 'Eigen project', slug: 'project', title: 'Eigen project' } as const;

/** One in this many records is broken on purpose (about 0.3%), cycling through BROKEN_KINDS. */
export const BLOKKODO_BROKEN_EVERY = 333;
const BROKEN_KINDS = ['missing-learner', 'stars-out-of-range', 'unparseable-date', 'zero-attempts'] as const;

/** A small per-concept offset so concepts differ a little for everyone. */
const conceptOffset = (concept: string) => ((seedOf(`blokkodo:${concept}`) % 1000) / 1000 - 0.5) * 0.12;

function difficultyFor(pupil: DemoPupil, fraction: number, random: Random): number {
  const young = demoGroupOf(pupil).yearLevel === 'groep-5';
  if (young) return random() < 0.3 + 0.3 * fraction ? 2 : random() < 0.08 ? 3 : 1;
  return random() < 0.35 + 0.35 * fraction ? 3 : random() < 0.1 ? 1 : 2;
}

function puzzleFor(concept: string, difficulty: number, random: Random): BlokkodoPuzzle {
  const project = difficulty >= 2 && random() < 0.06;
  const world = project ? PROJECT_WORLD : pick(random, WORLDS);
  const number = BLOKKODO_CONCEPTS.indexOf(concept as (typeof BLOKKODO_CONCEPTS)[number]) * 3 + difficulty;
  return {
    id: `${world.slug}-${String(number).padStart(2, '0')}`,
    title: `${world.title}: ${TASKS[concept] ?? concept}`,
    concept,
    world: world.name,
    difficulty,
  };
}

interface Draft {
  readonly at: number;
  readonly record: Omit<BlokkodoCompletionRecord, 'completion_id'>;
}

function completion(pupil: DemoPupil, day: Date, random: Random): Draft {
  const at = atSchoolHour(day, random());
  const fraction = yearFraction(at);
  const concept = random() < 0.06 ? 'events' : pick(random, BLOKKODO_CONCEPTS.slice(0, 9));
  const difficulty = difficultyFor(pupil, fraction, random);
  const mastery = trueMastery(pupil, 'programming', fraction, conceptOffset(concept));
  const usual = demoGroupOf(pupil).yearLevel === 'groep-5' ? 1.5 : 2.5;
  const performance = mastery - 0.12 * (difficulty - usual) + gaussian(random) * 0.1;
  const stars = Math.min(3, Math.max(0, Math.floor((performance + 0.12) * 4)));
  const attempts = 1 + Math.floor(Math.max(0, 0.75 - performance) * 6 * random()) + (random() < 0.15 ? 1 : 0);
  const seconds = (60 + 60 * difficulty) * (0.6 + 0.8 * random()) * (1 + 0.3 * (attempts - 1));
  return {
    at: at.getTime(),
    record: {
      learner: pupil.ref,
      puzzle: puzzleFor(concept, difficulty, random),
      stars,
      attempts,
      completed_at: at.toISOString(),
      time_spent_ms: Math.round(seconds * 1000),
    },
  };
}

function weeksOfDays(): Date[][] {
  const weeks = new Map<number, Date[]>();
  for (const day of schoolDays()) {
    const monday = day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000;
    weeks.set(monday, [...(weeks.get(monday) ?? []), day]);
  }
  return [...weeks.values()];
}

function draftsFor(pupil: DemoPupil, weeks: readonly Date[][]): Draft[] {
  const random = createRandom(seedOf(`blokkodo:${pupil.ref}`));
  const drafts: Draft[] = [];
  for (const days of weeks) {
    const count = Math.floor(1.5 * pupil.diligence + random());
    for (let i = 0; i < count; i += 1) {
      const day = pick(random, days);
      if (!isActive(pupil, yearFraction(day))) continue;
      const draft = completion(pupil, day, random);
      if (isActive(pupil, yearFraction(new Date(draft.at)))) drafts.push(draft);
    }
  }
  return drafts;
}

function breakRecord(record: BlokkodoCompletionRecord, kind: (typeof BROKEN_KINDS)[number]): BlokkodoCompletionRecord {
  switch (kind) {
    case 'missing-learner': {
      const { learner: _learner, ...rest } = record;
      return rest;
    }
    case 'stars-out-of-range':
      return { ...record, stars: 5 };
    case 'unparseable-date':
      return { ...record, completed_at: 'gisteren na de lunch' };
    case 'zero-attempts':
      return { ...record, attempts: 0 };
  }
}

export const isBrokenIndex = (index: number) => index % BLOKKODO_BROKEN_EVERY === BLOKKODO_BROKEN_EVERY >> 1;

/** A fresh generation (same output every time); use blokkodoCompletions() for the memoised list. */
export function generateBlokkodoCompletions(): readonly BlokkodoCompletionRecord[] {
  const weeks = weeksOfDays();
  const drafts = DEMO_PUPILS.flatMap((pupil) => draftsFor(pupil, weeks));
  drafts.sort((a, b) => a.at - b.at || (a.record.learner ?? '').localeCompare(b.record.learner ?? ''));
  return drafts.map((draft, index) => {
    const record = { completion_id: `bk-${100001 + index}`, ...draft.record };
    if (!isBrokenIndex(index)) return record;
    const kind = BROKEN_KINDS[Math.floor(index / BLOKKODO_BROKEN_EVERY) % BROKEN_KINDS.length] ?? 'missing-learner';
    return breakRecord(record, kind);
  });
}

let memo: readonly BlokkodoCompletionRecord[] | null = null;

/** Every completion of the demo year, sorted by time; generated once. */
export function blokkodoCompletions(): readonly BlokkodoCompletionRecord[] {
  memo ??= generateBlokkodoCompletions();
  return memo;
}

/** completion_ids of the deliberately broken records (each becomes a rejection). */
export function blokkodoBrokenIds(): ReadonlySet<string> {
  return new Set(
    blokkodoCompletions()
      .filter((_, index) => isBrokenIndex(index))
      .map((record) => record.completion_id),
  );
}
