/**
 * The Caliper adapter against the 1EdTech Caliper 1.1 / 1.2 example fixtures in ../shared
 * (read at test time, never copied into the project). Expected learners, scores and times are
 * read from each file here with plain path lookups, independently of the adapter's code.
 * Without that folder the suite is skipped and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceId } from '@/domain/ids';
import { REJECTION_CODES, type Result } from '@/domain/model';
import { caliperEventToResult, mapCaliperEvents, type CaliperMapContext } from '@/adapters/caliper/caliper.mapper';
import { readCaliperFile } from '@/adapters/caliper/caliper.reader';
import { fixturesPresent } from '../support/fixtures-present';

const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures/caliper');
const present = fixturesPresent(
  ['v1p1', 'v1p2', 'v1p2-errors'].every((dir) => existsSync(path.join(FIXTURES, dir))),
  'caliper.test.ts',
);
if (!present) console.warn(`conformance/caliper: SKIPPED, ${FIXTURES} (v1p1, v1p2, v1p2-errors) is absent`);

const ctx: CaliperMapContext = { source: sourceId('caliper-conformance'), mapping: {}, now: '2026-07-03T14:00:00.000Z' };
const filesIn = (dir: string) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(FIXTURES, dir, name));
const read = (file: string) => readFileSync(file, 'utf8');

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const idOf = (ref: unknown) => (typeof ref === 'string' ? ref : obj(ref)['id']);

interface Expected {
  readonly file: string;
  readonly id: string;
  readonly pupil: unknown;
  readonly raw: unknown;
  readonly max: unknown;
  readonly time: string;
}

/** The events in a fixture that carry a score (GradeEvent) or progress (ToolUseEvent with UnitsCompleted). */
function expectedIn(file: string, events: readonly unknown[]): Expected[] {
  const out: Expected[] = [];
  for (const value of events) {
    const event = obj(value);
    const generated = obj(event['generated']);
    const time = () => new Date(String(event['eventTime'])).toISOString();
    if (event['type'] === 'GradeEvent' && typeof generated['scoreGiven'] === 'number') {
      out.push({
        file,
        id: String(event['id']),
        pupil: idOf(obj(event['object'])['assignee']),
        raw: generated['scoreGiven'],
        max: generated['maxScore'],
        time: time(),
      });
    }
    if (event['type'] === 'ToolUseEvent' && Array.isArray(generated['items'])) {
      const units = generated['items'].map(obj).find((item) => item['metric'] === 'UnitsCompleted');
      if (units)
        out.push({
          file,
          id: String(event['id']),
          pupil: idOf(event['actor']),
          raw: units['metricValue'],
          max: units['maxMetricValue'],
          time: time(),
        });
    }
  }
  return out;
}

