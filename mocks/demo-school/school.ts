import { between, createRandom, gaussian, hex, pick, seedOf } from './prng';

/**
 * The demo school "OBS De Vlierboom / Vlierboom College" (fictional): three groups with
 * believable differences between pupils. Every supplier mock draws its records from the
 * same true trajectories below, so a fast grower grows in every tool.
 */
export const DEMO_PSEUDONYM_PREFIX = 'https://demo.invalid/nep-eckid/201703/';

export type DemoProfile = 'fast' | 'steady' | 'slow' | 'stall' | 'dropout';
export type DemoSubject = 'arithmetic' | 'reading' | 'programming';

export interface DemoGroup {
  readonly id: string;
  readonly name: string;
  readonly yearLevel: 'groep-5' | 'groep-7' | 'brugklas';
  readonly size: number;
  /** Typical true mastery at the start of the year on the group's own goals. */
  readonly startLevel: number;
}

export interface DemoPupil {
  /** Pseudonym: the ECK iD shape (prefix + 128 hex) under an obviously fake prefix. */
  readonly ref: string;
  readonly group: string;
  readonly number: number;
  readonly profile: DemoProfile;
  readonly firstName: string;
  readonly prefix: string;
  readonly lastName: string;
  readonly base: Readonly<Record<DemoSubject, number>>;
  /** Growth in true mastery over the whole year. */
  readonly growth: number;
  /** Fraction of the year after which growth stops (stall), or null. */
  readonly stallAt: number | null;
  /** Fraction of the year after which the pupil stops practising (dropout), or null. */
  readonly stopAt: number | null;
  /** How often the pupil practises, relative to the group (0.5..1.5). */
  readonly diligence: number;
}

export const DEMO_GROUPS: readonly DemoGroup[] = [
  { id: 'groep-5a', name: 'Groep 5A', yearLevel: 'groep-5', size: 28, startLevel: 0.3 },
  { id: 'groep-7b', name: 'Groep 7B', yearLevel: 'groep-7', size: 27, startLevel: 0.35 },
  { id: 'brugklas-1c', name: 'Brugklas 1C', yearLevel: 'brugklas', size: 29, startLevel: 0.35 },
];

const FIRST_NAMES = [
  'Noah',
  'Emma',
  'Liam',
  'Julia',
  'Daan',
  'Mila',
  'Sem',
  'Tess',
  'Finn',
  'Sara',
  'Levi',
  'Nora',
  'Luuk',
  'Zoë',
  'Milan',
  'Lotte',
  'Bram',
  'Fenna',
  'Jesse',
  'Evi',
  'Ayoub',
  'Yara',
  'Mohammed',
  'Noor',
  'Thijs',
  'Lieke',
  'Ravi',
  'Isa',
  'Stijn',
  'Hanna',
  'Owen',
  'Amira',
  'Teun',
  'Fleur',
  'Mees',
  'Saar',
];
const PREFIXES = ['', '', '', '', 'de', 'van', 'van der', 'van den', 'ter'];
const LAST_NAMES = [
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Brouwer',
  'Dijkstra',
  'Kok',
  'Veenstra',
  'Yilmaz',
  'El Amrani',
  'Hoekstra',
  'Kuipers',
  'Postma',
  'Wolters',
  'Groot',
  'Berg',
  'Boer',
  'Kramer',
  'Prins',
];

function profileFor(index: number): DemoProfile {
  // Per group: 2 stall, 2 dropout, about a fifth fast and a fifth slow, the rest steady.
  const pattern: DemoProfile[] = [
    'steady',
    'fast',
    'slow',
    'steady',
    'stall',
    'steady',
    'fast',
    'dropout',
    'slow',
    'steady',
    'fast',
    'steady',
    'slow',
    'steady',
  ];
  return pattern[index % pattern.length] as DemoProfile;
}

const GROWTH: Record<DemoProfile, [number, number]> = {
  fast: [0.5, 0.65],
  steady: [0.3, 0.42],
  slow: [0.1, 0.2],
  stall: [0.3, 0.4],
  dropout: [0.25, 0.35],
};

function makePupil(group: DemoGroup, number: number): DemoPupil {
  const random = createRandom(seedOf(`pupil:${group.id}:${number}`));
  const profile = profileFor(number - 1 + group.size);
  const talent = gaussian(random) * 0.08;
  const base = (offset: number) => Math.min(0.7, Math.max(0.05, group.startLevel + talent + gaussian(random) * 0.05 + offset));
  const [gMin, gMax] = GROWTH[profile];
  return {
    ref: DEMO_PSEUDONYM_PREFIX + hex(random, 128),
    group: group.id,
    number,
    profile,
    firstName: pick(random, FIRST_NAMES),
    prefix: pick(random, PREFIXES),
    lastName: pick(random, LAST_NAMES),
    base: { arithmetic: base(0), reading: base(0.03), programming: base(-0.05) },
    growth: between(random, gMin, gMax),
    stallAt: profile === 'stall' ? between(random, 0.3, 0.45) : null,
    stopAt: profile === 'dropout' ? between(random, 0.55, 0.7) : null,
    diligence: profile === 'slow' ? between(random, 0.5, 0.9) : between(random, 0.8, 1.4),
  };
}

export const DEMO_PUPILS: readonly DemoPupil[] = DEMO_GROUPS.flatMap((group) =>
  Array.from({ length: group.size }, (_, i) => makePupil(group, i + 1)),
);

export const demoGroupOf = (pupil: DemoPupil): DemoGroup => DEMO_GROUPS.find((group) => group.id === pupil.group) as DemoGroup;

/**
 * True mastery (0..1) of a pupil in a subject at a point of the year (0..1), with a
 * per-strand offset so strands differ. This is the ground truth the mocks sample from.
 */
export function trueMastery(pupil: DemoPupil, subject: DemoSubject, yearFraction: number, strandOffset = 0): number {
  const grownFor = pupil.stallAt === null ? yearFraction : Math.min(yearFraction, pupil.stallAt);
  const value = pupil.base[subject] + pupil.growth * grownFor + strandOffset;
  return Math.min(0.98, Math.max(0.02, value));
}

/** Whether the pupil still practises at this point of the year. */
export const isActive = (pupil: DemoPupil, yearFraction: number) => pupil.stopAt === null || yearFraction < pupil.stopAt;
