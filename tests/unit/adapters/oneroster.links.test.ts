import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportFile, FileRead, FileReadContext } from '@/adapters/files/export-file';
import { detectReader, readerOfKind } from '@/adapters/files/readers';
import { linkFileOf, readObjectiveLinks, resultObjectiveSet, unknownReason } from '@/adapters/oneroster/oneroster.links';
import { linksAloneReason } from '@/adapters/oneroster/oneroster.reader';
import { goalId, sourceId } from '@/domain/ids';
import { chooseFiles } from '@/ingest/file-import';

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'cd'.repeat(64)}`;
const SLO = '15887593-f6c3-4e43-ae10-c2876ad657f1';
const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const ctx: FileReadContext = {
  source: sourceId('or-links'),
  mapping: { 'RR-1': [goalId('rekenen.getallen.1f')], 'RR-2': [goalId('rekenen.verhoudingen.1f')] },
  now: '2026-07-03T14:00:00.000Z',
  resolveSloIds: (uuids) => (uuids.includes(SLO) ? [goalId('lezen.zakelijk.1f')] : []),
};
const ok = (read: FileRead) => {
  if (!read.ok) throw new Error(read.detail);
  return read;
};

const LINE_ITEMS = [
  'sourcedId,status,dateLastModified,title,resultValueMin,resultValueMax',
  'li-1,active,,Blok 1,0,40',
  'li-2,active,,Blok 2,0,10',
].join('\n');
const RESULTS = [
  'sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate',
  `r-1,active,,li-1,${PUPIL},fully graded,20,2026-03-04`,
  `r-2,active,,li-2,${PUPIL},fully graded,5,2026-03-04`,
].join('\n');
const LI_LINKS = [
  'sourcedId,status,dateLastModified,lineItemSourcedId,source,learningObjectiveId,ext_vendor',
  'l-1,active,,li-1,Unknown,RR-1,x',
  `l-2,active,,li-1,CASE,urn:uuid:${SLO.toUpperCase()},"met, komma"`,
  'l-3,active,,li-9,Unknown,RR-2,',
  'l-4,active,,li-2,,RR-2,',
  'l-5,active,,li-2,CASE,RR-2,',
  'l-6,tobedeleted,,li-2,Unknown,RR-2,',
].join('\r\n');
const RESULT_LINKS = [
  'sourcedId,status,dateLastModified,resultSourcedId,source,learningObjectiveId,score,textScore',
  'rl-1,active,,r-2,ext:Rekenroute,RR-2,3,',
  'rl-2,active,,r-404,Unknown,RR-1,,',
  'rl-3,active,,r-2,Unknown,,,',
].join('\n');

describe('OneRoster 1.2 learning-objective link files', () => {
  it('are recognised by their exact header, not by a learningObjectiveIds column of results.csv', () => {
    expect(linkFileOf(file('x.csv', `\uFEFF${LI_LINKS}`))).toBe('lineItemLearningObjectiveIds.csv');
    expect(linkFileOf(file('x.csv', `"sourcedId","resultSourcedId","source","learningObjectiveId"\n`))).toBe('resultLearningObjectiveIds.csv');
    expect(linkFileOf(file('results.csv', `${RESULTS.split('\n')[0]},learningObjectiveIds,source\n`))).toBeNull();
    expect(detectReader(file('export.csv', LI_LINKS))?.kind).toBe('oneroster-objective-links');
    expect(detectReader(file('results.csv', RESULTS))?.kind).toBe('oneroster-results');
  });

  it('parse: links per record; blank required fields and a CASE id that is no UUID are rejected with a reason; tobedeleted is skipped', () => {
    const read = readObjectiveLinks(LI_LINKS, 'lineItemLearningObjectiveIds.csv', ctx);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(Object.fromEntries(read.byRef)).toEqual({
      'li-1': [
        { source: 'Unknown', id: 'RR-1' },
        { source: 'CASE', id: `urn:uuid:${SLO.toUpperCase()}` },
      ],
      'li-9': [{ source: 'Unknown', id: 'RR-2' }],
    });
    expect(read.rejections.map((rejection) => [rejection.code, rejection.detail])).toEqual([
      ['invalid-record', 'lineItemLearningObjectiveIds.csv rij 5: kolom source is leeg'],
      ['invalid-record', expect.stringMatching(/^lineItemLearningObjectiveIds.csv rij 6: source CASE.*UUID/)],
    ]);
    expect(read.skipped).toEqual({ 'lineItemLearningObjectiveIds.csv: status tobedeleted': 1 });
  });

  it('a link file without its required columns is unreadable, naming them', () => {
    expect(readObjectiveLinks('sourcedId,lineItemSourcedId,learningObjectiveId\nx,li-1,RR-1\n', 'lineItemLearningObjectiveIds.csv', ctx)).toEqual({
      unreadable: expect.stringContaining('source'),
    });
  });

  it('result links become the 1.2 LearningObjectiveResultSet, grouped by source', () => {
    expect(
      resultObjectiveSet([
        { source: 'CASE', id: 'a' },
        { source: 'Unknown', id: 'b' },
        { source: 'CASE', id: 'c' },
      ]),
    ).toEqual([
      { source: 'CASE', learningObjectiveResults: [{ learningObjectiveId: 'a' }, { learningObjectiveId: 'c' }] },
      { source: 'Unknown', learningObjectiveResults: [{ learningObjectiveId: 'b' }] },
    ]);
  });

  it('loose beside results.csv and lineItems.csv: results get the linked goals; links to unknown records are counted', () => {
    const companions = [
      file('lineItems.csv', LINE_ITEMS),
      file('lineItemLearningObjectiveIds.csv', LI_LINKS),
      file('resultLearningObjectiveIds.csv', RESULT_LINKS),
    ];
    const read = ok(readerOfKind('oneroster-results')!.read(file('results.csv', RESULTS), companions, ctx));
    // r-2's only goal comes from its link rl-1, which has its own score (3 of li-2's 0..10): that objective's result replaces r-2
    expect(read.results.map((result) => [result.recordId, result.goals, result.score?.scaled])).toEqual([
      ['r-1', ['rekenen.getallen.1f', 'lezen.zakelijk.1f'], 0.5],
      ['r-2|lo:RR-2', ['rekenen.verhoudingen.1f'], 0.3],
    ]);
    expect(read.voids).toEqual(['r-2']);
    expect(read.rejections.map((rejection) => rejection.detail.split(':')[0])).toEqual([
      'lineItemLearningObjectiveIds.csv rij 5',
      'lineItemLearningObjectiveIds.csv rij 6',
      'resultLearningObjectiveIds.csv rij 4',
    ]);
    expect(read.skipped).toEqual({
      'lineItemLearningObjectiveIds.csv: status tobedeleted': 1,
      [unknownReason('lineItemLearningObjectiveIds.csv')]: 1,
      [unknownReason('resultLearningObjectiveIds.csv')]: 1,
    });
  });

  it('the same set in a zip (any folder, any case) reads the same', () => {
    const zip = zipSync({
      'Export/RESULTS.csv': strToU8(RESULTS),
      'Export/lineItems.csv': strToU8(LINE_ITEMS),
      'Export/lineitemlearningobjectiveids.csv': strToU8(LI_LINKS),
      'Export/resultLearningObjectiveIds.csv': strToU8(RESULT_LINKS),
    });
    const bytes = { name: 'bulk.zip', bytes: zip };
    expect(detectReader(bytes)?.kind).toBe('oneroster-zip');
    const read = ok(readerOfKind('oneroster-zip')!.read(bytes, [], ctx));
    expect(read.results.map((result) => result.goals)).toEqual([['rekenen.getallen.1f', 'lezen.zakelijk.1f'], ['rekenen.verhoudingen.1f']]);
    expect(read.rejections).toHaveLength(3);
  });

  it('without link files nothing changes: the line item code stays unmapped', () => {
    const read = ok(readerOfKind('oneroster-results')!.read(file('results.csv', RESULTS), [file('lineItems.csv', LINE_ITEMS)], ctx));
    expect(read.results.map((result) => result.goals)).toEqual([[], []]);
    expect(read.skipped).toEqual({});
  });

  it('a zipped link file without its required columns makes the set unreadable rather than silently dropping its goals', () => {
    const zip = zipSync({
      'results.csv': strToU8(RESULTS),
      'lineItems.csv': strToU8(LINE_ITEMS),
      'lineItemLearningObjectiveIds.csv': strToU8('sourcedId,lineItemSourcedId,learningObjectiveId\nx,li-1,RR-1\n'),
    });
    expect(readerOfKind('oneroster-zip')!.read({ name: 'bulk.zip', bytes: zip }, [], ctx)).toEqual({
      ok: false,
      detail: expect.stringContaining('kolom(men) source ontbreken'),
    });
  });

  it('alone: the kind is detected, bad rows rejected, links counted as needing results.csv and lineItems.csv beside them', () => {
    const alone = ok(readerOfKind('oneroster-objective-links')!.read(file('lineItemLearningObjectiveIds.csv', LI_LINKS), [], ctx));
    expect([alone.results, alone.rejections.length]).toEqual([[], 2]);
    expect(alone.skipped).toEqual({
      'lineItemLearningObjectiveIds.csv: status tobedeleted': 1,
      [linksAloneReason('lineItemLearningObjectiveIds.csv')]: 3,
    });
    const withItems = ok(
      readerOfKind('oneroster-objective-links')!.read(file('lineItemLearningObjectiveIds.csv', LI_LINKS), [file('lineItems.csv', LINE_ITEMS)], ctx),
    );
    expect(withItems.skipped).toMatchObject({
      [unknownReason('lineItemLearningObjectiveIds.csv')]: 1,
      [linksAloneReason('lineItemLearningObjectiveIds.csv')]: 2,
    });
    const results = ok(readerOfKind('oneroster-objective-links')!.read(file('r.csv', RESULT_LINKS), [file('results.csv', RESULTS)], ctx));
    expect(results.skipped).toEqual({
      [unknownReason('resultLearningObjectiveIds.csv')]: 1,
      [linksAloneReason('resultLearningObjectiveIds.csv')]: 1,
    });
  });

  it('never become the main file of a wizard import, whatever order the file picker gives', () => {
    const picked = [
      file('lineItemLearningObjectiveIds.csv', LI_LINKS),
      file('lineItems.csv', LINE_ITEMS),
      file('resultLearningObjectiveIds.csv', RESULT_LINKS),
      file('results.csv', RESULTS),
    ];
    const chosen = chooseFiles('oneroster', picked);
    expect(chosen.reader.kind).toBe('oneroster-results');
    expect(chosen.files.map((item) => item.name)).toEqual([
      'results.csv',
      'lineItemLearningObjectiveIds.csv',
      'lineItems.csv',
      'resultLearningObjectiveIds.csv',
    ]);
  });
});
