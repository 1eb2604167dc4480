import type { GoalId } from '@/domain/ids';
import { AdapterError } from '../http/adapter-error';
import type { ConnectionCheck, Page, PullRequest, SourceAdapter } from '../port';
import type { ExportFile, FileReader } from './export-file';

export interface FileAdapterDeps {
  readonly resolveSloIds?: (uuids: readonly string[]) => readonly GoalId[];
  readonly now?: () => Date;
}

/**
 * Files handed over by the ICT coordinator, read through the same port as a live source, so a
 * file import goes through the same store (consent filter, rejections kept, idempotent by id).
 * The whole file is one page; the files themselves are never stored (only what they map to).
 */
export function createFileAdapter(reader: FileReader, files: readonly ExportFile[], deps: FileAdapterDeps = {}): SourceAdapter {
  const now = deps.now ?? (() => new Date());
  const resolveSloIds = deps.resolveSloIds ?? (() => []);
  const [main, ...companions] = files;

  async function testConnection(): Promise<ConnectionCheck> {
    if (!main) return { ok: false, error: new AdapterError('config', 'geen bestand gekozen') };
    return reader.detect(main)
      ? { ok: true, detail: { code: 'file', params: { name: main.name } } }
      : { ok: false, error: new AdapterError('invalid-payload', `${main.name}: geen ${reader.kind}-bestand`) };
  }

  async function pullPage({ config, fetchedSoFar, signal }: PullRequest): Promise<Page> {
    if (signal.aborted) throw new AdapterError('aborted', 'afgebroken');
    if (!main) throw new AdapterError('config', 'geen bestand gekozen');
    const read = reader.read(main, companions, {
      source: config.source,
      mapping: config.mapping,
      now: now().toISOString(),
      resolveSloIds,
      ...(config.options ? { options: config.options } : {}),
    });
    if (!read.ok) throw new AdapterError('invalid-payload', `${main.name}: ${read.detail}`, null, main.name);
    const skipped = Object.values(read.skipped).reduce((sum, count) => sum + count, 0);
    const fetched = fetchedSoFar + read.results.length + read.rejections.length + skipped;
    return {
      results: read.results,
      rejections: read.rejections,
      skipped: read.skipped,
      voids: read.voids,
      nextCursor: null,
      progress: { fetched, total: fetched },
    };
  }

  return { kind: reader.sourceKind, testConnection, pullPage };
}
