import { loadavg } from 'node:os';
import { z } from 'zod';
import type { Parser } from '@/adapters/shared/guards';
import { parseJsonText } from '@/adapters/shared/json-text';
import { median } from './timing';

/** The bytes a page of JSON would come over the wire as (UTF-8). */
const encoder = new TextEncoder();

/** JSON text of at least this size per run, so the anchor's run takes 100 ms or more here. */
const BYTES_PER_RUN = 8_000_000;

/**
 * Pages of `pageSize` records from a supplier's demo records, as UTF-8 bytes, until the pages hold
 * BYTES_PER_RUN: the records in demo order (with the few broken ones the demo has), repeated with
 * distinct ids once the demo runs out (`distinct(record, round)` gives round 1, 2, ... their own ids).
 */
export function jsonPages<T>(
  records: readonly T[],
  pageSize: number,
  envelope: (page: readonly T[], index: number) => unknown,
  distinct: (record: T, round: number) => T,
): Uint8Array[] {
  const pages: Uint8Array[] = [];
  let bytes = 0;
  for (let index = 0; bytes < BYTES_PER_RUN; index += 1) {
    const page: T[] = [];
    for (let n = index * pageSize; n < (index + 1) * pageSize; n += 1) {
      const record = records[n % records.length] as T;
      const round = Math.floor(n / records.length);
      page.push(round === 0 ? record : distinct(record, round));
    }
    const encoded = encoder.encode(JSON.stringify(envelope(page, index)));
    pages.push(encoded);
    bytes += encoded.length;
  }
  return pages;
}

/** What one page gave: how many results and how many rejections. */
export interface PageCount {
  readonly results: number;
  readonly rejections: number;
  /** Records that give neither (xAPI: statements without a result, voids). */
  readonly skipped?: number;
}

/** A run's time in ms: the process's CPU time (user + system, GC threads included) and the wall time. */
interface Run {
  readonly cpu: number;
  readonly wall: number;
}

function run(work: () => void): Run {
  const start = performance.now();
  const used = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(used);
  return { cpu: (user + system) / 1000, wall: performance.now() - start };
}

/** The anchor: the same bytes decoded and parsed, nothing else. */
function parseOnly(pages: readonly Uint8Array[]): void {
  const decoder = new TextDecoder();
  for (const page of pages) if (JSON.parse(decoder.decode(page)) === null) throw new Error('empty page');
}

/**
 * Reads every page with `read` (the adapter's own per-page work) and with the anchor, in
 * alternating runs, and prints one JSON line: medians of `pairs` runs of each, in CPU time of the
 * process (on this shared 2-core machine wall time also counts the other processes' turns; the
 * wall-time ratio is printed beside it). Fails when zod is
 * not in jitless mode (the app's CSP mode) or when a page's records are not all accounted for.
 */
export function compareWithJsonParse(
  figure: string,
  pages: readonly Uint8Array[],
  recordsPerPage: number,
  read: (page: Uint8Array) => PageCount,
  pairs = 11,
): void {
  if (z.config().jitless !== true) throw new Error('zod is not jitless: the bench must run as the app does under its CSP');
  let results = 0;
  let rejections = 0;
  let skipped = 0;
  for (const page of pages) {
    const count = read(page);
    results += count.results;
    rejections += count.rejections;
    skipped += count.skipped ?? 0;
  }
  if (results + rejections + skipped < pages.length * recordsPerPage * 0.99)
    throw new Error(`${figure}: only ${results + rejections + skipped} records read`);
  // A run reads every page `rounds` times, so the anchor's run takes 100 ms or more here.
  const once = run(() => parseOnly(pages)).cpu;
  const rounds = Math.max(1, Math.ceil(100 / Math.max(once, 1)));
  const ours: Run[] = [];
  const anchor: Run[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    anchor.push(
      run(() => {
        for (let round = 0; round < rounds; round += 1) parseOnly(pages);
      }),
    );
    ours.push(
      run(() => {
        for (let round = 0; round < rounds; round += 1) for (const page of pages) read(page);
      }),
    );
  }
  const cpu = (runs: readonly Run[]) => median(runs.map((one) => one.cpu));
  const wall = (runs: readonly Run[]) => median(runs.map((one) => one.wall));
  const megabytes = pages.reduce((sum, page) => sum + page.length, 0) / 1e6;
  console.log(
    JSON.stringify({
      figure: `${figure} (${pages.length} pages of ${recordsPerPage}: ${results} results, ${rejections} rejections, ${skipped} skipped)`,
      ours_ms: Math.round(cpu(ours)),
      anchor: `TextDecoder + JSON.parse of the same ${megabytes.toFixed(1)} MB${rounds > 1 ? ` (each run reads it ${rounds} times)` : ''}`,
      anchor_ms: Math.round(cpu(anchor)),
      ratio: Number((cpu(ours) / cpu(anchor)).toFixed(2)),
      wall_ratio: Number((wall(ours) / wall(anchor)).toFixed(2)),
      load: loadavg().map((value) => Number(value.toFixed(2))),
    }),
  );
}

/** A supplier format's reader: its pages as bytes, and what its adapter does with one page. */
export interface JsonFormat {
  readonly name: string;
  readonly figure: string;
  readonly pageSize: number;
  readonly pages: () => Uint8Array[];
  readonly read: (page: Uint8Array) => PageCount;
}

const decoder = new TextDecoder();

/** What fetchJsonWithHeaders does with a 2xx response's bytes: decode, parse, check the envelope (with the schema the client passes it). */
export function envelopeOf<T>(bytes: Uint8Array, schema: Parser<T>): T {
  const json = parseJsonText(decoder.decode(bytes));
  if (!json.ok) throw new Error(`geen geldige JSON: ${json.place}`);
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) throw new Error(`onverwacht antwoord: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export const counted = ({ results, rejections }: { results: readonly unknown[]; rejections: readonly unknown[] }): PageCount => ({
  results: results.length,
  rejections: rejections.length,
});
