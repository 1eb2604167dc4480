/**
 * OneRoster bulk CSV against the column definitions of OAT's OneRoster 1.1 column config in
 * ../shared (results.json, lineItems.json), read at test time and never copied into the project.
 * The CSV sets are built here from those column names, ugly on purpose: BOM, CRLF, vendor
 * columns (ext_*), quoted fields with commas and line breaks, blank required fields. Every row
 * must import or be rejected with a reason. Without that folder the suite is skipped and says so.
 *
 * OneRoster 1.2 moved learning objectives into link files (lineItemLearningObjectiveIds.csv,
 * resultLearningObjectiveIds.csv). The 1.1 column config in ../shared does not define them, so
 * their columns are written out below from the 1.2 CSV binding; the sets are still built here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportFile, FileRead, FileReadContext } from '@/adapters/files/export-file';
import { detectReader, readerOfKind } from '@/adapters/files/readers';
import { linksAloneReason } from '@/adapters/oneroster/oneroster.reader';
import { unknownReason } from '@/adapters/oneroster/oneroster.links';
import { goalId, sourceId } from '@/domain/ids';
import { fixturesPresent } from '../support/fixtures-present';

const CONFIG = path.resolve(__dirname, '../../../shared/fixtures/oneroster/oat-sa-v1p1-column-config');
const present = fixturesPresent(
  ['results.json', 'lineItems.json'].every((name) => existsSync(path.join(CONFIG, name))),
  'oneroster.test.ts',
);
if (!present) console.warn(`conformance/oneroster: SKIPPED, ${CONFIG} (results.json, lineItems.json) is absent`);

interface Column {
  readonly columnId: string;
  readonly required: boolean;
  readonly format: string;
}
const columnsOf = (name: string): Column[] => (present ? (JSON.parse(readFileSync(path.join(CONFIG, name), 'utf8')) as Column[]) : []);

/**
 * What our import needs filled in (a documented choice, docs in oneroster.csv.ts): a blank one
 * rejects the row. Other required columns (dateLastModified may be blank in bulk files; titles,
 * class, category and grading period carry nothing we keep) are read when present.
 */
const RESULT_NEEDS = new Set(['sourcedId', 'lineItemSourcedId', 'studentSourcedId', 'scoreStatus', 'score', 'scoreDate']);
const LINE_ITEM_NEEDS = new Set(['sourcedId', 'resultValueMin', 'resultValueMax']);

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'ef'.repeat(64)}`;
/** An SLO goal UUID (as a CASE id), a supplier code for the line item and one for a single result. */
const SLO_UUID = '15887593-f6c3-4e43-ae10-c2876ad657f1';
const SLO_GOAL = goalId('lezen.zakelijk.1f');
const ITEM_GOAL = goalId('rekenen.getallen.1f');
const RESULT_GOAL = goalId('rekenen.verhoudingen.1f');
const ctx: FileReadContext = {
  source: sourceId('oneroster-conformance'),
  mapping: { 'TP-REKENEN-BLOK-1': [ITEM_GOAL], 'TP-VERHOUDINGEN': [RESULT_GOAL] },
  now: '2026-07-03T14:00:00.000Z',
  resolveSloIds: (uuids) => (uuids.includes(SLO_UUID) ? [SLO_GOAL] : []),
};
const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A valid value for a column, by its name and format. */
function valueFor(column: Column, row: Record<string, string>): string {
  if (column.columnId in row) return row[column.columnId] as string;
  if (column.columnId === 'status') return 'active';
  switch (column.format) {
    case 'datetime':
      return '2026-03-05T10:15:00.000Z';
    case 'date':
      return '2026-03-04';
    case 'float':
      return '1.5';
    default:
      return `${column.columnId}-waarde, met komma`;
  }
}

function csv(columns: readonly Column[], rows: readonly Record<string, string>[]): string {
  const headers = [...columns.map((column) => column.columnId), 'ext_foo'];
  const lines = [headers, ...rows.map((row) => [...columns.map((column) => valueFor(column, row)), 'vendor "extra", data'])];
  return `\uFEFF${lines.map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}

interface Case {
  readonly name: string;
  readonly row: Record<string, string>;
  readonly imports: boolean;
}

