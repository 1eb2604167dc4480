import { DEMO_PUPILS, demoGroupOf, isActive, trueMastery, type DemoPupil } from '../../demo-school/school';
import { DEMO_TODAY, atSchoolHour, schoolDays, schoolWeeks, yearFraction } from '../../demo-school/calendar';
import { createRandom, gaussian, intBetween, pick, seedOf, type Random } from '../../demo-school/prng';
import { CODEKLAS, CODEKLAS_ATTEMPT, CODEKLAS_LEVELS, CODEKLAS_LRS_DEMO, CODEKLAS_MASTERY_SCORE, CODEKLAS_YEAR_LEVELS } from './codeklas.demo';
import { CODEKLAS_WORLDS, codeklasChallenge, codeklasLevel, type CodeklasWorld } from './codeklas.worlds';
import { sloIri } from './lrs.mapping';
import type { LrsData } from './lrs.query';
import { accountActor, isoDuration, statement, uuidFrom, type Platform, type Session, type XapiStatementJson } from './lrs.statements';

/**
 * What "Codeklas" (fictional programming game) wrote to its own LRS for the demo school's
 * groep 7 and brugklas: in about half the school weeks a pupil plays one to three practice
 * levels (completed, with 0-3 stars as the score; now and then a scored bonus round), and
 * after every fourth visit to a world its final challenge as a cmi5 session ([launched]
 * initialized, passed|failed with a pass mark, terminated). Scores follow the pupil's true
 * programming mastery, so fast growers grow here too and dropouts stop.
 */
const PLATFORM: Platform = {
  name: 'Codeklas',
  authority: { objectType: 'Agent', account: { homePage: new URL(CODEKLAS_LRS_DEMO.endpoint).origin, name: 'codeklas' } },
  course: `${CODEKLAS}/cursussen/programmeren-bovenbouw`,
  attempt: CODEKLAS_ATTEMPT,
  masteryScore: CODEKLAS_MASTERY_SCORE,
};
const LESSON = 'http://adlnet.gov/expapi/activities/lesson';
const DAY = 86_400_000;

/** The worlds open at this point of the year: two at the start, one more every few weeks. */
const unlocked = (fraction: number) => CODEKLAS_WORLDS.slice(0, Math.min(CODEKLAS_WORLDS.length, 2 + Math.floor(fraction * 7)));

function sessionOf(pupil: DemoPupil, world: CodeklasWorld, activity: string, title: string, cmi5: boolean, random: Random): Session {
  const slo = world.slo === null ? [] : [sloIri(world.slo)];
  return {
    actor: accountActor(pupil.ref),
    activity,
    title,
    slo,
    registration: uuidFrom(random),
    sessionId: uuidFrom(random),
    ...(cmi5 ? {} : { type: LESSON, cmi5: false }),
  };
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

function practice(pupil: DemoPupil, world: CodeklasWorld, at: number, random: Random): XapiStatementJson[] {
  const out: XapiStatementJson[] = [];
  const mastery = trueMastery(pupil, 'programming', yearFraction(new Date(at)), world.offset);
  for (let played = intBetween(random, 1, 3); played > 0; played -= 1) {
    const level = intBetween(random, 1, CODEKLAS_LEVELS);
    const session = sessionOf(pupil, world, codeklasLevel(world.id, level), `${world.title} level ${level}`, false, random);
    const stars = Math.round(clamp(mastery + 0.25 - level * 0.04 + gaussian(random) * 0.1) * 3);
    const seconds = 120 + Math.floor(random() * 480);
    at += seconds * 1000;
    const result = { score: { scaled: stars / 3, raw: stars, min: 0, max: 3 }, completion: true, duration: isoDuration(seconds) };
    out.push(statement(PLATFORM, session, { verb: 'completed', at, result, attempt: intBetween(random, 1, 3) }, random));
    if (random() < 0.15) {
      const points = Math.round(clamp(mastery + gaussian(random) * 0.12) * 100);
      at += 90_000;
      out.push(statement(PLATFORM, session, { verb: 'scored', at, result: { score: { raw: points, min: 0, max: 100 } } }, random));
    }
  }
  return out;
}

function challenge(pupil: DemoPupil, world: CodeklasWorld, at: number, attempt: number, random: Random): XapiStatementJson[] {
  const session = sessionOf(pupil, world, codeklasChallenge(world.id), `${world.title}: eindbaas`, true, random);
  const out: XapiStatementJson[] = [];
  if (random() < 0.3) out.push(statement(PLATFORM, session, { verb: 'launched', at: at - 3000 }, random));
  out.push(statement(PLATFORM, session, { verb: 'initialized', at }, random));
  const mastery = trueMastery(pupil, 'programming', yearFraction(new Date(at)), world.offset);
  const raw = Math.round(clamp(mastery + 0.15 + gaussian(random) * 0.08) * 20);
  const seconds = 300 + Math.floor(random() * 600);
  const end = at + seconds * 1000;
  const passed = raw / 20 >= CODEKLAS_MASTERY_SCORE;
  const result = { score: { scaled: raw / 20, raw, min: 0, max: 20 }, success: passed, completion: true, duration: isoDuration(seconds) };
  out.push(statement(PLATFORM, session, { verb: passed ? 'passed' : 'failed', at: end, result, attempt }, random));
  out.push(statement(PLATFORM, session, { verb: 'terminated', at: end + 4000, result: { duration: isoDuration(seconds + 4) } }, random));
  return out;
}

function pupilStatements(pupil: DemoPupil, days: readonly Date[]): XapiStatementJson[] {
  const random = createRandom(seedOf(`codeklas:${pupil.ref}`));
  const visits = new Map<string, number>();
  const out: XapiStatementJson[] = [];
  for (const monday of schoolWeeks()) {
    const week = days.filter((day) => day.getTime() >= monday.getTime() && day.getTime() < monday.getTime() + 7 * DAY);
    const fraction = yearFraction(monday);
    if (random() >= 0.45 * pupil.diligence || week.length === 0 || !isActive(pupil, fraction)) continue;
    const world = pick(random, unlocked(fraction));
    const at = atSchoolHour(pick(random, week), random()).getTime();
    out.push(...practice(pupil, world, at, random));
    const count = (visits.get(world.id) ?? 0) + 1;
    visits.set(world.id, count);
    if (count % 4 === 0) out.push(...challenge(pupil, world, at + 45 * 60_000, count / 4, random));
  }
  return out;
}

/** A fresh generation (same output every time); use codeklasData() for the memoised one. */
export function generateCodeklasData(): LrsData {
  // Not on the demo's today itself: nothing is stored after "now".
  const days = schoolDays().filter((day) => day.getTime() + DAY <= Date.parse(DEMO_TODAY));
  const players = DEMO_PUPILS.filter((pupil) => CODEKLAS_YEAR_LEVELS.includes(demoGroupOf(pupil).yearLevel));
  const all = players.flatMap((pupil) => pupilStatements(pupil, days)).sort((a, b) => a.stored.localeCompare(b.stored) || a.id.localeCompare(b.id));
  return { all, voided: new Set(), mbox: new Set() };
}

let memo: LrsData | null = null;

/** The Codeklas LRS's statements; generated once. */
export function codeklasData(): LrsData {
  memo ??= generateCodeklasData();
  return memo;
}
