import { DEMO_PUPILS, demoGroupOf, isActive, trueMastery, type DemoPupil } from '../../demo-school/school';
import { atSchoolHour, schoolDays, yearFraction } from '../../demo-school/calendar';
import { createRandom, gaussian, seedOf, type Random } from '../../demo-school/prng';
import { KOMPAS_MASTERY_SCORE } from './lrs.demo';
import {
  ARITHMETIC_STRANDS,
  KOMPAS_UNMAPPED_ACTIVITY,
  SLO_ARITHMETIC_DOMAINS,
  SLO_REFERENCE_LEVEL,
  kompasActivity,
  kompasMixedActivity,
  sloIri,
  type LEVELS,
} from './lrs.mapping';
import type { LrsData } from './lrs.query';
import { KOMPAS_PLATFORM, accountActor, isoDuration, statement, uuidFrom, voiding, type Session, type XapiStatementJson } from './lrs.statements';

/**
 * The statements "Kompas Toetsen" (fictional adaptive test platform) pushed to the board's
 * LRS for the demo school: one test per pupil per month (arithmetic and reading in turn),
 * each a cmi5 session: [launched] initialized, passed|failed (a failed test is often retaken
 * at once: failed then passed), terminated. Scores follow the pupil's true mastery.
 * Also, on purpose: two voided results, two statements whose actor is only an e-mail
 * (mbox / mbox_sha1sum), a test nobody mapped (listening), and mixed arithmetic tests that
 * are known only by the SLO ids in their contextActivities (the domains plus the level's niveau id).
 */
interface MonthTest {
  readonly subject: 'rekenen' | 'lezen';
  readonly strand: string;
}
const MONTHS: readonly MonthTest[] = [
  { subject: 'rekenen', strand: 'getallen' },
  { subject: 'lezen', strand: 'zakelijk' },
  { subject: 'rekenen', strand: 'verhoudingen' },
  { subject: 'lezen', strand: 'fictie' },
  { subject: 'rekenen', strand: 'meten-meetkunde' },
  { subject: 'lezen', strand: 'zakelijk' },
  { subject: 'rekenen', strand: 'verbanden' },
  { subject: 'lezen', strand: 'fictie' },
  { subject: 'rekenen', strand: 'gemengd' },
  { subject: 'lezen', strand: 'zakelijk' },
];
const LEVEL_EASE: Readonly<Record<string, number>> = { '1f': 0.2, '2f': 0.08, '1s': -0.02 };

function levelOf(pupil: DemoPupil, month: number): string {
  const year = demoGroupOf(pupil).yearLevel;
  if (year === 'groep-5') return '1f';
  if (year === 'groep-7') return month < 5 ? '1f' : '2f';
  return pupil.profile === 'fast' && month >= 5 ? '1s' : '2f';
}

/** The class's test day: a school day in the second week of the month. */
function testDay(groupId: string, month: number): Date | null {
  const days = schoolDays().filter((day) => (day.getUTCMonth() - 8 + 12) % 12 === month);
  if (days.length === 0) return null;
  const random = createRandom(seedOf(`lrs:day:${groupId}:${month}`));
  return days[Math.min(days.length - 1, 5 + Math.floor(random() * 5))] ?? null;
}

function sessionFor(pupil: DemoPupil, test: MonthTest | 'luisteren', level: string, random: Random): Session {
  const base = { actor: accountActor(pupil.ref), registration: uuidFrom(random), sessionId: uuidFrom(random) };
  if (test === 'luisteren') return { ...base, activity: KOMPAS_UNMAPPED_ACTIVITY, title: 'Begrijpend luisteren', slo: [] };
  if (test.strand === 'gemengd') {
    // The four domains say what the test covers, the niveau UUID which level (all levels of a strand carry the domain id).
    const slo = [
      ...ARITHMETIC_STRANDS.map((strand) => sloIri(SLO_ARITHMETIC_DOMAINS[strand])),
      sloIri(SLO_REFERENCE_LEVEL[level as (typeof LEVELS)[number]]),
    ];
    return { ...base, activity: kompasMixedActivity(level), title: `Rekenen gemengd ${level.toUpperCase()}`, slo };
  }
  const slo = test.subject === 'rekenen' ? [sloIri(SLO_ARITHMETIC_DOMAINS[test.strand as keyof typeof SLO_ARITHMETIC_DOMAINS])] : [];
  return { ...base, activity: kompasActivity(test.subject, test.strand, level), title: `${test.subject} ${test.strand} ${level.toUpperCase()}`, slo };
}

/** Arithmetic sends scaled + raw/min/max (out of 40); reading sends raw/min/max only (out of 30). */
function scoreFor(subject: 'rekenen' | 'lezen', performance: number) {
  const max = subject === 'rekenen' ? 40 : 30;
  const raw = Math.round(Math.min(1, Math.max(0.02, performance)) * max);
  return { score: subject === 'rekenen' ? { scaled: raw / max, raw, min: 0, max } : { raw, min: 0, max }, scaled: raw / max };
}

