import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportFile, FileRead, FileReadContext } from '@/adapters/files/export-file';
import { detectReader, readerOfKind } from '@/adapters/files/readers';
import { scaleFileOf, scalesAloneReason } from '@/adapters/oneroster/oneroster.scale-files';
import { goalId, sourceId } from '@/domain/ids';
import { chooseFiles } from '@/ingest/file-import';

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'cd'.repeat(64)}`;
const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const ctx: FileReadContext = {
  source: sourceId('or-scales'),
  mapping: { 'li-werkstuk': [goalId('lezen.zakelijk.1f')], 'li-toets': [goalId('rekenen.getallen.1f')], 'RR-2': [goalId('rekenen.verhoudingen.1f')] },
  now: '2026-07-03T14:00:00.000Z',
  resolveSloIds: () => [],
};
const ok = (read: FileRead) => {
  if (!read.ok) throw new Error(read.detail);
  return read;
};

// OneRoster 1.2 CSV binding columns (lineItems.csv: resultValueMin/Max may be blank; results.csv: textScore)
const LINE_ITEMS = [
  'sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax,schoolSourcedId',
  'li-werkstuk,active,,Werkstuk,,2026-03-01,2026-03-04,c1,cat,as,,,s1',
  'li-toets,active,,Toets,,2026-03-01,2026-03-04,c1,cat,as,0,40,s1',
  'li-zonder,active,,Zonder schaal,,2026-03-01,2026-03-04,c1,cat,as,,,s1',
].join('\r\n');
const RESULTS = [
  'sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment,textScore,classSourcedId',
  `r-1,active,,li-werkstuk,${PUPIL},fully graded,,2026-03-04,,goed,c1`,
  `r-2,active,,li-werkstuk,${PUPIL},fully graded,,2026-03-04,,uitstekend,c1`,
  `r-3,active,,li-toets,${PUPIL},fully graded,,2026-03-04,,7,c1`,
  `r-4,active,,li-toets,${PUPIL},fully graded,20,2026-03-04,,,c1`,
  `r-5,active,,li-zonder,${PUPIL},fully graded,,2026-03-04,,goed,c1`,
].join('\r\n');
const SCALES = [
  'sourcedId,status,dateLastModified,title,type,orgSourcedId,courseSourcedId,classSourcedId,scoreScaleValue',
  'ss-ovg,active,,Beoordeling o/v/g,beoordeling,o1,k1,c1,"{onvoldoende:1},{voldoende:2},{goed:3}"',
  `ss-cijfer,active,,Cijfer,cijfer,o1,k1,c1,"${Array.from({ length: 10 }, (_, at) => `${at + 1}:${at + 1}`).join(',')}"`,
  'ss-kapot,active,,Kapot,x,o1,k1,c1,goed',
  'ss-oud,tobedeleted,,Oud,x,o1,k1,c1,"a:1,b:2"',
].join('\r\n');
const LINE_ITEM_SCALES = [
  'sourcedId,status,dateLastModified,title,lineItemSourcedId,scoreScaleSourcedId',
  'lss-1,active,,,li-werkstuk,ss-ovg',
  'lss-2,active,,,li-toets,ss-ovg',
  'lss-3,active,,,li-elders,ss-ovg',
].join('\n');
const RESULT_SCALES = [
  'sourcedId,status,dateLastModified,title,resultSourcedId,scoreScaleSourcedId',
  'rss-1,active,,,r-3,ss-cijfer',
  'rss-2,active,,,,ss-cijfer',
].join('\n');
const RESULT_LINKS = [
  'sourcedId,status,dateLastModified,resultSourcedId,source,learningObjectiveId,score,textScore',
  'rl-1,active,,r-4,Unknown,RR-2,,voldoende',
].join('\n');

const byRecord = (read: FileRead & { ok: true }) =>
  read.results.map((result) => [result.recordId, result.goals, result.score?.raw, result.score?.scaled]);

describe('OneRoster 1.2 score-scale files (CSV binding)', () => {
  it('are recognised by their header; results.csv and lineItems.csv are not taken for one', () => {
    expect(scaleFileOf(file('x.csv', `\uFEFF${SCALES}`))).toBe('scoreScales.csv');
    expect(scaleFileOf(file('x.csv', LINE_ITEM_SCALES))).toBe('lineItemScoreScales.csv');
    expect(scaleFileOf(file('x.csv', `"sourcedId","resultSourcedId","scoreScaleSourcedId"\n`))).toBe('resultScoreScales.csv');
    expect(scaleFileOf(file('results.csv', RESULTS))).toBeNull();
    expect(detectReader(file('export.csv', SCALES))?.kind).toBe('oneroster-score-scales');
    expect(detectReader(file('results.csv', RESULTS))?.kind).toBe('oneroster-results');
    expect(detectReader(file('lineItems.csv', LINE_ITEMS))?.kind).toBe('oneroster-line-items');
  });

  it('loose beside results.csv: a line item with only a scale is accepted, a textScore is scaled through it, a text not on it is rejected with the scale named', () => {
    const companions = [
      file('lineItems.csv', LINE_ITEMS),
      file('scoreScales.csv', SCALES),
      file('lineItemScoreScales.csv', LINE_ITEM_SCALES),
      file('resultScoreScales.csv', RESULT_SCALES),
      file('resultLearningObjectiveIds.csv', RESULT_LINKS),
    ];
    const read = ok(readerOfKind('oneroster-results')!.read(file('results.csv', RESULTS), companions, ctx));
    expect(byRecord(read)).toEqual([
      ['r-1', ['lezen.zakelijk.1f'], 3, 1],
      ['r-3', ['rekenen.getallen.1f'], 7, 6 / 9],
      ['r-4', ['rekenen.getallen.1f'], 20, 0.5],
      ['r-4|lo:RR-2', ['rekenen.verhoudingen.1f'], 2, 0.5],
    ]);
    expect(read.rejections.map((rejection) => [rejection.code, rejection.detail])).toEqual([
      ['invalid-record', expect.stringMatching(/^lineItems\.csv rij 4: kolom resultValueMin is leeg en de lineItem heeft geen scoreScale/)],
      ['invalid-record', 'scoreScales.csv rij 4: scoreScaleValue-item "goed" heeft niet de vorm tekst:waarde (itemValueLHS:itemValueRHS)'],
      ['invalid-record', 'resultScoreScales.csv rij 3: kolom resultSourcedId is leeg'],
      [
        'invalid-score',
        'results.csv rij 3: textScore "uitstekend" staat niet op scoreScale "Beoordeling o/v/g" (ss-ovg): kies een van "onvoldoende", "voldoende", "goed" of voeg de tekst toe aan de schaal',
      ],
      ['invalid-record', 'results.csv rij 6: lineItem li-zonder ontbreekt of is afgekeurd'],
    ]);
    expect(read.skipped).toEqual({ 'scoreScales.csv: status tobedeleted': 1, 'lineItemScoreScales.csv: koppeling naar onbekende lineItem': 1 });
  });

  it('the same set in a zip (any folder, any case) reads the same', () => {
    const zip = zipSync({
      'Export/results.csv': strToU8(RESULTS),
      'Export/LINEITEMS.csv': strToU8(LINE_ITEMS),
      'Export/scorescales.csv': strToU8(SCALES),
      'Export/lineItemScoreScales.csv': strToU8(LINE_ITEM_SCALES),
      'Export/ResultScoreScales.CSV': strToU8(RESULT_SCALES),
      'Export/resultLearningObjectiveIds.csv': strToU8(RESULT_LINKS),
      'Export/manifest.csv': strToU8('propertyName,value\r\nfile.scoreScales,bulk\r\n'),
    });
    const read = ok(readerOfKind('oneroster-zip')!.read({ name: 'bulk.zip', bytes: zip }, [], ctx));
    expect(byRecord(read)).toEqual([
      ['r-1', ['lezen.zakelijk.1f'], 3, 1],
      ['r-3', ['rekenen.getallen.1f'], 7, 6 / 9],
      ['r-4', ['rekenen.getallen.1f'], 20, 0.5],
      ['r-4|lo:RR-2', ['rekenen.verhoudingen.1f'], 2, 0.5],
    ]);
    expect(read.rejections).toHaveLength(5);
  });

  it('without the score-scale files the scaled line item and textScores are rejected, each saying what is missing', () => {
    const read = ok(readerOfKind('oneroster-results')!.read(file('results.csv', RESULTS), [file('lineItems.csv', LINE_ITEMS)], ctx));
    expect(byRecord(read)).toEqual([['r-4', ['rekenen.getallen.1f'], 20, 0.5]]);
    expect(read.rejections.map((rejection) => rejection.detail)).toContainEqual(
      'results.csv rij 4: textScore "7" is niet te lezen: de lineItem en het resultaat verwijzen naar geen scoreScale',
    );
  });

  it('a zipped score-scale file without its required columns makes the set unreadable, naming them', () => {
    const zip = zipSync({
      'results.csv': strToU8(RESULTS),
      'lineItems.csv': strToU8(LINE_ITEMS),
      'scoreScales.csv': strToU8('sourcedId,title\nss-ovg,Beoordeling\n'),
    });
    expect(readerOfKind('oneroster-zip')!.read({ name: 'bulk.zip', bytes: zip }, [], ctx)).toEqual({
      ok: false,
      detail: 'scoreScales.csv: kolom(men) scoreScaleValue ontbreken in de kopregel',
    });
  });

  it('alone: bad rows rejected, scales and links counted as needing the set; links to records a companion lacks counted apart', () => {
    const alone = ok(readerOfKind('oneroster-score-scales')!.read(file('scoreScales.csv', SCALES), [], ctx));
    expect([alone.results, alone.rejections.length]).toEqual([[], 1]);
    expect(alone.skipped).toEqual({ 'scoreScales.csv: status tobedeleted': 1, [scalesAloneReason('scoreScales.csv')]: 2 });
    const links = ok(
      readerOfKind('oneroster-score-scales')!.read(file('lineItemScoreScales.csv', LINE_ITEM_SCALES), [file('lineItems.csv', LINE_ITEMS)], ctx),
    );
    expect(links.skipped).toEqual({
      'lineItemScoreScales.csv: koppeling naar onbekende lineItem': 1,
      [scalesAloneReason('lineItemScoreScales.csv')]: 2,
    });
  });

  it('lineItems.csv alone counts a line item with only a scale when its score-scale files come along', () => {
    const alone = ok(readerOfKind('oneroster-line-items')!.read(file('lineItems.csv', LINE_ITEMS), [], ctx));
    expect(alone.rejections).toHaveLength(2);
    const withScales = ok(
      readerOfKind('oneroster-line-items')!.read(
        file('lineItems.csv', LINE_ITEMS),
        [file('scoreScales.csv', SCALES), file('lineItemScoreScales.csv', LINE_ITEM_SCALES)],
        ctx,
      ),
    );
    expect(withScales.rejections).toHaveLength(1);
  });

  it('never become the main file of a wizard import, whatever order the file picker gives', () => {
    const picked = [
      file('scoreScales.csv', SCALES),
      file('lineItemScoreScales.csv', LINE_ITEM_SCALES),
      file('lineItems.csv', LINE_ITEMS),
      file('results.csv', RESULTS),
    ];
    expect(chooseFiles('oneroster', picked).reader.kind).toBe('oneroster-results');
  });
});
