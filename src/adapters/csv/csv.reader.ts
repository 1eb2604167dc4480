import { pupilRef, resultIdOf } from '@/domain/ids';
import { scaleScore, type Rejection, type RejectionCode, type Result } from '@/domain/model';
import { headOf, textOf, unreadable, type ExportFile, type FileRead, type FileReadContext, type FileReader } from '../files/export-file';
import { goalsFor, inFuture, looksLikePseudonym, placed, rejectionOf, type Detail } from '../shared/map-helpers';
import { hashedKey, pupilHashOf, recordIdOf, type PupilHash } from './csv.ids';
import { csvLines, type CsvLine } from './csv.lines';
import { CsvOptions, guessCsvColumns, REQUIRED_CSV_FIELDS, type CsvColumns, type CsvField } from './csv.columns';
import { parseDuration, parseNumber, parseSuccess, parseTime, parseWorkForm } from './csv.values';

/** Excel's first line naming the delimiter ("sep=;"), as exports made for Excel have. */
const EXCEL_SEP = /^sep=([^\r\n])(?:\r\n?|\n)/i;

/**
 * Header row and data rows of a delimited text (`;`, `,`, tab or `|`, detected, or named by "sep="),
 * BOM allowed, any mix of CRLF, LF and CR; each row with the line of the file it starts on.
 */
export function csvRows(text: string): { headers: string[]; rows: CsvLine[] } {
  const body = text.replace(/^\uFEFF/, '');
  const sep = EXCEL_SEP.exec(body);
  const [first, ...rows] = csvLines(sep ? body.slice(sep[0].length) : body, sep?.[1] ?? '', sep ? 2 : 1);
  return {
    headers: (first?.cells ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim()),
    rows,
  };
}

type Row = CsvLine;
type Index = Partial<Record<CsvField, number>>;
const FIELD_NAMES: Readonly<Record<CsvField, string>> = {
  pupil: 'leerling',
  time: 'datum',
  code: 'code',
  score: 'score',
  max: 'max',
  min: 'min',
  success: 'geslaagd',
  duration: 'duur',
  level: 'niveau',
  workForm: 'werkvorm',
};

/** A cell without the whitespace around it; most cells have none, and are then returned without a call to trim. */
function trimmed(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  const first = text.charCodeAt(0);
  const end = text.charCodeAt(last);
  // Every character trim removes is below 0x21 or above 0x7e.
  return first > 0x20 && first < 0x7f && end > 0x20 && end < 0x7f ? text : text.trim();
}

/** The trimmed cell at a column's position; '' for a column the file does not have (-1) or a short row. */
const cellAt = (cells: readonly string[], position: number): string => (position < 0 ? '' : trimmed(cells[position] ?? ''));

/**
 * One file's row mapper: each row to a result or to a rejection with its reason. The columns'
 * positions are looked up once per file, and a time's check against the moment of import once
 * per distinct time (rows repeat their times; parseTime hands out one string per distinct time).
 */
function rowMapperOf(index: Index, headers: readonly string[], ctx: FileReadContext) {
  const seen = new Map<string, number>();
  // Each distinct pupil value judged and hashed once (null: not a pseudonym); bounded like the other caches.
  const pupils = new Map<string, PupilHash | null>();
  const pupilOf = (pupil: string): PupilHash | null => {
    const known = pupils.get(pupil);
    if (known !== undefined) return known;
    if (pupils.size >= 10_000) pupils.clear();
    const hash = looksLikePseudonym(pupil) ? pupilHashOf(pupil) : null;
    pupils.set(pupil, hash);
    return hash;
  };
  const future = new Map<string, Detail | null>();
  const timeHeader = headers[index.time ?? -1] ?? FIELD_NAMES.time;
  const at = (field: CsvField) => index[field] ?? -1;
  const [pupilAt, timeAt, codeAt, scoreAt, maxAt, minAt] = [at('pupil'), at('time'), at('code'), at('score'), at('max'), at('min')];
  const [successAt, durationAt, levelAt, workFormAt] = [at('success'), at('duration'), at('level'), at('workForm')];
  const futureOf = (time: string): Detail | null => {
    const known = future.get(time);
    if (known !== undefined) return known;
    if (future.size >= 20_000) future.clear();
    const verdict = inFuture(timeHeader, time, ctx.now);
    future.set(time, verdict);
    return verdict;
  };
  const fail = (row: Row, code: RejectionCode, field: CsvField, reason: Detail) => {
    const where = ` kolom "${headers[index[field] ?? -1] ?? FIELD_NAMES[field]}" (${FIELD_NAMES[field]})`;
    const detail = placed(`regel ${row.line}:${where}`, reason);
    return { rejection: rejectionOf(ctx.source, hashedKey(row.cells), code, detail, ctx.now, `regel ${row.line}`) };
  };
  return (row: Row): { result: Result } | { rejection: Rejection } => {
    const cells = row.cells;
    const pupil = cellAt(cells, pupilAt);
    if (pupil === '') return fail(row, 'missing-pupil', 'pupil', 'leeg');
    const pupilHash = pupilOf(pupil);
    if (pupilHash === null) return fail(row, 'not-a-pseudonym', 'pupil', 'geen pseudoniem (bijvoorbeeld een naam of e-mailadres)');
    const time = parseTime(cellAt(cells, timeAt));
    if (time === null) return fail(row, 'invalid-time', 'time', 'geen datum als 2026-03-01, 2026-03-01T10:15:00Z of 01-03-2026 10:15');
    const late = futureOf(time);
    if (late) return fail(row, 'invalid-time', 'time', late);
    const code = cellAt(cells, codeAt);
    if (code === '') return fail(row, 'invalid-record', 'code', 'leeg');
    const raw = parseNumber(cellAt(cells, scoreAt));
    if (raw === null) return fail(row, 'invalid-score', 'score', 'geen getal');
    const max = parseNumber(cellAt(cells, maxAt));
    if (max === null) return fail(row, 'invalid-score', 'max', 'geen getal');
    const min = minAt < 0 || cellAt(cells, minAt) === '' ? 0 : parseNumber(cellAt(cells, minAt));
    if (min === null) return fail(row, 'invalid-score', 'min', 'geen getal');
    if (raw < min || raw > max) return fail(row, 'invalid-score', 'score', `valt buiten ${min}–${max}`);
    const score = scaleScore(raw, min, max);
    if (score === null) return fail(row, 'invalid-score', 'max', 'maximum niet groter dan minimum');
    const success = parseSuccess(cellAt(cells, successAt));
    if (success === undefined) return fail(row, 'invalid-record', 'success', 'geen ja/nee');
    const duration = parseDuration(cellAt(cells, durationAt));
    if (duration === undefined) return fail(row, 'invalid-record', 'duration', 'geen duur in seconden of mm:ss');
    const recordId = recordIdOf(pupilHash, time, code, seen);
    const shortCode = code.slice(0, 200);
    return {
      result: {
        id: resultIdOf(ctx.source, recordId),
        source: ctx.source,
        recordId,
        pupil: pupilRef(pupil),
        code: shortCode,
        goals: goalsFor(ctx.mapping, shortCode),
        level: cellAt(cells, levelAt).slice(0, 100) || null,
        workForm: parseWorkForm(cellAt(cells, workFormAt)),
        time,
        score,
        success,
        completion: true,
        durationSeconds: duration,
        attempt: null,
        normBand: null,
      },
    };
  };
}

