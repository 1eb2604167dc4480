import { atSchoolHour, schoolDays, yearFraction } from '../../demo-school/calendar';
import { createRandom, gaussian, seedOf } from '../../demo-school/prng';
import { DEMO_GROUPS, DEMO_PUPILS, isActive, trueMastery, type DemoGroup, type DemoSubject } from '../../demo-school/school';
import { DIGITAL_SKILLS_TESTS, SLO_LEZEN_1F } from './oneroster.demo';
import { ONEROSTER_UNMAPPED_OBJECTIVE, leesCode, rekenCode } from './oneroster.mapping';

/** OneRoster 1.2 JSON as the demo gradebook serves it. */
export type OneRosterJson = Record<string, unknown>;

interface Unit {
  readonly lineItem: OneRosterJson;
  readonly group: DemoGroup;
  readonly subject: DemoSubject;
  /** How much harder (+) than the pupil's level in the subject. */
  readonly offset: number;
  readonly at: Date;
  readonly max: number;
}

const REKEN_STRANDS = ['getallen', 'verhoudingen', 'meten-meetkunde', 'verbanden', 'klokkijken', 'getallen'];
const LEES_STRANDS = ['zakelijk', 'fictie', 'zakelijk', 'fictie'];
/** Every this-many-th graded result (in store order) has a score above resultValueMax: rejected. */
export const ONEROSTER_BROKEN_EVERY = 97;

const ref = (sourcedId: string, type: string) => ({ href: `/${type}s/${sourcedId}`, sourcedId, type });
const levelOf = (group: DemoGroup, fraction: number) =>
  group.yearLevel === 'groep-5' ? '1f' : group.yearLevel === 'groep-7' ? (fraction < 0.5 ? '1f' : '2f') : '2f';

function objectivesFor(subject: 'arithmetic' | 'reading', strand: string, level: string) {
  if (subject === 'arithmetic')
    return [{ source: 'Rekenroute', learningObjectiveIds: [strand === 'klokkijken' ? ONEROSTER_UNMAPPED_OBJECTIVE : rekenCode(strand, level)] }];
  if (level === '1f') return sloSet([SLO_LEZEN_1F[strand as 'zakelijk' | 'fictie']]);
  return [{ source: 'Toetsplein', learningObjectiveIds: [leesCode(strand, level)] }];
}

const sloSet = (ids: readonly string[]) => [
  { source: 'SLO', learningObjectiveIds: ids.map((id) => `https://opendata.slo.nl/curriculum/uuid/${id}`) },
];
const dayOf = (days: readonly Date[], index: number, count: number) =>
  atSchoolHour(days[Math.round(((index + 0.8) / count) * (days.length - 1))] as Date, 0.3);

/** The brugklas's mentor-lesson tests on digital basic skills: one per theme, spread over the year, out of 10. */
function digitalSkillsUnits(group: DemoGroup, days: readonly Date[]): Unit[] {
  if (group.yearLevel !== 'brugklas') return [];
  return DIGITAL_SKILLS_TESTS.map((test, index) => {
    const at = dayOf(days, index, DIGITAL_SKILLS_TESTS.length);
    const lineItem: OneRosterJson = {
      sourcedId: `li-${group.id}-digitaal-${test.key}`,
      status: 'active',
      dateLastModified: at.toISOString(),
      title: `Mentorles digitale basisvaardigheden: ${test.title}`,
      assignDate: at.toISOString().slice(0, 10),
      dueDate: at.toISOString().slice(0, 10),
      class: ref(`class-${group.id}`, 'class'),
      category: ref('cat-eindtoets', 'category'),
      resultValueMin: 0,
      resultValueMax: 10,
      learningObjectiveSet: sloSet(test.slo),
    };
    return { lineItem, group, subject: 'programming', offset: test.offset, at, max: 10 };
  });
}

