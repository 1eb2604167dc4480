/**
 * A file read in batches (decision 023): what each batch holds, how far the file has been read,
 * and the error a streamed file that cannot be read at all throws before its first batch.
 */
import type { Rejection, Result } from '@/domain/model';

export interface FileBatch {
  readonly results: readonly Result[];
  readonly rejections: readonly Rejection[];
  /** Records skipped on purpose in this batch, by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /** Ids of earlier results this batch withdraws (xAPI voids). */
  readonly voids: readonly string[];
  /** The file's line the last record read starts on (null for formats without lines, e.g. XML). */
  readonly line: number | null;
  /** Bytes of the main file read so far. */
  readonly bytesRead: number;
}

/** A file that cannot be read at all: thrown before the first batch, so nothing of it is stored. */
export class FileUnreadable extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'FileUnreadable';
  }
}

/** Records per batch: one batch is one store transaction (a few tens of ms), and one message from the worker. */
export const BATCH_RECORDS = 2_000;

/** Collects records into batches of `size`. */
export class BatchBuilder {
  private results: Result[] = [];
  private rejections: Rejection[] = [];
  private skipped: Record<string, number> = {};
  private voids: string[] = [];

  constructor(private readonly size = BATCH_RECORDS) {}

  get count(): number {
    return this.results.length + this.rejections.length;
  }
  get full(): boolean {
    return this.count >= this.size;
  }
  add(mapped: { result: Result } | { rejection: Rejection }): void {
    if ('result' in mapped) this.results.push(mapped.result);
    else this.rejections.push(mapped.rejection);
  }
  addAll(part: {
    results?: readonly Result[];
    rejections?: readonly Rejection[];
    skipped?: Readonly<Record<string, number>>;
    voids?: readonly string[];
  }) {
    for (const result of part.results ?? []) this.results.push(result);
    for (const rejection of part.rejections ?? []) this.rejections.push(rejection);
    for (const [reason, count] of Object.entries(part.skipped ?? {})) this.skipped[reason] = (this.skipped[reason] ?? 0) + count;
    for (const id of part.voids ?? []) this.voids.push(id);
  }
  /** The batch so far (empty ones too: they carry progress), and a fresh start. */
  take(line: number | null, bytesRead: number): FileBatch {
    const batch = { results: this.results, rejections: this.rejections, skipped: this.skipped, voids: this.voids, line, bytesRead };
    this.results = [];
    this.rejections = [];
    this.skipped = {};
    this.voids = [];
    return batch;
  }
}
