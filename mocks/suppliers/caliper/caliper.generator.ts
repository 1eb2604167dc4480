import { atSchoolHour, schoolDays, yearFraction } from '../../demo-school/calendar';
import { createRandom, gaussian, pick, seedOf, type Random } from '../../demo-school/prng';
import { DEMO_PUPILS, demoGroupOf, isActive, trueMastery, type DemoPupil } from '../../demo-school/school';
import { WORKBOOK_CHAPTERS, WORKBOOK_SENSOR, type WorkbookChapter, type WorkbookLevel } from './caliper.demo';
import { breakGrade, gradeEvent, itemEvent, navigationEvent, toolUseEvent, type CaliperJson } from './caliper-events.generator';

/**
 * The Digitaal Werkboek's Caliper 1.2 events for the demo year, as envelopes its sensor sent
 * to the school board's event store (one envelope per pupil per school day). Per pupil: five
 * chapter tests (a GradeEvent and two AssessmentItemEvents each), four ToolUseEvents with
 * progress, for some pupils a NavigationEvent (skipped by the adapter). Scores follow the
 * pupil's true mastery; dropouts stop. A few GradeEvents are broken on purpose.
 */
export interface CaliperEnvelopeJson {
  readonly sensor: string;
  readonly sendTime: string;
  readonly dataVersion: string;
  readonly data: readonly CaliperJson[];
}

interface Draft {
  readonly at: number;
  readonly ref: string;
  readonly event: CaliperJson;
}

const LEVELS_BY_YEAR: Readonly<Record<string, readonly WorkbookLevel[]>> = {
  'groep-5': ['1f'],
  'groep-7': ['1f', '2f'],
  brugklas: ['2f', '1s'],
};
const TESTS = 5;
const PROGRESS_AT = [0.2, 0.45, 0.7, 0.95];
/** Every this-many-th GradeEvent (in time order) is broken, alternating the two kinds. */
export const CALIPER_BROKEN_EVERY = 150;

const strandOffset = (chapter: WorkbookChapter) => ((seedOf(`caliper:${chapter.slug}`) % 1000) / 1000 - 0.5) * 0.1;

function chapterFor(pupil: DemoPupil, random: Random): WorkbookChapter {
  const levels = LEVELS_BY_YEAR[demoGroupOf(pupil).yearLevel] ?? ['1f'];
  const candidates = WORKBOOK_CHAPTERS.filter((chapter) => levels.includes(chapter.level));
  return pick(random, candidates);
}

/** A school day near a point of the year (0..1). */
function dayNear(days: readonly Date[], fraction: number, random: Random): Date {
  const index = Math.min(days.length - 1, Math.max(0, Math.round(fraction * (days.length - 1) + (random() - 0.5) * 10)));
  return days[index] as Date;
}

function draftsFor(pupil: DemoPupil, days: readonly Date[]): Draft[] {
  const random = createRandom(seedOf(`caliper:${pupil.ref}`));
  const drafts: Draft[] = [];
  const add = (at: Date, event: CaliperJson) => drafts.push({ at: at.getTime(), ref: pupil.ref, event });
  for (let test = 0; test < TESTS; test += 1) {
    const day = dayNear(days, (test + 0.6) / TESTS, random);
    const start = atSchoolHour(day, random() * 0.8);
    const fraction = yearFraction(start);
    const chapter = chapterFor(pupil, random);
    if (!isActive(pupil, fraction)) continue;
    const mastery = trueMastery(pupil, chapter.subject, fraction, strandOffset(chapter));
    for (let question = 1; question <= 2; question += 1) {
      const answeredAt = new Date(start.getTime() + question * 120_000);
      add(answeredAt, itemEvent(random, pupil.ref, chapter.slug, question, answeredAt, random() < mastery));
    }
    const score = Math.round(20 * Math.min(1, Math.max(0, mastery + gaussian(random) * 0.08)));
    const gradedAt = new Date(start.getTime() + 20 * 60_000);
    add(gradedAt, gradeEvent(random, pupil.ref, chapter.slug, gradedAt, score, 600 + Math.floor(random() * 480)));
  }
  for (const point of PROGRESS_AT) {
    const at = atSchoolHour(dayNear(days, point, random), random());
    const fraction = yearFraction(at);
    if (!isActive(pupil, fraction)) continue;
    const chapter = chapterFor(pupil, random);
    const units = Math.min(20, Math.max(0, Math.round(20 * (0.3 + 0.7 * fraction) * pupil.diligence * (0.7 + 0.3 * random()))));
    add(at, toolUseEvent(random, pupil.ref, chapter.slug, at, units, 20 + Math.floor(random() * 100)));
  }
  if (pupil.number % 10 === 1) {
    const at = atSchoolHour(dayNear(days, 0.1, random), random());
    add(at, navigationEvent(random, pupil.ref, at));
  }
  return drafts;
}

/** A fresh generation (same output every time); use caliperEnvelopes() for the memoised list. */
export function generateCaliperEnvelopes(): readonly CaliperEnvelopeJson[] {
  const days = schoolDays();
  const drafts = DEMO_PUPILS.flatMap((pupil) => draftsFor(pupil, days)).sort((a, b) => a.at - b.at || a.ref.localeCompare(b.ref));
  let grades = 0;
  const events = drafts.map((draft) => {
    if (draft.event['type'] !== 'GradeEvent') return draft;
    grades += 1;
    if (grades % CALIPER_BROKEN_EVERY !== CALIPER_BROKEN_EVERY >> 1) return draft;
    const kind = Math.floor(grades / CALIPER_BROKEN_EVERY) % 2 === 0 ? 'grader-only' : 'missing-assignee';
    return { ...draft, event: breakGrade(draft.event, kind) };
  });
  // One envelope per pupil per day, sent a few seconds after its last event.
  const byKey = new Map<string, Draft[]>();
  for (const draft of events) {
    const key = `${new Date(draft.at).toISOString().slice(0, 10)}|${draft.ref}`;
    byKey.set(key, [...(byKey.get(key) ?? []), draft]);
  }
  return [...byKey.values()]
    .map((group) => ({ last: Math.max(...group.map((draft) => draft.at)), group }))
    .sort((a, b) => a.last - b.last || (a.group[0]?.ref ?? '').localeCompare(b.group[0]?.ref ?? ''))
    .map(({ last, group }) => ({
      sensor: WORKBOOK_SENSOR,
      sendTime: new Date(last + 3_000).toISOString(),
      dataVersion: 'http://purl.imsglobal.org/ctx/caliper/v1p2',
      data: group.map((draft) => draft.event),
    }));
}

let memo: readonly CaliperEnvelopeJson[] | null = null;

/** Every envelope of the demo year, in the order the store received them; generated once. */
export function caliperEnvelopes(): readonly CaliperEnvelopeJson[] {
  memo ??= generateCaliperEnvelopes();
  return memo;
}

/** Every event of the demo year, in store order. */
export const caliperEvents = (): readonly CaliperJson[] => caliperEnvelopes().flatMap((envelope) => envelope.data);

/** Ids of the deliberately broken GradeEvents (each becomes a rejection 'missing-pupil'). */
export function caliperBrokenIds(): ReadonlySet<string> {
  const broken = caliperEvents().filter(
    (event) => event['type'] === 'GradeEvent' && (typeof event['object'] === 'string' || !('assignee' in (event['object'] as object))),
  );
  return new Set(broken.map((event) => String(event['id'])));
}
