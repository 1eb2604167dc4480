import { fromPromise } from 'xstate';
import { CsvColumns, guessCsvColumns } from '@/adapters/csv/csv.columns';
import { csvRows } from '@/adapters/csv/csv.reader';
import { headOf, type ExportFile, type FileReader } from '@/adapters/files/export-file';
import { createFileAdapter } from '@/adapters/files/file-adapter';
import { detectReader } from '@/adapters/files/readers';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { SourceAdapter, SourceConfig } from '@/adapters/port';
import { sourceId, type GoalId, type SourceId } from '@/domain/ids';
import type { CodeMapping, Source, SourceKind } from '@/domain/source';
import { getCredentials, setCredentials } from '@/store/credentials.memory';
import { rememberCredentials, rememberedSources } from '@/store/credentials.sealed';
import type { LeerzichtDb } from '@/store/db';
import { getSource, listSources, removeSource, saveSource } from '@/store/sources.repo';
import type { ColumnChoice, ConnectorDraft, ConnectorInput, FileInspection, Preview } from './connector-wizard.machine';
import { syncSource, type SyncSummary } from './sync-source';

export interface ConnectorDeps {
  readonly db: LeerzichtDb;
  readonly adapterFor: (kind: SourceKind) => SourceAdapter | null;
  readonly defaultMappingFor: (kind: SourceKind) => CodeMapping;
  readonly now: () => Date;
  /** SLO UUIDs named in a file's records -> our goals. */
  readonly resolveSloIds?: (uuids: readonly string[]) => readonly GoalId[];
  /** The vault key while unlocked, to re-seal credentials the coordinator chose to remember. */
  readonly vaultKey?: () => CryptoKey | null;
}

