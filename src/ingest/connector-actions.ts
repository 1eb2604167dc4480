import { fromPromise } from 'xstate';
import { guessCsvColumns } from '@/adapters/csv/csv.columns';
import { csvRows } from '@/adapters/csv/csv.reader';
import { headOf, type ExportFile } from '@/adapters/files/export-file';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { Credentials, Reached, SourceAdapter, SourceConfig } from '@/adapters/port';
import { fileEndpoint } from '@/store/file-endpoint';
import { unmappedCodesOf } from '@/domain/unmapped-codes';
import { sourceId, type SourceId } from '@/domain/ids';
import { defaultPseudonymShape, pseudonymShapeOf, type CodeMapping, type Source, type SourceKind } from '@/domain/source';
import { clearCredentials, getCredentials, setCredentials } from '@/store/credentials.memory';
import { retentionCutoffAt } from '@/store/privacy.repo';
import { forgetRememberedCredentials, rememberCredentials, rememberedSources } from '@/store/credentials.sealed';
import type { LeerzichtDb } from '@/store/db';
import { COLUMNS_PREFIX, forgetFileSettings, savedColumns, savedPupil } from '@/store/file-source-settings';
import { getSource, getSyncStatus, listSources, putSyncStatus, removeSource, saveSource } from '@/store/sources.repo';
import { remapSource } from '@/store/results.repo';
import type { ConnectorDraft, ConnectorInput, FileInspection, InspectInput, Preview, TestInput } from './connector-wizard.machine';
import type { ConnectorDeps } from './connector-wizard.types';
import { blankCredentials } from './credentials-follow-endpoint';
import {
  chooseFiles,
  columnsIn,
  importFiles,
  inspectDossier,
  isFileSource,
  knownColumns,
  optionsOf,
  previewFilePage,
  pupilOption,
} from './file-import';
import { isExpired } from './ingest-filter';
import { previewInScope, saveScope, withDraftScope } from './scope-actions';

function configOf(deps: ConnectorDeps, draft: ConnectorDraft, mapping: CodeMapping = {}): SourceConfig {
  if (!draft.kind) throw new AdapterError('config', 'onbekende soort bron');
  return {
    source: sourceId('concept'),
    endpoint: draft.endpoint.trim(),
    credentials: draft.credentials,
    mapping: { ...deps.defaultMappingFor(draft.kind), ...mapping },
    pseudonym: draft.pseudonym ?? defaultPseudonymShape(draft.kind),
  };
}

