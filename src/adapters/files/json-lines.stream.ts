/**
 * xAPI statements and Caliper events as JSON Lines, read line by line (decision 023): each line is
 * read as `readJsonLines` reads it (a broken line is one rejection with its number, the rest is
 * kept) and mapped in batches by the same mappers as the whole-file readers. Across batches the
 * file keeps the whole-file rules: an xAPI void withdraws a statement wherever it stands, and a
 * Caliper event id counts once (the first).
 */
import { eventsOfValue } from '../caliper/caliper.reader';
import { mapCaliperEvents } from '../caliper/caliper.mapper';
import { jsonLine, type BrokenLine } from '../shared/json-text';
import { fingerprint } from '../shared/map-helpers';
import { statementsOf } from '../xapi/xapi.file';
import { mapStatements } from '../xapi/xapi.page';
import type { FileReadContext } from './export-file';
import { BatchBuilder, BATCH_RECORDS, type FileBatch } from './file-batch';
import { brokenLineRejection } from './json-readers';
import type { TextPiece } from './text-stream';

export type JsonLinesKind = 'xapi' | 'caliper';

/**
 * Whether a text begins as JSON Lines: its first non-blank line is JSON on its own and another
 * non-blank line follows (a JSON document spread over lines fails the first, one value alone the second).
 */
export function looksLikeJsonLines(head: string): boolean {
  const lines = head
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines[0]?.replace(/^\uFEFF/, '');
  return first !== undefined && lines.length >= 2 && 'value' in jsonLine(first, 1);
}

interface Pending {
  line: number;
  value: unknown;
}

function mapper(kind: JsonLinesKind, ctx: FileReadContext) {
  const voided = new Set<string>();
  const seen = new Set<string>();
  const context = { source: ctx.source, mapping: ctx.mapping, now: ctx.now, resolveSloIds: ctx.resolveSloIds };
  return (values: readonly Pending[], broken: BrokenLine[]) => {
    if (kind === 'xapi') {
      const mapped = mapStatements(
        values.flatMap(({ value }) => statementsOf(value) ?? [value]),
        context,
      );
      for (const id of mapped.voids) voided.add(id);
      return { ...mapped, results: mapped.results.filter((result) => !voided.has(result.id)), broken };
    }
    const events: unknown[] = [];
    for (const { line, value } of values) {
      const content = eventsOfValue(value, `regel ${line}`);
      if ('unreadable' in content) broken.push({ line, key: `regel-${fingerprint(value)}`, detail: content.unreadable });
      else events.push(...content.events);
    }
    const mapped = mapCaliperEvents(events, context);
    const results = mapped.results.filter((result) => !seen.has(result.id));
    for (const result of results) seen.add(result.id);
    return { ...mapped, results, voids: [], broken };
  };
}

export async function* jsonLinesBatches(
  pieces: AsyncIterable<TextPiece>,
  kind: JsonLinesKind,
  ctx: FileReadContext,
  size = BATCH_RECORDS,
): AsyncGenerator<FileBatch> {
  const mapBatch = mapper(kind, ctx);
  const batch = new BatchBuilder(size);
  let values: Pending[] = [];
  let broken: BrokenLine[] = [];
  let partial = '';
  let number = 0;
  let bytesRead = 0;
  const flush = () => {
    const mapped = mapBatch(values, broken);
    batch.addAll({ ...mapped, rejections: [...mapped.broken.map((line) => brokenLineRejection(line, ctx)), ...mapped.rejections] });
    values = [];
    broken = [];
    return batch.take(number, bytesRead);
  };
  const take = (raw: string) => {
    number += 1;
    const line = (number === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (line === '') return;
    const read = jsonLine(line, number);
    if ('value' in read) values.push({ line: number, value: read.value });
    else broken.push(read.broken);
  };
  for await (const piece of pieces) {
    bytesRead = piece.bytesRead;
    const lines = (partial + piece.text).split('\n');
    partial = lines.pop() ?? '';
    for (const raw of lines) {
      take(raw);
      if (values.length + broken.length >= size) yield flush();
    }
  }
  if (partial !== '') take(partial);
  yield flush();
}
