import { createRandom, hex, type Random } from '../../demo-school/prng';
import { ARITHMETIC_STRANDS, LEVELS, kompasActivity } from './lrs.mapping';
import { KOMPAS_PLATFORM, accountActor, statement, type XapiStatementJson } from './lrs.statements';

/**
 * A school board's LRS of any size (1M statements by default) without a fixture: statement i is
 * computed from the seed and i alone, so the mock holds nothing but its options.
 * - `stored(i) = start + floor(i / 2) * stepMs`: ascending in i, two statements per instant (a
 *   page or a mark can fall between statements stored in the same millisecond).
 * - About 1 in 40 is a late statement: its `timestamp` lies days before its `stored` (a tablet
 *   that synced after a week offline).
 * - About 1 in 10 becomes visible only up to `maxLagMs` after its `stored` (an LRS that indexes
 *   with a delay): read before then, a later statement is there and this one is not yet. The LRS
 *   says so in X-Experience-API-Consistent-Through (now less maxLagMs).
 */
export interface LazyLrsShape {
  readonly seed: number;
  /** Statements the LRS will hold once its clock has passed all of them. */
  readonly count: number;
  /** `stored` of statement 0, in ms. */
  readonly start: number;
  readonly stepMs: number;
  readonly pupils: number;
  readonly maxLagMs: number;
}

export const LAZY_LRS_DEFAULTS: LazyLrsShape = {
  seed: 2026,
  count: 1_000_000,
  start: Date.parse('2025-08-25T07:00:00.000Z'),
  stepMs: 40_000,
  pupils: 1_000,
  maxLagMs: 20_000,
};

const TIE = 2;
const DAY = 86_400_000;

/** A 32-bit mix of seed and index (a bijection in i for a fixed seed). */
const mix = (seed: number, i: number, salt: number) => (Math.imul(i ^ salt, 0x9e3779b1) ^ seed) >>> 0;

export const storedAt = (shape: LazyLrsShape, i: number) => shape.start + Math.floor(i / TIE) * shape.stepMs;

/** The first index stored after `time` (ms), or count. */
export function indexAfter(shape: LazyLrsShape, time: number): number {
  if (time < shape.start) return 0;
  const group = Math.floor((time - shape.start) / shape.stepMs) + 1;
  return Math.min(shape.count, group * TIE);
}

/** How long after its `stored` statement i becomes visible. */
export function lagOf(shape: LazyLrsShape, i: number): number {
  const h = mix(shape.seed, i, 0x5bd1e995);
  return h % 10 === 0 ? (h >>> 8) % (shape.maxLagMs + 1) : 0;
}

export const isLate = (shape: LazyLrsShape, i: number) => mix(shape.seed, i, 0x27d4eb2f) % 40 === 0;

export const pupilOf = (shape: LazyLrsShape, i: number) =>
  `https://demo.invalid/nep-eckid/bestuur/${String(mix(shape.seed, i, 0x165667b1) % shape.pupils).padStart(6, '0')}`;

/** The statement's id: random-looking, with the index as its last group (unique by construction). */
function idOf(random: Random, i: number): string {
  const h = hex(random, 19);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(12, 15)}-8${h.slice(15, 18)}-${i.toString(16).padStart(12, '0')}`;
}

/** Statement i, the same on every call and machine. */
export function lazyStatement(shape: LazyLrsShape, i: number): XapiStatementJson {
  const random = createRandom(mix(shape.seed, i, 0));
  const stored = storedAt(shape, i);
  const done = isLate(shape, i) ? stored - (2 + Math.floor(random() * 12)) * DAY : stored - 1000 - Math.floor(random() * 60_000);
  const strand = ARITHMETIC_STRANDS[i % ARITHMETIC_STRANDS.length] ?? 'getallen';
  const level = LEVELS[Math.floor(i / 7) % LEVELS.length] ?? '1f';
  const raw = Math.floor(random() * 41);
  const session = {
    actor: accountActor(pupilOf(shape, i)),
    activity: kompasActivity('rekenen', strand, level),
    title: `Rekenen ${strand} ${level}`,
    slo: [],
    registration: idOf(random, i),
    sessionId: idOf(random, i),
  };
  const passed = raw >= 24;
  const built = statement(
    KOMPAS_PLATFORM,
    session,
    {
      verb: passed ? 'passed' : 'failed',
      at: done,
      result: { score: { scaled: raw / 40, raw, min: 0, max: 40 }, success: passed, completion: true },
    },
    random,
  );
  return { ...built, id: idOf(random, i), stored: new Date(stored).toISOString() };
}

/** Whether the LRS shows statement i at its clock `now` (stored and indexed). */
export const visibleAt = (shape: LazyLrsShape, i: number, now: number) => storedAt(shape, i) + lagOf(shape, i) <= now;

/** Ids of every statement the LRS shows at `now` with `stored` at or before `through` (for tests). */
export function idsThrough(shape: LazyLrsShape, now: number, through: number): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < indexAfter(shape, through); i += 1) if (visibleAt(shape, i, now)) ids.add(lazyStatement(shape, i).id);
  return ids;
}