/** Which columns to use: the mapping given (checked against the header), else the guess; or why neither works. */
export function columnsFor(headers: readonly string[], options: FileReadContext['options']): { index: Index } | { missing: string } {
  const parsed = CsvOptions.safeParse(options ?? {});
  const given: Partial<CsvColumns> | undefined = parsed.success ? parsed.data.columns : undefined;
  const columns: Partial<Record<CsvField, string>> = given ?? guessCsvColumns(headers).columns;
  const index: Index = {};
  const missing: string[] = [];
  for (const [field, header] of Object.entries(columns) as [CsvField, string | undefined][]) {
    if (header === undefined) continue;
    const at = headers.indexOf(header);
    if (at >= 0) index[field] = at;
    else missing.push(`${FIELD_NAMES[field]} ("${header.slice(0, 60)}")`);
  }
  for (const field of REQUIRED_CSV_FIELDS) if (index[field] === undefined && columns[field] === undefined) missing.push(FIELD_NAMES[field]);
  return missing.length > 0 ? { missing: missing.join(', ') } : { index };
}

/**
 * The mapper for one CSV's rows (its header known): each row to a result or a rejection, or why
 * the file cannot be read at all. One mapper per file: it numbers repeated rows (see recordIdOf).
 */
export function csvRowMapper(
  headers: readonly string[],
  ctx: FileReadContext,
): { readonly map: (row: CsvLine) => { result: Result } | { rejection: Rejection } } | { readonly unreadable: string } {
  if (headers.length < 2) return { unreadable: 'geen kopregel met kolomnamen gevonden' };
  const columns = columnsFor(headers, ctx.options);
  if ('missing' in columns) return { unreadable: `kolommen ontbreken of zijn niet herkend: ${columns.missing}; kies ze bij de kolomindeling` };
  return { map: rowMapperOf(columns.index, headers, ctx) };
}

function readCsv(file: ExportFile, ctx: FileReadContext): FileRead {
  const { headers, rows } = csvRows(textOf(file));
  const mapper = csvRowMapper(headers, ctx);
  if ('unreadable' in mapper) return unreadable(mapper.unreadable);
  const results: Result[] = [];
  const rejections: Rejection[] = [];
  rows.forEach((row) => {
    const mapped = mapper.map(row);
    if ('result' in mapped) results.push(mapped.result);
    else rejections.push(mapped.rejection);
  });
  return { ok: true, results, rejections, skipped: {}, voids: [] };
}

const DELIMITED_HEADER = /^[^\r\n]*[;,\t|][^\r\n]*/;

/**
 * A supplier's own CSV export, read through a column mapping (ctx.options.columns) or a guess from
 * its header names. Asked last: it accepts any delimited text with a header row.
 */
export const csvColumnsReader: FileReader = {
  kind: 'csv-columns',
  sourceKind: 'csv',
  detect: (file) => {
    try {
      const head = headOf(file);
      return !/^[[{<]/.test(head) && DELIMITED_HEADER.test(head) && !head.includes('\u0000');
    } catch {
      return false;
    }
  },
  read(file, _companions, ctx) {
    try {
      return readCsv(file, ctx);
    } catch (error) {
      return unreadable(`bestand onleesbaar als CSV (${error instanceof Error ? error.name : 'fout'})`);
    }
  },
};
