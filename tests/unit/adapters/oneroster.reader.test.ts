import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectReader, readerOfKind } from '@/adapters/files/readers';
import type { ExportFile, FileRead, FileReadContext } from '@/adapters/files/export-file';
import { createFileAdapter } from '@/adapters/files/file-adapter';
import { LINE_ITEM_SKIP } from '@/adapters/oneroster/oneroster.reader';
import { goalId, sourceId } from '@/domain/ids';

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'cd'.repeat(64)}`;
const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const ctx: FileReadContext = {
  source: sourceId('or-file'),
  mapping: { 'RR-1': [goalId('rekenen.getallen.1f')] },
  now: '2026-07-03T14:00:00.000Z',
  resolveSloIds: () => [],
};

const LINE_ITEMS = [
  'sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,gradingPeriodSourcedId,resultValueMin,resultValueMax,learningObjectiveIds',
  'li-1,active,2026-03-01T00:00:00Z,Blok 1,,2026-03-01,2026-03-04,c1,cat,gp,0,40,RR-1',
  'li-2,active,2026-03-01T00:00:00Z,Blok 2,,2026-03-01,2026-03-04,c1,cat,gp,,40,',
].join('\n');
const RESULTS = [
  'sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment',
  `r-1,active,2026-03-05T10:00:00Z,li-1,${PUPIL},fully graded,20,2026-03-04,`,
  `r-2,active,2026-03-05T10:00:00Z,li-2,${PUPIL},fully graded,20,2026-03-04,`,
  `r-3,active,2026-03-05T10:00:00Z,li-1,${PUPIL},not submitted,,2026-03-04,`,
].join('\n');

const ok = (read: FileRead) => {
  if (!read.ok) throw new Error(read.detail);
  return read;
};

describe('OneRoster file readers', () => {
  it('are detected by content: results.csv, lineItems.csv and a zip holding both; the generic CSV reader does not win', () => {
    expect(detectReader(file('results.csv', RESULTS))?.kind).toBe('oneroster-results');
    expect(detectReader(file('export.csv', `\uFEFF${LINE_ITEMS}`))?.kind).toBe('oneroster-line-items');
    const zip = zipSync({
      'oneroster/results.csv': strToU8(RESULTS),
      'oneroster/lineItems.csv': strToU8(LINE_ITEMS),
      'oneroster/manifest.csv': strToU8('propertyName,value\n'),
    });
    expect(detectReader({ name: 'bulk.zip', bytes: zip })?.kind).toBe('oneroster-zip');
  });

  it('results.csv with its lineItems.csv: results, rejected rows with reasons (a bad line item sinks only its results), skips', () => {
    const read = ok(readerOfKind('oneroster-results')!.read(file('results.csv', RESULTS), [file('lineItems.csv', LINE_ITEMS)], ctx));
    expect(read.results.map((result) => [result.recordId, result.score?.scaled, result.goals])).toEqual([['r-1', 0.5, ['rekenen.getallen.1f']]]);
    expect(read.rejections.map((rejection) => rejection.detail)).toEqual([
      'lineItems.csv rij 3: kolom resultValueMin is leeg en de lineItem heeft geen scoreScale (vul resultValueMin en resultValueMax, of koppel een schaal in lineItemScoreScales.csv)',
      'results.csv rij 3: lineItem li-2 ontbreekt of is afgekeurd',
    ]);
    expect(read.skipped).toEqual({ 'scoreStatus not submitted': 1 });
  });

  it('results.csv without lineItems.csv cannot be read, and says what to add', () => {
    const read = readerOfKind('oneroster-results')!.read(file('results.csv', RESULTS), [], ctx);
    expect(read).toEqual({ ok: false, detail: expect.stringContaining('lineItems.csv ontbreekt') });
  });

  it('lineItems.csv alone: valid line items counted, bad ones rejected, no results', () => {
    const read = ok(readerOfKind('oneroster-line-items')!.read(file('lineItems.csv', LINE_ITEMS), [], ctx));
    expect([read.results.length, read.rejections.length, read.skipped]).toEqual([0, 1, { [LINE_ITEM_SKIP]: 1 }]);
  });

  it('a zip is read like the loose pair; a broken or incomplete zip is unreadable with a reason', async () => {
    const zip = zipSync({ 'results.csv': strToU8(RESULTS), 'LINEITEMS.CSV': strToU8(LINE_ITEMS) });
    const read = ok(readerOfKind('oneroster-zip')!.read({ name: 'bulk.zip', bytes: zip }, [], ctx));
    expect(read.results).toHaveLength(1);
    expect(readerOfKind('oneroster-zip')!.read({ name: 'bulk.zip', bytes: zip.subarray(0, zip.length - 30) }, [], ctx)).toMatchObject({ ok: false });
    const half = zipSync({ 'results.csv': strToU8(RESULTS) });
    expect(readerOfKind('oneroster-zip')!.read({ name: 'x.zip', bytes: half }, [], ctx)).toEqual({
      ok: false,
      detail: expect.stringContaining('lineItems.csv'),
    });
    const adapter = createFileAdapter(readerOfKind('oneroster-zip')!, [{ name: 'bulk.zip', bytes: zip }]);
    const page = await adapter.pullPage({
      config: { source: ctx.source, endpoint: '', credentials: { type: 'none' }, mapping: ctx.mapping },
      cursor: null,
      fetchedSoFar: 0,
      signal: new AbortController().signal,
    });
    expect([adapter.kind, page.results.length, page.nextCursor]).toEqual(['oneroster', 1, null]);
  });

  it('a results.csv missing a needed column is unreadable and names the column', () => {
    const read = readerOfKind('oneroster-results')!.read(
      file('results.csv', RESULTS.replace('scoreStatus,', 'status2,')),
      [file('lineItems.csv', LINE_ITEMS)],
      ctx,
    );
    expect(read).toEqual({ ok: false, detail: expect.stringContaining('scoreStatus') });
  });

  it("a result's own learning objectives in results.csv (learningObjectiveIds, learningObjectiveSet; any separator) add their goals; blank cells add none", () => {
    const mapping = { ...ctx.mapping, 'RR-2': [goalId('rekenen.getallen.2f')], 'RR-3': [goalId('rekenen.getallen.3f')] };
    const results = [
      'sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,learningObjectiveIds,learningObjectiveSet',
      `r-1,active,2026-03-05T10:00:00Z,li-1,${PUPIL},fully graded,20,2026-03-04,RR-2,`,
      `r-2,active,2026-03-05T10:00:00Z,li-1,${PUPIL},fully graded,20,2026-03-04,,RR-3;RR-2|x`,
      `r-3,active,2026-03-05T10:00:00Z,li-1,${PUPIL},fully graded,20,2026-03-04, , `,
    ].join('\n');
    const read = ok(readerOfKind('oneroster-results')!.read(file('results.csv', results), [file('lineItems.csv', LINE_ITEMS)], { ...ctx, mapping }));
    expect(read.results.map((result) => [result.recordId, [...result.goals].sort()])).toEqual([
      ['r-1', ['rekenen.getallen.1f', 'rekenen.getallen.2f']],
      ['r-2', ['rekenen.getallen.1f', 'rekenen.getallen.2f', 'rekenen.getallen.3f']],
      ['r-3', ['rekenen.getallen.1f']],
    ]);
  });
});
