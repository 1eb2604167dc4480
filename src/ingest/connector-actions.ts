import { fromPromise } from 'xstate';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { SourceAdapter, SourceConfig } from '@/adapters/port';
import { sourceId } from '@/domain/ids';
import type { CodeMapping, SourceKind } from '@/domain/source';
import { setCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { listSources, saveSource } from '@/store/sources.repo';
import type { ConnectorDraft, Preview } from './connector-wizard.machine';

export interface ConnectorDeps {
  readonly db: LeerzichtDb;
  readonly adapterFor: (kind: SourceKind) => SourceAdapter | null;
  readonly defaultMappingFor: (kind: SourceKind) => CodeMapping;
  readonly now: () => Date;
}

function configOf(deps: ConnectorDeps, draft: ConnectorDraft, mapping: CodeMapping = {}): { adapter: SourceAdapter; config: SourceConfig } {
  const adapter = draft.kind ? deps.adapterFor(draft.kind) : null;
  if (!adapter || !draft.kind) throw new AdapterError('config', 'onbekende soort bron');
  const config = { source: sourceId('concept'), endpoint: draft.endpoint.trim(), credentials: draft.credentials, mapping: { ...deps.defaultMappingFor(draft.kind), ...mapping } };
  return { adapter, config };
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'bron';

/** The wizard's real I/O: a real request to test, the real first page to preview, the store to save. */
export function connectorActors(deps: ConnectorDeps) {
  return {
    testConnection: fromPromise<string, ConnectorDraft>(async ({ input, signal }) => {
      const { adapter, config } = configOf(deps, input);
      const check = await adapter.testConnection(config, signal);
      if (!check.ok) throw check.error;
      return check.detail;
    }),
    previewFirstPage: fromPromise<Preview, ConnectorDraft & { mapping: CodeMapping }>(async ({ input, signal }) => {
      const { adapter, config } = configOf(deps, input, input.mapping);
      const page = await adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal });
      const counts = new Map<string, number>();
      for (const result of page.results) if (result.goals.length === 0) counts.set(result.code, (counts.get(result.code) ?? 0) + 1);
      return { results: page.results, rejections: page.rejections, unmapped: [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count) };
    }),
    saveConnector: fromPromise<string, ConnectorDraft & { mapping: CodeMapping }>(async ({ input }) => {
      const { config } = configOf(deps, input, input.mapping);
      const taken = new Set((await listSources(deps.db)).map((source) => source.id as string));
      let id = slug(input.name || (input.kind ?? 'bron'));
      for (let n = 2; taken.has(id); n += 1) id = `${slug(input.name)}-${n}`;
      const source = sourceId(id);
      await saveSource(deps.db, { id: source, kind: input.kind as SourceKind, name: input.name.trim() || id, endpoint: config.endpoint, paused: false, mapping: config.mapping, createdAt: deps.now().toISOString() });
      setCredentials(source, input.credentials);
      return id;
    }),
  };
}
