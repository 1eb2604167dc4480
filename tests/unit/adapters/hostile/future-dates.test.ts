import { describe, expect, it } from 'vitest';
import { blokkodoToResult } from '@/adapters/blokkodo/blokkodo.mapper';
import { mapPage } from '@/adapters/shared/map-helpers';
import { checkExport } from '@/adapters/files/check-export';
import type { ExportFile, FileRead, FileReadContext } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { mapLeesvlinderSummaries } from '@/adapters/leesvlinder/leesvlinder.mapper';
import { mapSommenspoorSessions } from '@/adapters/sommenspoor/sommenspoor.mapper';
import { sourceId } from '@/domain/ids';
import type { Rejection, Result } from '@/domain/model';
import { caliper, csvColumns, ECK, oneRosterLineItems, oneRosterResults, oso, uwlr, xapi } from './hostile-inputs';

/** The moment of import in every case below; one day later is the latest a record may be dated. */
const NOW = '2026-02-03T10:00:00.000Z';
const ctx: FileReadContext = { source: sourceId('hostile'), mapping: {}, now: NOW, resolveSloIds: () => [] };
const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });

/** Reads a file as the app does (the reader found by the content) and returns what it made of it. */
function read(main: ExportFile, companions: ExportFile[] = []): Extract<FileRead, { ok: true }> {
  const reader = detectReader(main);
  if (!reader) throw new Error(`${main.name}: not recognised`);
  const outcome = reader.read(main, companions, ctx);
  if (!outcome.ok) throw new Error(outcome.detail);
  return outcome;
}

const expectFutureRejected = (outcome: { results: readonly Result[]; rejections: readonly Rejection[] }, path: string | RegExp) => {
  expect(outcome.results).toEqual([]);
  expect(outcome.rejections).toHaveLength(1);
  expect(outcome.rejections[0]).toMatchObject({
    code: 'invalid-time',
    detail: expect.stringMatching(/ligt na het moment van importeren/),
    issue: { path: expect.stringMatching(path), code: 'in_future', param: expect.stringMatching(/^2027-/) },
  });
};

const FILES: ReadonlyArray<readonly [string, (date: string) => ExportFile[], string]> = [
  ['xAPI statements', (date) => [file('statements.json', xapi({ raw: 5, max: 10 }, `${date}T09:00:00Z`))], 'timestamp'],
  ['Caliper events', (date) => [file('events.json', caliper(`${date}T09:00:00Z`))], 'eventTime'],
  ['UWLR leerresultaten', (date) => [file('uwlr.xml', uwlr('30', date))], 'afnamedatum'],
  ['OSO dossier', (date) => [file('oso.xml', oso('40', '50', date))], 'afnamedatum'],
  ['OneRoster results.csv', (date) => [file('results.csv', oneRosterResults(date)), file('lineItems.csv', oneRosterLineItems)], 'scoreDate'],
  ['a supplier CSV', (date) => [file('export.csv', csvColumns(date))], 'Datum'],
];

describe('results dated after the moment of import are rejected with the date, in every reader (issue 13 item 5)', () => {
  it.each(FILES)('%s: a result a year ahead is rejected, one of today is kept', (_name, files, path) => {
    const [main, ...companions] = files('2026-02-03');
    expect(read(main!, companions).results).toHaveLength(1);
    const [future, ...others] = files('2027-01-15');
    expectFutureRejected(read(future!, others), path);
  });

  it('allows a day of clock skew, not more', () => {
    expect(read(file('s.json', xapi({ raw: 5, max: 10 }, '2026-02-04T09:59:00Z'))).results).toHaveLength(1);
    const late = read(file('s.json', xapi({ raw: 5, max: 10 }, '2026-02-04T10:01:00Z')));
    expect(late.rejections).toMatchObject([{ code: 'invalid-time', issue: { code: 'in_future', param: '2026-02-04' } }]);
  });

  it('npm run check-export gives the same verdict (it runs the same readers)', () => {
    const line = checkExport({ file: file('uwlr.xml', uwlr('30', '2027-01-15')), companions: [] }, { now: NOW, resolveSloIds: () => [] });
    expect(line).toMatchObject({ accepted: 0, rejected: 1, reasons: { 'invalid-time': 1 } });
  });

  it('the live suppliers: Sommenspoor, Blokkodo and Leesvlinder', () => {
    const live = { source: sourceId('live'), mapping: {}, now: NOW };
    const session = (started_at: string) => ({
      session_id: `s-${started_at}`,
      student: { eckid: ECK },
      domain_code: 'VH-BR-2',
      mode: 'oefenen',
      started_at,
      duration_sec: 540,
      items: { total: 20, correct: 14 },
    });
    expect(mapSommenspoorSessions([session('2026-02-03T09:00:00Z')], live).results).toHaveLength(1);
    expectFutureRejected(mapSommenspoorSessions([session('2027-01-15T09:00:00Z')], live), 'started_at');

    const completion = (completed_at: string) => ({
      completion_id: `bk-${completed_at}`,
      learner: ECK,
      puzzle: { id: 'bos-07', title: 'Het bos', concept: 'loops', world: 'Bos', difficulty: 2 },
      stars: 2,
      attempts: 3,
      completed_at,
    });
    expect(mapPage([completion('2026-02-03T09:00:00Z')], live, blokkodoToResult).results).toHaveLength(1);
    expectFutureRejected(mapPage([completion('2027-01-15T09:00:00Z')], live, blokkodoToResult), 'completed_at');

    const summary = (week: string) => ({
      id: `lv-${week}`,
      pupil: ECK,
      week,
      skill: 'BEGRIP',
      level: 'Vlinder',
      percentage: 72,
      exercises: 14,
      minutes: 35,
    });
    // This week's summary is dated at the end of the week (Friday): it has begun, so it is kept.
    expect(mapLeesvlinderSummaries([summary('2026-W06')], live).results).toHaveLength(1);
    expectFutureRejected(mapLeesvlinderSummaries([summary('2027-W03')], live), 'week');
  });
});