/** End-of-unit tests per group: six for arithmetic, four for reading, spread over the year (and the brugklas's digital skills). */
function unitsOf(group: DemoGroup, days: readonly Date[]): Unit[] {
  const make = (subject: 'arithmetic' | 'reading', strands: readonly string[]) =>
    strands.map((strand, index) => {
      const at = dayOf(days, index, strands.length);
      const level = levelOf(group, yearFraction(at));
      const max = subject === 'arithmetic' ? 40 : 25;
      const prefix = subject === 'arithmetic' ? 'rekenen' : 'lezen';
      const lineItem: OneRosterJson = {
        sourcedId: `li-${group.id}-${prefix}-blok-${index + 1}`,
        status: 'active',
        dateLastModified: at.toISOString(),
        title: `${subject === 'arithmetic' ? 'Rekenen' : 'Begrijpend lezen'} blok ${index + 1}: eindtoets`,
        assignDate: at.toISOString().slice(0, 10),
        dueDate: at.toISOString().slice(0, 10),
        class: ref(`class-${group.id}`, 'class'),
        category: ref('cat-eindtoets', 'category'),
        resultValueMin: 0,
        resultValueMax: max,
        learningObjectiveSet: objectivesFor(subject, strand, level),
      };
      return { lineItem, group, subject, offset: 0, at, max };
    });
  return [...make('arithmetic', REKEN_STRANDS), ...make('reading', LEES_STRANDS), ...digitalSkillsUnits(group, days)];
}

function generate() {
  const days = schoolDays();
  const units = DEMO_GROUPS.flatMap((group) => unitsOf(group, days));
  const results: OneRosterJson[] = [];
  for (const unit of units) {
    const item = String(unit.lineItem['sourcedId']);
    for (const pupil of DEMO_PUPILS.filter((candidate) => candidate.group === unit.group.id)) {
      const random = createRandom(seedOf(`oneroster:${pupil.ref}:${item}`));
      const fraction = yearFraction(unit.at);
      const graded = new Date(unit.at.getTime() + (2 + Math.floor(random() * 48)) * 3_600_000);
      const base = {
        sourcedId: `res-${item}-${pupil.group}-${pupil.number}`,
        status: 'active',
        dateLastModified: graded.toISOString(),
        lineItem: ref(item, 'lineItem'),
        student: ref(pupil.ref, 'user'),
        scoreDate: unit.at.toISOString().slice(0, 10),
      };
      if (!isActive(pupil, fraction)) results.push({ ...base, scoreStatus: 'not submitted' });
      else if (pupil.number % 13 === 0 && item.endsWith('blok-2')) results.push({ ...base, scoreStatus: 'exempt' });
      else {
        const mastery = trueMastery(pupil, unit.subject, fraction, -unit.offset);
        results.push({
          ...base,
          scoreStatus: 'fully graded',
          score: Math.round(unit.max * Math.min(1, Math.max(0, mastery + gaussian(random) * 0.08))),
        });
      }
    }
  }
  results.sort(
    (a, b) =>
      String(a['dateLastModified']).localeCompare(String(b['dateLastModified'])) || String(a['sourcedId']).localeCompare(String(b['sourcedId'])),
  );
  let graded = 0;
  const broken = results.map((result) => {
    if (result['scoreStatus'] !== 'fully graded') return result;
    graded += 1;
    return graded % ONEROSTER_BROKEN_EVERY === 0 ? { ...result, score: 99 } : result;
  });
  return { lineItems: units.map((unit) => unit.lineItem), results: broken };
}

let memo: ReturnType<typeof generate> | null = null;

/** The demo gradebook (same output every time, generated once): line items and results in store order. */
export function oneRosterGradebook(): { readonly lineItems: readonly OneRosterJson[]; readonly results: readonly OneRosterJson[] } {
  memo ??= generate();
  return memo;
}

/** sourcedIds of the results broken on purpose (each becomes an 'invalid-score' rejection). */
export const oneRosterBrokenIds = (): ReadonlySet<string> =>
  new Set(
    oneRosterGradebook()
      .results.filter((result) => result['score'] === 99)
      .map((result) => String(result['sourcedId'])),
  );
