import { atSchoolHour, schoolDays, yearFraction } from '../../demo-school/calendar';
import { createRandom, gaussian, intBetween, pick, seedOf, type Random } from '../../demo-school/prng';
import { DEMO_PUPILS, demoGroupOf, isActive, trueMastery, type DemoGroup, type DemoPupil } from '../../demo-school/school';

/**
 * Sommenspoor (fictional arithmetic practice app): one record per exercise session, as its
 * API sends them. Seeded and memoised: the same ~9,000 sessions on every machine and call.
 */
export type SommenspoorBand = 'I' | 'II' | 'III' | 'IV' | 'V';

export interface SommenspoorSession {
  readonly session_id: string;
  /** Broken records may lack the pseudonym. */
  readonly student: { readonly eckid?: string };
  readonly domain_code: string;
  readonly mode: 'oefenen' | 'toets';
  readonly started_at: string;
  readonly duration_sec: number;
  readonly items: { readonly total: number; readonly correct: number };
  readonly ability: { readonly rating: number; readonly band: SommenspoorBand };
}

export type BrokenKind = 'missing-pupil' | 'invalid-score' | 'invalid-time' | 'not-a-pseudonym';

export interface SommenspoorData {
  /** Sorted by time. */
  readonly sessions: readonly SommenspoorSession[];
  /** The true time (ms) of each session, same order: the handler's `since` filter and tests use it. */
  readonly times: readonly number[];
  /** session_id -> what was broken on purpose. */
  readonly broken: ReadonlyMap<string, BrokenKind>;
  /** session_id -> the pupil, for tests (the API itself only knows the pseudonym). */
  readonly pupilOf: ReadonlyMap<string, DemoPupil>;
}

/** Domain areas with a per-area difficulty offset on the pupil's true mastery. */
const AREAS: ReadonlyArray<readonly [code: string, offset: number]> = [
  ['GET-BW', 0.05],
  ['GET-BW', 0.05],
  ['GET-PW', 0.08],
  ['VH-BR', -0.06],
  ['VH-PC', -0.1],
  ['MM-LE', 0.02],
  ['MM-MK', 0],
  ['VB-TG', -0.03],
];
/** The "klokkijken" extra module: deliberately absent from the default mapping. */
export const SOMMENSPOOR_UNMAPPED_CODE = 'ST-KL-1';

/** Rating cut-offs per year group, for bands I..IV (below the last: V). The demo school's quintiles over the year,
 * so a pupil's band rises as they grow. */
export const SOMMENSPOOR_BAND_CUTOFFS: Readonly<Record<DemoGroup['yearLevel'], readonly number[]>> = {
  'groep-5': [455, 415, 382, 353],
  'groep-7': [515, 465, 423, 382],
  brugklas: [640, 590, 553, 514],
};
const BANDS: readonly SommenspoorBand[] = ['I', 'II', 'III', 'IV', 'V'];

export function bandOf(yearLevel: DemoGroup['yearLevel'], rating: number): SommenspoorBand {
  const index = SOMMENSPOOR_BAND_CUTOFFS[yearLevel].findIndex((cut) => rating >= cut);
  return BANDS[index === -1 ? 4 : index] ?? 'V';
}

function levelDigit(group: DemoGroup, fraction: number, random: Random): number {
  if (group.yearLevel === 'groep-5') return 1;
  if (group.yearLevel === 'groep-7') return random() < 0.1 + 0.6 * fraction ? 2 : 1;
  return random() < 0.25 + 0.35 * fraction ? 3 : 2;
}

const homeDigit = (group: DemoGroup) => (group.yearLevel === 'brugklas' ? 2 : 1);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const iso = (time: number) => new Date(time).toISOString().replace('.000Z', 'Z');

interface Draft {
  readonly time: number;
  readonly pupil: DemoPupil;
  readonly body: Omit<SommenspoorSession, 'session_id'>;
}