function buildSet() {
  const resultColumns = columnsOf('results.json');
  const lineItemColumns = columnsOf('lineItems.json');
  const lineItems: Record<string, string>[] = [
    { sourcedId: 'li-ok', resultValueMin: '0', resultValueMax: '40', title: 'Blok 1, "eindtoets"\nrekenen' },
  ];
  const cases: Case[] = [];
  const result = (id: string, over: Record<string, string> = {}) => ({
    sourcedId: id,
    lineItemSourcedId: 'li-ok',
    studentSourcedId: PUPIL,
    scoreStatus: 'fully graded',
    score: '30',
    comment: 'Goed, heel "goed"',
    ...over,
  });
  cases.push({ name: 'a complete row', row: result('r-ok'), imports: true });
  cases.push({ name: 'a score with a decimal point', row: result('r-decimal', { score: '12.5' }), imports: true });
  cases.push({ name: 'a score above resultValueMax', row: result('r-high', { score: '41' }), imports: false });
  cases.push({ name: 'an unknown scoreStatus', row: result('r-status', { scoreStatus: 'graded' }), imports: false });
  cases.push({ name: 'a name instead of a pseudonym', row: result('r-name', { studentSourcedId: 'Emma Jansen' }), imports: false });
  for (const column of resultColumns) {
    cases.push({
      name: `results.${column.columnId} blank (${column.required ? 'required' : 'optional'})`,
      row: result(column.columnId === 'sourcedId' ? '' : `r-blank-${column.columnId}`, { [column.columnId]: '' }),
      imports: !RESULT_NEEDS.has(column.columnId),
    });
  }
  for (const column of lineItemColumns) {
    const id = `li-blank-${column.columnId}`;
    lineItems.push({ sourcedId: column.columnId === 'sourcedId' ? '' : id, resultValueMin: '0', resultValueMax: '40', [column.columnId]: '' });
    cases.push({
      name: `lineItems.${column.columnId} blank (${column.required ? 'required' : 'optional'})`,
      row: result(`r-of-${id}`, { lineItemSourcedId: id }),
      imports: !LINE_ITEM_NEEDS.has(column.columnId),
    });
  }
  return {
    cases,
    results: csv(
      resultColumns,
      cases.map((entry) => entry.row),
    ),
    lineItems: csv(lineItemColumns, lineItems),
    lineItemRows: lineItems.length,
  };
}

/** OneRoster 1.2 CSV binding: the learning-objective link files (status and dateLastModified may be blank in bulk). */
const LINK_COLUMNS: Readonly<Record<'lineItemLearningObjectiveIds' | 'resultLearningObjectiveIds', readonly Column[]>> = {
  lineItemLearningObjectiveIds: [
    { columnId: 'sourcedId', required: true, format: 'string' },
    { columnId: 'status', required: false, format: 'string' },
    { columnId: 'dateLastModified', required: false, format: 'datetime' },
    { columnId: 'lineItemSourcedId', required: true, format: 'string' },
    { columnId: 'source', required: true, format: 'string' },
    { columnId: 'learningObjectiveId', required: true, format: 'string' },
  ],
  resultLearningObjectiveIds: [
    { columnId: 'sourcedId', required: true, format: 'string' },
    { columnId: 'status', required: false, format: 'string' },
    { columnId: 'dateLastModified', required: false, format: 'datetime' },
    { columnId: 'resultSourcedId', required: true, format: 'string' },
    { columnId: 'source', required: true, format: 'string' },
    { columnId: 'learningObjectiveId', required: true, format: 'string' },
    { columnId: 'score', required: false, format: 'float' },
    { columnId: 'textScore', required: false, format: 'string' },
  ],
};
/** What a link row needs filled in for us (its own sourcedId is not needed). */
const LINK_NEEDS = {
  lineItemLearningObjectiveIds: ['lineItemSourcedId', 'source', 'learningObjectiveId'],
  resultLearningObjectiveIds: ['resultSourcedId', 'source', 'learningObjectiveId'],
} as const;

/** Link files for the set: the valid line item gets an SLO goal (CASE) and a supplier code; one result its own code; plus ugly rows. */
function buildLinks() {
  const item = (id: string, over: Record<string, string>) => ({ sourcedId: id, lineItemSourcedId: 'li-ok', ...over });
  const itemRows = [
    item('lo-case', { source: 'CASE', learningObjectiveId: `urn:uuid:${SLO_UUID.toUpperCase()}` }),
    item('lo-code', { source: 'Unknown', learningObjectiveId: 'TP-REKENEN-BLOK-1' }),
    item('lo-elders', { lineItemSourcedId: 'li-niet-in-deze-set', source: 'Unknown', learningObjectiveId: 'TP-REKENEN-BLOK-1' }),
    item('lo-weg', { status: 'tobedeleted', source: 'Unknown', learningObjectiveId: 'TP-VERHOUDINGEN' }),
    item('lo-case-geen-uuid', { source: 'CASE', learningObjectiveId: 'TP-VERHOUDINGEN' }),
    ...LINK_NEEDS.lineItemLearningObjectiveIds.map((column) =>
      item(`lo-blank-${column}`, { source: 'Unknown', learningObjectiveId: 'TP-VERHOUDINGEN', [column]: '' }),
    ),
  ];
  const result = (id: string, over: Record<string, string>) => ({
    sourcedId: id,
    resultSourcedId: 'r-decimal',
    source: 'ext:Toetsplein',
    learningObjectiveId: 'TP-VERHOUDINGEN',
    score: '3',
    textScore: 'goed, "prima"',
    ...over,
  });
  const resultRows = [
    result('ro-1', {}),
    result('ro-elders', { resultSourcedId: 'r-niet-in-deze-set' }),
    ...LINK_NEEDS.resultLearningObjectiveIds.map((column) => result(`ro-blank-${column}`, { [column]: '' })),
  ];
  return {
    lineItemLinks: csv(LINK_COLUMNS.lineItemLearningObjectiveIds, itemRows),
    resultLinks: csv(LINK_COLUMNS.resultLearningObjectiveIds, resultRows),
    /** Link rows rejected: one per needed column in each file, and the CASE id that is no UUID. */
    rejected: LINK_NEEDS.lineItemLearningObjectiveIds.length + LINK_NEEDS.resultLearningObjectiveIds.length + 1,
  };
}