describe.skipIf(!present)('conformance: Caliper 1.1 and 1.2 examples', () => {
  const files = present ? [...filesIn('v1p1'), ...filesIn('v1p2')] : [];

  it('reads every example file and maps each record to a result, a rejection or a skip, without throwing', () => {
    expect(files.length).toBeGreaterThan(250);
    for (const file of files) {
      const content = readCaliperFile(read(file));
      if ('unreadable' in content) throw new Error(`${path.basename(file)}: ${content.unreadable}`);
      const mapped = mapCaliperEvents(content.events, ctx);
      const skipped = Object.values(mapped.skipped).reduce((sum, count) => sum + count, 0);
      expect(mapped.results.length + mapped.rejections.length + skipped, path.basename(file)).toBe(content.events.length);
      if (path.basename(file) === 'caliperEndpointConfigPayload.json') {
        // An endpoint's configuration document, not Caliper data: refused with a reason.
        expect(mapped.rejections.map((rejection) => [rejection.code, rejection.detail])).toEqual([['invalid-record', 'type: ontbreekt']]);
        continue;
      }
      // The spec's own valid examples are never rejected.
      expect(mapped.rejections, path.basename(file)).toEqual([]);
    }
  });

  it('every event with a score or progress gives a result with the right learner, score and time', () => {
    const checked: Expected[] = [];
    for (const file of files) {
      const content = readCaliperFile(read(file));
      if ('unreadable' in content) continue;
      const byId = new Map(mapCaliperEvents(content.events, ctx).results.map((result) => [result.recordId, result]));
      for (const expected of expectedIn(path.basename(file), content.events)) {
        const result = byId.get(expected.id);
        expect(result, `${expected.file} ${expected.id}`).toBeDefined();
        expect(result?.pupil, expected.file).toBe(expected.pupil);
        expect(result?.score?.raw, expected.file).toBe(expected.raw);
        expect(result?.score?.max, expected.file).toBe(expected.max);
        expect(result?.score?.scaled, expected.file).toBeCloseTo(Number(expected.raw) / Number(expected.max));
        expect(result?.time, expected.file).toBe(expected.time);
        checked.push(expected);
      }
    }
    // GradeGraded, GradeGradedItem, the mixed batch's GradeEvent and ToolUseUsedWithProgress, in both versions.
    expect(checked.length).toBe(8);
    expect(new Set(checked.map((expected) => expected.file))).toEqual(
      new Set([
        'caliperEventGradeGraded.json',
        'caliperEventGradeGradedItem.json',
        'caliperEnvelopeMixedBatch.json',
        'caliperEventToolUseUsedWithProgress.json',
      ]),
    );
  });

  const single = (dir: string, name: string): Result => {
    const content = readCaliperFile(read(path.join(FIXTURES, dir, name)));
    const outcome = 'events' in content ? caliperEventToResult(content.events[0], ctx) : null;
    if (outcome === null || !('result' in outcome)) throw new Error(`${name}: no result`);
    return outcome.result;
  };

  it.each(['v1p1', 'v1p2'])('%s GradeEvent: the assignee, not the autograder; 10 of 15; attempt 1 of 50m12s', (dir) => {
    const result = single(dir, 'caliperEventGradeGraded.json');
    expect(result).toMatchObject({
      recordId: 'urn:uuid:a50ca17f-5971-47bb-8fca-4e6e6879001d',
      pupil: 'https://example.edu/users/554433',
      code: 'https://example.edu/terms/201601/courses/7/sections/1/assess/1',
      workForm: 'test',
      time: '2016-11-15T10:57:06.000Z',
      score: { raw: 10, min: 0, max: 15 },
      success: null,
      completion: true,
      attempt: 1,
      durationSeconds: 3012,
    });
    expect(result.pupil).not.toBe('https://example.edu/autograder');
  });

  it('a graded item counts towards its assessment (isPartOf)', () => {
    const result = single('v1p2', 'caliperEventGradeGradedItem.json');
    expect([result.code, result.score?.scaled, result.time]).toEqual([
      'https://example.edu/terms/201601/courses/7/sections/1/assess/1',
      1,
      '2016-11-15T10:57:06.000Z',
    ]);
  });

  it('ToolUseEvent with progress: 12 of 25 units, 873 minutes on task', () => {
    const result = single('v1p2', 'caliperEventToolUseUsedWithProgress.json');
    expect(result).toMatchObject({
      pupil: 'https://example.edu/users/554433',
      code: 'https://example.edu',
      workForm: 'practice',
      time: '2019-11-15T10:15:00.000Z',
      completion: false,
      durationSeconds: 873 * 60,
    });
    expect(result.score?.scaled).toBeCloseTo(12 / 25);
  });

  it('AssessmentEvent Submitted is completion evidence; AssessmentItemEvent Completed counts towards its assessment', () => {
    const submitted = single('v1p2', 'caliperEventAssessmentSubmitted.json');
    expect(submitted).toMatchObject({
      pupil: 'https://example.edu/users/554433',
      score: null,
      completion: true,
      workForm: 'test',
      attempt: 1,
      durationSeconds: 630,
      time: '2016-11-15T10:25:30.000Z',
    });
    const item = single('v1p1', 'caliperEventAssessmentItemCompleted.json');
    expect(item).toMatchObject({
      code: 'https://example.edu/terms/201601/courses/7/sections/1/assess/1',
      success: null,
      completion: true,
      time: '2016-11-15T10:15:12.000Z',
    });
  });

  it('a thinned mixed batch (actor and object as IRI strings) maps, and the other events are skipped by type', () => {
    const content = readCaliperFile(read(path.join(FIXTURES, 'v1p2', 'caliperEnvelopeMixedBatch.json')));
    if ('unreadable' in content) throw new Error(content.unreadable);
    const mapped = mapCaliperEvents(content.events, ctx);
    expect(mapped.results.map((result) => [result.recordId, result.pupil, result.code])).toEqual([
      [
        'urn:uuid:dad88464-0c20-4a19-a1ba-ddf2f9c3ff33',
        'https://example.edu/users/554433',
        'https://example.edu/terms/201601/courses/7/sections/1/assess/1?ver=v1p0',
      ],
      [
        'urn:uuid:a50ca17f-5971-47bb-8fca-4e6e6879001d',
        'https://example.edu/users/554433',
        'https://example.edu/terms/201601/courses/7/sections/1/assess/1?ver=v1p0',
      ],
    ]);
    expect(mapped.skipped).toEqual({
      'entity:Person': 1,
      'entity:Assessment': 1,
      'entity:SoftwareApplication': 1,
      'entity:CourseSection': 1,
      'AssessmentEvent:Started': 1,
    });
  });

  it('the anonymous ToolUseEvent without progress is skipped, and a batch of other event types is only counted', () => {
    const anonymous = readCaliperFile(read(path.join(FIXTURES, 'v1p2', 'caliperEventToolUseUsedAnonymous.json')));
    expect('events' in anonymous && mapCaliperEvents(anonymous.events, ctx).skipped).toEqual({ 'ToolUseEvent:zonder-voortgang': 1 });
    const batch = readCaliperFile(read(path.join(FIXTURES, 'v1p2', 'caliperEnvelopeEventBatch.json')));
    expect('events' in batch && mapCaliperEvents(batch.events, ctx).skipped).toEqual({ NavigationEvent: 1, AnnotationEvent: 1, ViewEvent: 1 });
  });
});

