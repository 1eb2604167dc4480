import { pupilRef, resultIdOf } from '@/domain/ids';
import { scaleScore, type Rejection, type RejectionCode, type Result } from '@/domain/model';
import { headOf, textOf, unreadable, type ExportFile, type FileRead, type FileReadContext, type FileReader } from '../files/export-file';
import { goalsFor, inFuture, looksLikePseudonym, placed, rejectionOf, type Detail } from '../shared/map-helpers';
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

/**
 * A 64-bit hash (two FNV-1a variants) of the parts joined by U+001F, for stable record ids without
 * personal data in them; computed without building the joined text (once per row of a file).
 */
function hashParts(parts: readonly string[]): string {
  let a = 2166136261;
  let b = 0x811c9dc5 ^ 0x5bd1e995;
  for (let p = 0; p < parts.length; p += 1) {
    if (p > 0) {
      a = Math.imul(a ^ 0x1f, 16777619);
      b = Math.imul(b ^ 0x1f, 0x01000193) ^ (b >>> 13);
    }
    const text = parts[p] as string;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
    }
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
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

/**
 * The id of a row's result: a hash of pupil, time and code (so an overlapping export updates), and
 * for the second and later row with the same three in one file its occurrence number, so two
 * attempts on one day stay two results (and a re-import of the same file gives the same ids).
 */
function recordIdOf(pupil: string, time: string, code: string, seen: Map<string, number>): string {
  const base = `csv-${hashParts([pupil, time, code])}`;
  const occurrence = (seen.get(base) ?? 0) + 1;
  seen.set(base, occurrence);
  return occurrence === 1 ? base : `${base}-${occurrence}`;
}

function rowToResult(
  row: Row,
  index: Index,
  headers: readonly string[],
  ctx: FileReadContext,
  seen: Map<string, number>,
): { result: Result } | { rejection: Rejection } {
  const cell = (field: CsvField) => {
    const at = index[field];
    return at === undefined ? '' : (row.cells[at] ?? '').trim();
  };
  const fail = (code: RejectionCode, field: CsvField | null, reason: Detail) => {
    const where = field ? ` kolom "${headers[index[field] ?? -1] ?? FIELD_NAMES[field]}" (${FIELD_NAMES[field]})` : '';
    return {
      rejection: rejectionOf(
        ctx.source,
        `csv-${hashParts(row.cells)}`,
        code,
        placed(`regel ${row.line}:${where}`, reason),
        ctx.now,
        `regel ${row.line}`,
      ),
    };
  };
  const pupil = cell('pupil');
  if (pupil === '') return fail('missing-pupil', 'pupil', 'leeg');
  if (!looksLikePseudonym(pupil)) return fail('not-a-pseudonym', 'pupil', 'geen pseudoniem (bijvoorbeeld een naam of e-mailadres)');
  const time = parseTime(cell('time'));
  if (time === null) return fail('invalid-time', 'time', 'geen datum als 2026-03-01, 2026-03-01T10:15:00Z of 01-03-2026 10:15');
  const future = inFuture(headers[index.time ?? -1] ?? FIELD_NAMES.time, time, ctx.now);
  if (future) return fail('invalid-time', 'time', future);
  const code = cell('code');
  if (code === '') return fail('invalid-record', 'code', 'leeg');
  const raw = parseNumber(cell('score'));
  if (raw === null) return fail('invalid-score', 'score', 'geen getal');
  const max = parseNumber(cell('max'));
  if (max === null) return fail('invalid-score', 'max', 'geen getal');
  const min = index.min === undefined || cell('min') === '' ? 0 : parseNumber(cell('min'));
  if (min === null) return fail('invalid-score', 'min', 'geen getal');
  if (raw < min || raw > max) return fail('invalid-score', 'score', `valt buiten ${min}–${max}`);
  const score = scaleScore(raw, min, max);
  if (score === null) return fail('invalid-score', 'max', 'maximum niet groter dan minimum');
  const success = parseSuccess(cell('success'));
  if (success === undefined) return fail('invalid-record', 'success', 'geen ja/nee');
  const duration = parseDuration(cell('duration'));
  if (duration === undefined) return fail('invalid-record', 'duration', 'geen duur in seconden of mm:ss');
  const recordId = recordIdOf(pupil, time, code, seen);
  return {
    result: {
      id: resultIdOf(ctx.source, recordId),
      source: ctx.source,
      recordId,
      pupil: pupilRef(pupil),
      code: code.slice(0, 200),
      goals: goalsFor(ctx.mapping, code.slice(0, 200)),
      level: cell('level').slice(0, 100) || null,
      workForm: parseWorkForm(cell('workForm')),
      time,
      score,
      success,
      completion: true,
      durationSeconds: duration,
      attempt: null,
      normBand: null,
    },
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
  const seen = new Map<string, number>();
  return { map: (row) => rowToResult(row, columns.index, headers, ctx, seen) };
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