function sessionFor(pupil: DemoPupil, at: Date, random: Random): Draft {
  const group = demoGroupOf(pupil);
  const fraction = yearFraction(at);
  const time = at.getTime();
  const digit = levelDigit(group, fraction, random);
  const klok = group.yearLevel === 'groep-5' && random() < 0.03;
  const [area, areaOffset] = klok ? ['ST-KL', 0.1] : pick(random, AREAS);
  const offset = areaOffset - 0.12 * (digit - homeDigit(group)) + gaussian(random) * 0.04;
  const mastery = trueMastery(pupil, 'arithmetic', fraction, offset);
  const toets = random() < 0.12;
  const total = toets ? 25 : pick(random, [10, 15, 20]);
  const p = clamp(mastery + gaussian(random) * 0.06, 0.02, 0.98);
  let correct = 0;
  for (let i = 0; i < total; i += 1) if (random() < p) correct += 1;
  const rating = Math.round(clamp(120 + 110 * (klok ? 1 : digit) + 380 * mastery + gaussian(random) * 18, 0, 800));
  return {
    time,
    pupil,
    body: {
      student: { eckid: pupil.ref },
      domain_code: `${area}-${klok ? 1 : digit}`,
      mode: toets ? 'toets' : 'oefenen',
      started_at: iso(time),
      duration_sec: Math.round(total * (toets ? 50 : 28) * (0.7 + random() * 0.6)),
      items: { total, correct },
      ability: { rating, band: bandOf(group.yearLevel, rating) },
    },
  };
}

function weeksOfDays(): Date[][] {
  const weeks = new Map<string, Date[]>();
  for (const day of schoolDays()) {
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    const list = weeks.get(monday) ?? [];
    list.push(day);
    weeks.set(monday, list);
  }
  return [...weeks.values()];
}

const BROKEN_KINDS: readonly BrokenKind[] = ['missing-pupil', 'invalid-score', 'invalid-time', 'not-a-pseudonym'];
/** About 0.3% of the sessions: every 331st from the 150th. */
const isBrokenIndex = (index: number) => index % 331 === 150;

function breakSession(session: SommenspoorSession, kind: BrokenKind, pupil: DemoPupil): SommenspoorSession {
  switch (kind) {
    case 'missing-pupil':
      return { ...session, student: {} };
    case 'invalid-score':
      return { ...session, items: { total: session.items.total, correct: session.items.total + 3 } };
    case 'invalid-time': {
      const [date = '', clock = ''] = session.started_at.split('T');
      const [y, m, d] = date.split('-');
      return { ...session, started_at: `${d}-${m}-${y} ${clock.slice(0, 5)}` };
    }
    case 'not-a-pseudonym':
      return { ...session, student: { eckid: `leerling${pupil.number}@vlierboom.example` } };
  }
}

/** Builds the data from scratch (deterministic); use sommenspoorData() for the memoised copy. */
export function generateSommenspoorData(): SommenspoorData {
  const drafts: Draft[] = [];
  const weeks = weeksOfDays();
  for (const pupil of DEMO_PUPILS) {
    const random = createRandom(seedOf(`sommenspoor:${pupil.ref}`));
    for (const days of weeks) {
      const rate = 2.85 * pupil.diligence * (days.length / 5);
      const count = Math.floor(rate + random());
      for (let i = 0; i < count; i += 1) {
        const day = days[intBetween(random, 0, days.length - 1)];
        const at = day && atSchoolHour(day, random());
        if (!at || !isActive(pupil, yearFraction(at))) continue;
        drafts.push(sessionFor(pupil, at, random));
      }
    }
  }
  drafts.sort((a, b) => a.time - b.time);
  const broken = new Map<string, BrokenKind>();
  const pupilOf = new Map<string, DemoPupil>();
  const sessions = drafts.map((draft, index) => {
    const session: SommenspoorSession = { session_id: `ss-${String(index + 1).padStart(6, '0')}`, ...draft.body };
    pupilOf.set(session.session_id, draft.pupil);
    if (!isBrokenIndex(index)) return session;
    const kind = BROKEN_KINDS[broken.size % BROKEN_KINDS.length] ?? 'missing-pupil';
    broken.set(session.session_id, kind);
    return breakSession(session, kind, draft.pupil);
  });
  return { sessions, times: drafts.map((draft) => draft.time), broken, pupilOf };
}

let memo: SommenspoorData | null = null;

/** The whole demo year of Sommenspoor sessions, generated once. */
export function sommenspoorData(): SommenspoorData {
  memo ??= generateSommenspoorData();
  return memo;
}