describe.skipIf(!present)('conformance: every Caliper 1.2 error fixture is refused with a reason', () => {
  const files = present ? filesIn('v1p2-errors') : [];

  it('each file is unreadable, rejected or skipped with a reason; none gives a result or throws', () => {
    expect(files.length).toBeGreaterThan(100);
    const outcomes = new Map<string, string>();
    for (const file of files) {
      const name = path.basename(file);
      const content = readCaliperFile(read(file));
      if ('unreadable' in content) {
        expect(content.unreadable.length, name).toBeGreaterThan(0);
        outcomes.set(name, `unreadable`);
        continue;
      }
      expect(content.events.length, name).toBeGreaterThan(0);
      const mapped = mapCaliperEvents(content.events, ctx);
      expect(mapped.results, name).toEqual([]);
      for (const rejection of mapped.rejections) {
        expect(REJECTION_CODES, name).toContain(rejection.code);
        expect(rejection.detail.length, name).toBeGreaterThan(0);
      }
      for (const key of Object.keys(mapped.skipped)) expect(key.length, name).toBeGreaterThan(0);
      const first = mapped.rejections[0];
      outcomes.set(name, first ? `rejected:${first.code}` : `skipped:${Object.keys(mapped.skipped).join(',')}`);
    }
    expect(outcomes.get('caliperEntity-BadJson.json')).toBe('unreadable');
    expect(outcomes.get('caliperEvent-NoId.json')).toBe('rejected:invalid-record');
    expect(outcomes.get('caliperEvent-NullId.json')).toBe('rejected:invalid-record');
    expect(outcomes.get('caliperEvent-NoType.json')).toBe('rejected:invalid-record');
    expect(outcomes.get('caliperEvent-NullType.json')).toBe('rejected:invalid-record');
    expect(outcomes.get('caliperEventGrade-MalformedObjectWrongEntityType.json')).toBe('rejected:invalid-record');
    expect(outcomes.get('caliperEvent-UnknownEventType.json')).toBe('skipped:NotACaliperEventType');
    expect(outcomes.get('caliperEventAssessment-WrongAction.json')).toBe('skipped:AssessmentEvent:Deleted');
    expect(outcomes.get('caliperEventToolUse-WrongAction.json')).toBe('skipped:ToolUseEvent:Deleted');
    expect(outcomes.get('caliperEntityScore-MalformedMaxScoreNotAnInt.json')).toBe('skipped:entity:Score');
    expect(outcomes.size).toBe(files.length);
  });
});