/**
 * The set read with its link files: the results on li-ok get its goals; r-decimal's own objective
 * carries its own score (3), so that objective's goal gets a result of its own; the rest is counted.
 */
function expectLinkedGoals(read: FileRead, links: ReturnType<typeof buildLinks>) {
  if (!read.ok) throw new Error(read.detail);
  const goals = new Map(read.results.map((result) => [result.recordId, result.goals]));
  expect(goals.get('r-ok')).toEqual([ITEM_GOAL, SLO_GOAL]);
  expect(goals.get('r-decimal')).toEqual([ITEM_GOAL, SLO_GOAL]);
  expect(goals.get('r-decimal|lo:TP-VERHOUDINGEN')).toEqual([RESULT_GOAL]);
  expect(read.results.find((result) => result.recordId === 'r-decimal|lo:TP-VERHOUDINGEN')?.score).toEqual({
    raw: 3,
    min: 0,
    max: 40,
    scaled: 3 / 40,
  });
  expect(goals.get('r-of-li-blank-description')).toEqual([]);
  const linkRejections = read.rejections.filter((rejection) => /^(lineItem|result)LearningObjectiveIds\.csv rij \d+: /.test(rejection.detail));
  expect(linkRejections).toHaveLength(links.rejected);
  for (const [name, columns] of Object.entries(LINK_NEEDS)) {
    for (const column of columns)
      expect(linkRejections.map((rejection) => rejection.detail)).toContainEqual(
        expect.stringMatching(new RegExp(`^${name}\\.csv rij \\d+: kolom ${column} is leeg$`)),
      );
  }
  expect(read.skipped).toMatchObject({
    [unknownReason('lineItemLearningObjectiveIds.csv')]: 1,
    [unknownReason('resultLearningObjectiveIds.csv')]: 1,
    'lineItemLearningObjectiveIds.csv: status tobedeleted': 1,
  });
  expect(JSON.stringify(read.results)).not.toMatch(/prima|vendor/);
}

const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });

function expectEachRowAccountedFor(read: FileRead, set: ReturnType<typeof buildSet>) {
  if (!read.ok) throw new Error(read.detail);
  const imported = new Set(read.results.map((result) => result.recordId));
  set.cases.forEach((entry, index) => {
    const row = index + 2;
    const rejection = read.rejections.find((candidate) => candidate.detail.startsWith(`results.csv rij ${row}:`));
    expect({
      case: entry.name,
      imported: imported.has(entry.row['sourcedId'] ?? '') && entry.row['sourcedId'] !== '',
      rejected: rejection !== undefined,
    }).toEqual({ case: entry.name, imported: entry.imports, rejected: !entry.imports });
    if (rejection) expect(rejection.detail.length, entry.name).toBeGreaterThan(`results.csv rij ${row}: `.length + 5);
  });
  // a record with per-objective scores gives more than one result (recordId `<sourcedId>|lo:<objective>`)
  const records = new Set(read.results.map((result) => result.recordId.split('|lo:')[0]));
  expect(records.size + read.rejections.filter((rejection) => rejection.detail.startsWith('results.csv')).length).toBe(set.cases.length);
  const badLineItems = read.rejections.filter((rejection) => rejection.detail.startsWith('lineItems.csv'));
  expect(badLineItems.map((rejection) => rejection.detail)).toEqual(
    [...LINE_ITEM_NEEDS].map((column) => expect.stringContaining(`kolom ${column} is leeg`)),
  );
  for (const result of read.results) {
    expect(result.pupil).toBe(PUPIL);
    expect(result.score?.max).toBe(40);
    expect(JSON.stringify(result)).not.toMatch(/goed|vendor|eindtoets/i);
  }
}