/** A file problem the wizard explains: no reader knows it, or it is another kind of export than chosen. */
export class FileCheckError extends Error {
  constructor(
    readonly code: 'file-unreadable' | 'file-wrong-kind' | 'file-none',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** Where a file source's endpoint says it came from: the file name, never the content. */
export const FILE_ENDPOINT_PREFIX = 'bestand:';
export const isFileSource = (source: Pick<Source, 'endpoint'>) => source.endpoint.startsWith(FILE_ENDPOINT_PREFIX);

const COLUMNS_PREFIX = 'csv-columns.';

/** The CSV column mapping saved for a source (supplier), validated; null when none or invalid. */
export async function savedColumns(db: LeerzichtDb, source: SourceId): Promise<ColumnChoice | null> {
  const parsed = CsvColumns.safeParse((await db.settings.get(`${COLUMNS_PREFIX}${source}`))?.value);
  return parsed.success ? parsed.data : null;
}

export const forgetColumns = (db: LeerzichtDb, source: SourceId) => db.settings.delete(`${COLUMNS_PREFIX}${source}`);

/** A mapping saved for any source whose columns this header has: the next file from that supplier needs no mapping. */
async function knownColumns(db: LeerzichtDb, headers: readonly string[]): Promise<ColumnChoice | null> {
  const rows = await db.settings.where('key').startsWith(COLUMNS_PREFIX).toArray();
  for (const row of rows) {
    const parsed = CsvColumns.safeParse(row.value);
    if (parsed.success && Object.values(parsed.data).every((header) => header === undefined || headers.includes(header))) return parsed.data;
  }
  return null;
}

/** The file a reader of this kind reads first (others go along as companions), or an error that says what is wrong. */
export function chooseFiles(kind: SourceKind | null, files: readonly ExportFile[]): { reader: FileReader; files: ExportFile[] } {
  if (files.length === 0) throw new FileCheckError('file-none', '');
  const detected = files.map((file) => ({ file, reader: detectReader(file) }));
  const matching = detected.filter((item): item is { file: ExportFile; reader: FileReader } => item.reader?.sourceKind === kind);
  const main = matching.find((item) => item.reader.kind !== 'oneroster-line-items') ?? matching[0];
  if (!main) {
    const other = detected.find((item) => item.reader);
    if (other?.reader) throw new FileCheckError('file-wrong-kind', other.reader.sourceKind);
    throw new FileCheckError('file-unreadable', files.map((file) => file.name).join(', '));
  }
  return { reader: main.reader, files: [main.file, ...files.filter((file) => file !== main.file)] };
}

const optionsOf = (columns: ColumnChoice | null | undefined) => (columns ? { columns } : undefined);

function configOf(deps: ConnectorDeps, draft: ConnectorDraft, mapping: CodeMapping = {}): SourceConfig {
  if (!draft.kind) throw new AdapterError('config', 'onbekende soort bron');
  return { source: sourceId('concept'), endpoint: draft.endpoint.trim(), credentials: draft.credentials, mapping: { ...deps.defaultMappingFor(draft.kind), ...mapping } };
}

function endpointAdapter(deps: ConnectorDeps, draft: ConnectorDraft): SourceAdapter {
  const adapter = draft.kind ? deps.adapterFor(draft.kind) : null;
  if (!adapter) throw new AdapterError('config', 'onbekende soort bron');
  return adapter;
}

const fileAdapterOf = (deps: ConnectorDeps, kind: SourceKind | null, files: readonly ExportFile[]) => {
  const chosen = chooseFiles(kind, files);
  return { ...chosen, adapter: createFileAdapter(chosen.reader, chosen.files, { now: deps.now, ...(deps.resolveSloIds ? { resolveSloIds: deps.resolveSloIds } : {}) }) };
};

/** Imports export files into a file source through the same store path as a sync (consent filter, rejections, idempotent ids). */
export async function importFiles(deps: ConnectorDeps, source: Source, files: readonly ExportFile[], signal: AbortSignal, columns?: ColumnChoice | null): Promise<SyncSummary> {
  const { adapter } = fileAdapterOf(deps, source.kind, files);
  const options = optionsOf(columns === undefined ? await savedColumns(deps.db, source.id) : columns);
  return syncSource({ db: deps.db, adapter, source, credentials: { type: 'none' }, signal, now: deps.now, ...(options ? { options } : {}) });
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'bron';

async function freeId(db: LeerzichtDb, input: ConnectorInput): Promise<SourceId> {
  const taken = new Set((await listSources(db)).map((source) => source.id as string));
  let id = slug(input.name || (input.kind ?? 'bron'));
  for (let n = 2; taken.has(id); n += 1) id = `${slug(input.name || (input.kind ?? 'bron'))}-${n}`;
  return sourceId(id);
}

/** Updates an existing connector in place (same id: stored results stay, with their goals until the next sync). */
async function updateConnector(deps: ConnectorDeps, id: SourceId, input: ConnectorInput): Promise<string> {
  const existing = await getSource(deps.db, id);
  if (!existing) throw new AdapterError('config', 'bron bestaat niet meer');
  const endpoint = isFileSource(existing) ? existing.endpoint : input.endpoint.trim();
  await saveSource(deps.db, { ...existing, name: input.name.trim() || existing.name, endpoint, mapping: input.mapping });
  const before = getCredentials(id);
  if (!isFileSource(existing) && input.credentials.type !== 'none' && JSON.stringify(before) !== JSON.stringify(input.credentials)) {
    setCredentials(id, input.credentials);
    const key = deps.vaultKey?.() ?? null;
    if (key && (await rememberedSources(deps.db)).includes(id)) await rememberCredentials(deps.db, id, key);
  }
  return id;
}

/** The wizard's real I/O: a real request (or the files) to test, the real first page to preview, the store to save. */
export function connectorActors(deps: ConnectorDeps) {
  return {
    testConnection: fromPromise<string, ConnectorDraft>(async ({ input, signal }) => {
      const adapter = endpointAdapter(deps, input);
      const config = configOf(deps, input);
      const check = await adapter.testConnection(config, signal);
      if (!check.ok) throw check.error;
      return check.detail;
    }),
    inspectFiles: fromPromise<FileInspection, { kind: SourceKind | null; files: readonly ExportFile[] }>(async ({ input }) => {
      const { reader, files } = chooseFiles(input.kind, input.files);
      const main = files[0] as ExportFile;
      if (reader.kind !== 'csv-columns') return { reader: reader.kind, main: main.name, headers: null, columns: null };
      const headers = csvRows(headOf(main, 65_536)).headers;
      return { reader: reader.kind, main: main.name, headers, columns: (await knownColumns(deps.db, headers)) ?? guessCsvColumns(headers).columns };
    }),
    previewFirstPage: fromPromise<Preview, ConnectorInput>(async ({ input, signal }) => {
      const file = input.origin === 'file' && !input.editing;
      const config = configOf(deps, input, input.mapping);
      const adapter = file ? fileAdapterOf(deps, input.kind, input.files ?? []).adapter : endpointAdapter(deps, input);
      const options = optionsOf(input.columns);
      const page = await adapter.pullPage({ config: { ...config, ...(options ? { options } : {}) }, cursor: null, fetchedSoFar: 0, signal });
      const counts = new Map<string, number>();
      for (const result of page.results) if (result.goals.length === 0) counts.set(result.code, (counts.get(result.code) ?? 0) + 1);
      return { results: page.results.slice(0, 50), rejections: page.rejections, unmapped: [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count) };
    }),
    saveConnector: fromPromise<string, ConnectorInput>(async ({ input, signal }) => {
      if (input.editing) return updateConnector(deps, sourceId(input.editing), input);
      const file = input.origin === 'file';
      const config = configOf(deps, input, input.mapping);
      const id = await freeId(deps.db, input);
      const chosen = file ? chooseFiles(input.kind, input.files ?? []) : null;
      const endpoint = chosen ? `${FILE_ENDPOINT_PREFIX}${(chosen.files[0] as ExportFile).name}` : config.endpoint;
      const source: Source = { id, kind: input.kind as SourceKind, name: input.name.trim() || id, endpoint, paused: false, mapping: config.mapping, createdAt: deps.now().toISOString() };
      await saveSource(deps.db, source);
      if (!chosen) {
        setCredentials(id, input.credentials);
        return id;
      }
      if (input.columns) await deps.db.settings.put({ key: `${COLUMNS_PREFIX}${id}`, value: input.columns });
      try {
        await importFiles(deps, source, input.files ?? [], signal, input.columns ?? null);
      } catch (error) {
        await removeSource(deps.db, id, { keepData: false });
        await forgetColumns(deps.db, id);
        throw error;
      }
      return id;
    }),
  };
}