function endpointAdapter(deps: ConnectorDeps, draft: ConnectorDraft): SourceAdapter {
  const adapter = draft.kind ? deps.adapterFor(draft.kind) : null;
  if (!adapter) throw new AdapterError('config', 'onbekende soort bron');
  return adapter;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'bron';

async function freeId(db: LeerzichtDb, input: ConnectorInput): Promise<SourceId> {
  const taken = new Set((await listSources(db)).map((source) => source.id as string));
  let id = slug(input.name || (input.kind ?? 'bron'));
  for (let n = 2; taken.has(id); n += 1) id = `${slug(input.name || (input.kind ?? 'bron'))}-${n}`;
  return sourceId(id);
}

/**
 * After an edit: credentials newly typed are kept (sealed again when the coordinator keeps them);
 * a changed endpoint drops the old ones, in memory and on this device, so a secret never follows
 * an edited address to another host: the coordinator enters them again.
 */
async function keepOrDropCredentials(deps: ConnectorDeps, existing: Source, endpoint: string, credentials: Credentials): Promise<void> {
  const id = existing.id;
  const before = getCredentials(id, existing.endpoint);
  const remembered = (await rememberedSources(deps.db)).includes(id);
  if (endpoint !== existing.endpoint) {
    clearCredentials(id);
    await forgetRememberedCredentials(deps.db, id);
  }
  const empty = JSON.stringify(blankCredentials(credentials)) === JSON.stringify(credentials);
  if (credentials.type === 'none' || empty || JSON.stringify(before) === JSON.stringify(credentials)) return;
  setCredentials(id, credentials, endpoint);
  const key = deps.vaultKey?.() ?? null;
  if (key && remembered) await rememberCredentials(deps.db, id, key);
}

/** Updates an existing connector in place (same id: stored results stay; a changed code mapping applies to them at once). */
async function updateConnector(deps: ConnectorDeps, id: SourceId, input: ConnectorInput): Promise<string> {
  const existing = await getSource(deps.db, id);
  if (!existing) throw new AdapterError('config', 'bron bestaat niet meer');
  const endpoint = isFileSource(existing) ? existing.endpoint : input.endpoint.trim();
  const pseudonym = input.pseudonym ?? pseudonymShapeOf(existing);
  await saveSource(deps.db, { ...existing, name: input.name.trim() || existing.name, endpoint, mapping: input.mapping, pseudonym });
  await remapSource(deps.db, id, existing.mapping, input.mapping);
  // Another pseudonym form: the next sync reads from the start, so records refused before are judged again (decision 025).
  if (!isFileSource(existing) && pseudonym !== pseudonymShapeOf(existing))
    await putSyncStatus(deps.db, { ...(await getSyncStatus(deps.db, id)), cursor: null });
  // A changed scope (decision 018) resets the sync cursor; stored results stay.
  if (!isFileSource(existing)) await saveScope(deps.db, (await getSource(deps.db, id)) ?? existing, input.scope);
  // A CSV source's column layout chosen again on a sample file: the next import reads with it; stored results stay.
  if (isFileSource(existing) && input.columns) await deps.db.settings.put({ key: `${COLUMNS_PREFIX}${id}`, value: input.columns });
  if (!isFileSource(existing)) await keepOrDropCredentials(deps, existing, endpoint, input.credentials);
  return id;
}

/** The wizard's real I/O: a real request (or the files) to test, the real first page to preview, the store to save. */
export function connectorActors(deps: ConnectorDeps) {
  return {
    testConnection: fromPromise<Reached, TestInput>(async ({ input, signal }) => {
      const adapter = endpointAdapter(deps, input);
      const config = await withDraftScope(deps.db, input, configOf(deps, input));
      const check = await adapter.testConnection(config, signal);
      if (!check.ok) throw check.error;
      return check.detail;
    }),
    inspectFiles: fromPromise<FileInspection, InspectInput>(async ({ input, signal }) => {
      const { reader, files } = chooseFiles(input.kind, input.files);
      const main = files[0] as ExportFile;
      const editing = input.editing ? sourceId(input.editing) : null;
      if (reader.kind === 'oso-dossier')
        return {
          reader: reader.kind,
          main: main.name,
          headers: null,
          columns: null,
          // Checked in the file worker by streaming (decision 029); leaving the step (cancel) ends it.
          dossier: await inspectDossier(deps, input.kind, files, editing ? await savedPupil(deps.db, editing) : null, signal),
        };
      if (reader.kind !== 'csv-columns') return { reader: reader.kind, main: main.name, headers: null, columns: null };
      const headers = csvRows(headOf(main, 65_536)).headers;
      const saved = editing ? await savedColumns(deps.db, editing) : null;
      return {
        reader: reader.kind,
        main: main.name,
        headers,
        columns: (saved && columnsIn(saved, headers)) ?? (await knownColumns(deps.db, headers)) ?? guessCsvColumns(headers).columns,
      };
    }),
    previewFirstPage: fromPromise<Preview, ConnectorInput>(async ({ input, signal }) => {
      // Files: a new file connector, or a sample file chosen again while editing a CSV source's columns.
      const file = input.origin === 'file' && (input.files?.length ?? 0) > 0;
      const config = configOf(deps, input, input.mapping);
      const options = optionsOf(input.columns, await pupilOption(deps.db, input.pupil ?? null));
      const request = { config: { ...config, ...(options ? { options } : {}) }, cursor: null, fetchedSoFar: 0, signal };
      // A file's preview is its first batch, read in the file worker (the rest is read when saved, once);
      // an endpoint's preview reads within the scope, with the same filter as a sync (decision 018).
      const page = file
        ? await previewFilePage(deps, input.kind, input.files ?? [], request)
        : await previewInScope(deps.db, endpointAdapter(deps, input), request.config, input, signal, deps.now().toISOString());
      // As stored: results older than the retention cutoff are never stored (sync-source.ts), so not shown either.
      const cutoff = await retentionCutoffAt(deps.db, deps.now());
      const cutoffMs = Date.parse(cutoff);
      const kept = page.results.filter((result) => !isExpired(result, cutoffMs));
      const expired = { count: page.results.length - kept.length, cutoff };
      return {
        results: kept.slice(0, 50),
        rejections: page.rejections,
        skipped: page.skipped ?? {},
        expired,
        unmapped: unmappedCodesOf(kept),
      };
    }),
    saveConnector: fromPromise<string, ConnectorInput>(async ({ input, signal }) => {
      if (input.editing) return updateConnector(deps, sourceId(input.editing), input);
      const file = input.origin === 'file';
      const config = configOf(deps, input, input.mapping);
      const id = await freeId(deps.db, input);
      const chosen = file ? chooseFiles(input.kind, input.files ?? []) : null;
      const endpoint = chosen ? fileEndpoint(chosen.reader.kind) : config.endpoint;
      const source: Source = {
        id,
        kind: input.kind as SourceKind,
        name: input.name.trim() || id,
        endpoint,
        paused: false,
        mapping: config.mapping,
        pseudonym: config.pseudonym ?? defaultPseudonymShape(input.kind as SourceKind),
        createdAt: deps.now().toISOString(),
        ...(input.scope && !chosen ? { scope: input.scope } : {}),
      };
      await saveSource(deps.db, source);
      if (!chosen) {
        setCredentials(id, input.credentials, source.endpoint);
        return id;
      }
      if (input.columns) await deps.db.settings.put({ key: `${COLUMNS_PREFIX}${id}`, value: input.columns });
      try {
        await importFiles(
          deps,
          source,
          input.files ?? [],
          signal,
          { columns: input.columns ?? null, pupil: input.pupil ?? null },
          deps.onImportProgress,
        );
      } catch (error) {
        await removeSource(deps.db, id, { keepData: false });
        await forgetFileSettings(deps.db, id);
        throw error;
      }
      return id;
    }),
  };
}