function sessionStatements(pupil: DemoPupil, month: number, test: MonthTest | 'luisteren', day: Date, random: Random): XapiStatementJson[] {
  const level = levelOf(pupil, month);
  const subject = test === 'luisteren' ? 'lezen' : test.subject;
  const session = sessionFor(pupil, test, level, random);
  let at = atSchoolHour(day, random()).getTime();
  const out: XapiStatementJson[] = [];
  if (random() < 0.1) out.push(statement(KOMPAS_PLATFORM, session, { verb: 'launched', at: at - 4000 }, random));
  out.push(statement(KOMPAS_PLATFORM, session, { verb: 'initialized', at }, random));
  const start = at;
  const mastery = trueMastery(
    pupil,
    subject === 'rekenen' ? 'arithmetic' : 'reading',
    yearFraction(day),
    ((seedOf(`lrs:${month}`) % 100) / 100 - 0.5) * 0.1,
  );
  let performance = mastery + (LEVEL_EASE[level] ?? 0) + gaussian(random) * 0.08;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const { score, scaled } = scoreFor(subject, performance);
    const seconds = 600 + Math.floor(random() * 900);
    at += seconds * 1000;
    const passed = scaled >= KOMPAS_MASTERY_SCORE;
    const result = { score, success: passed, completion: true, duration: isoDuration(seconds) };
    out.push(statement(KOMPAS_PLATFORM, session, { verb: passed ? 'passed' : 'failed', at, result, attempt }, random));
    if (passed || random() >= 0.4) break;
    performance += 0.06 + Math.abs(gaussian(random)) * 0.06; // a retake right after the feedback
    at += 60_000;
  }
  at += 5000;
  out.push(statement(KOMPAS_PLATFORM, session, { verb: 'terminated', at, result: { duration: isoDuration((at - start) / 1000) } }, random));
  return out;
}

function pupilStatements(pupil: DemoPupil): XapiStatementJson[] {
  const random = createRandom(seedOf(`lrs:${pupil.ref}`));
  const out: XapiStatementJson[] = [];
  MONTHS.forEach((test, month) => {
    const day = testDay(pupil.group, month);
    if (day === null || !isActive(pupil, yearFraction(day))) return;
    out.push(...sessionStatements(pupil, month, test, day, random));
    const extraDay = month === 5 && demoGroupOf(pupil).yearLevel === 'groep-7' ? testDay(pupil.group, 6) : null;
    if (extraDay !== null) out.push(...sessionStatements(pupil, month, 'luisteren', extraDay, random));
  });
  return out;
}

/** Two statements from the platform's own trial account: identified by e-mail only, so rejected. */
function mboxStatements(): XapiStatementJson[] {
  const random = createRandom(seedOf('lrs:mbox'));
  const day = testDay('groep-5a', 1) ?? new Date('2025-10-08T00:00:00Z');
  const session = (actor: Record<string, unknown>): Session => ({
    actor,
    activity: kompasActivity('lezen', 'zakelijk', '1f'),
    title: 'proef',
    slo: [],
    registration: uuidFrom(random),
    sessionId: uuidFrom(random),
  });
  const result = { score: { raw: 24, min: 0, max: 30 }, success: true, completion: true, duration: 'PT9M5S' };
  return [
    statement(
      KOMPAS_PLATFORM,
      session({ objectType: 'Agent', mbox: 'mailto:proefleerling@kompas-toetsen.example' }),
      { verb: 'passed', at: day.getTime() + 5 * 3_600_000, result },
      random,
    ),
    statement(
      KOMPAS_PLATFORM,
      session({ objectType: 'Agent', mbox_sha1sum: 'c5b7f1d33ce9fce0a3b2f8b7f3c2f1e0d9a8b7c6' }),
      { verb: 'passed', at: day.getTime() + 6 * 3_600_000, result },
      random,
    ),
  ];
}

export type { LrsData };

/** A fresh generation (same output every time); use lrsData() for the memoised one. */
export function generateLrsData(): LrsData {
  const statements = [...DEMO_PUPILS.flatMap(pupilStatements), ...mboxStatements()];
  const mbox = new Set(statements.filter((s) => (s['actor'] as Record<string, unknown>)['account'] === undefined).map((s) => s.id));
  // The teacher reported two tests taken by the wrong pupil: the administrator voided them a day later.
  const results = statements.filter((s) => /\/(passed|failed)$/.test(String((s['verb'] as Record<string, unknown>)['id'])) && !mbox.has(s.id));
  const targets = [results[Math.floor(results.length / 3)], results[Math.floor((2 * results.length) / 3)]].filter((s) => s !== undefined);
  const voids = targets.map((target) => voiding(target.id, Date.parse(target.stored) + 86_400_000));
  const all = [...statements, ...voids].sort((a, b) => a.stored.localeCompare(b.stored) || a.id.localeCompare(b.id));
  return { all, voided: new Set(targets.map((target) => target.id)), mbox };
}

let memo: LrsData | null = null;

/** The demo LRS's statements; generated once. */
export function lrsData(): LrsData {
  memo ??= generateLrsData();
  return memo;
}