describe.skipIf(!present)('conformance: OneRoster bulk CSV (OAT column config)', () => {
  const set = present ? buildSet() : null;

  it('the fixture names the columns our readers rely on', () => {
    expect(columnsOf('results.json').map((column) => column.columnId)).toEqual(expect.arrayContaining([...RESULT_NEEDS]));
    expect(columnsOf('lineItems.json').map((column) => column.columnId)).toEqual(expect.arrayContaining([...LINE_ITEM_NEEDS]));
  });

  it('loose results.csv + lineItems.csv (BOM, CRLF, ext_ columns, quoted commas): every row imports or is rejected with a reason', () => {
    if (!set) return;
    const results = file('results.csv', set.results);
    expect(detectReader(results)?.kind).toBe('oneroster-results');
    expect(detectReader(file('lineItems.csv', set.lineItems))?.kind).toBe('oneroster-line-items');
    expectEachRowAccountedFor(readerOfKind('oneroster-results')!.read(results, [file('lineItems.csv', set.lineItems)], ctx), set);
  });

  it('the same set zipped (in a folder, beside other bulk files) reads the same', () => {
    if (!set) return;
    const zip = zipSync({
      'export/manifest.csv': strToU8('propertyName,value\r\nfile.results,bulk\r\n'),
      'export/results.csv': strToU8(set.results),
      'export/lineItems.csv': strToU8(set.lineItems),
    });
    const bytes = { name: 'oneroster-export.zip', bytes: zip };
    expect(detectReader(bytes)?.kind).toBe('oneroster-zip');
    expectEachRowAccountedFor(readerOfKind('oneroster-zip')!.read(bytes, [], ctx), set);
  });

  it('1.2 link files loose beside results.csv and lineItems.csv (BOM, CRLF, ext_ columns): results get their goals through the links', () => {
    if (!set) return;
    const links = buildLinks();
    const companions = [
      file('lineItems.csv', set.lineItems),
      file('lineItemLearningObjectiveIds.csv', links.lineItemLinks),
      file('resultLearningObjectiveIds.csv', links.resultLinks),
    ];
    expect(companions.slice(1).map((companion) => detectReader(companion)?.kind)).toEqual(['oneroster-objective-links', 'oneroster-objective-links']);
    const read = readerOfKind('oneroster-results')!.read(file('results.csv', set.results), companions, ctx);
    expectEachRowAccountedFor(read, set);
    expectLinkedGoals(read, links);
  });

  it('the same set with its link files zipped (in a folder) reads the same', () => {
    if (!set) return;
    const links = buildLinks();
    const zip = zipSync({
      'export/manifest.csv': strToU8('propertyName,value\r\nfile.lineItemLearningObjectiveIds,bulk\r\nfile.resultLearningObjectiveIds,bulk\r\n'),
      'export/results.csv': strToU8(set.results),
      'export/lineItems.csv': strToU8(set.lineItems),
      'export/lineItemLearningObjectiveIds.csv': strToU8(links.lineItemLinks),
      'export/resultLearningObjectiveIds.csv': strToU8(links.resultLinks),
    });
    const read = readerOfKind('oneroster-zip')!.read({ name: 'oneroster-export.zip', bytes: zip }, [], ctx);
    expectEachRowAccountedFor(read, set);
    expectLinkedGoals(read, links);
  });

  it('a link file alone: its kind is detected, bad rows rejected, the rest counted as needing results.csv and lineItems.csv beside it', () => {
    if (!set) return;
    const links = buildLinks();
    const read = readerOfKind('oneroster-objective-links')!.read(file('lineItemLearningObjectiveIds.csv', links.lineItemLinks), [], ctx);
    if (!read.ok) throw new Error(read.detail);
    expect(read.results).toEqual([]);
    expect(read.rejections).toHaveLength(LINK_NEEDS.lineItemLearningObjectiveIds.length + 1);
    expect(read.skipped).toEqual({
      'lineItemLearningObjectiveIds.csv: status tobedeleted': 1,
      [linksAloneReason('lineItemLearningObjectiveIds.csv')]: 3,
    });
  });

  it('lineItems.csv alone: the valid line items are counted, the ones missing what we need are rejected', () => {
    if (!set) return;
    const read = readerOfKind('oneroster-line-items')!.read(file('lineItems.csv', set.lineItems), [], ctx);
    if (!read.ok) throw new Error(read.detail);
    expect(read.results).toEqual([]);
    expect(read.rejections).toHaveLength(LINE_ITEM_NEEDS.size);
    expect(Object.values(read.skipped)).toEqual([set.lineItemRows - LINE_ITEM_NEEDS.size]);
  });
});
