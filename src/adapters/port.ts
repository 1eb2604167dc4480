import type { PupilRef, SourceId } from '@/domain/ids';
import type { Rejection, Result } from '@/domain/model';
import type { PseudonymShape } from '@/domain/pseudonym-shape';
import type { CodeMapping, SourceKind } from '@/domain/source';
import type { AdapterError } from './http/adapter-error';

/** Credentials live in memory for the session; they are never put in a Result or a log line. */
export type Credentials =
  | { readonly type: 'none' }
  | { readonly type: 'bearer'; readonly token: string }
  | { readonly type: 'api-key'; readonly header: string; readonly key: string }
  | { readonly type: 'basic'; readonly username: string; readonly password: string }
  | { readonly type: 'oauth2-client'; readonly tokenUrl: string; readonly clientId: string; readonly clientSecret: string };

export interface SourceConfig {
  readonly source: SourceId;
  readonly endpoint: string;
  readonly credentials: Credentials;
  readonly mapping: CodeMapping;
  /** Kind-specific options (page size, time window, column mapping, ...), validated by the adapter. */
  readonly options?: Readonly<Record<string, unknown>>;
  /**
   * Only these pupils may be asked for (a source scoped to "our groups", consent withheld left out).
   * An adapter whose source can filter by pupil asks per pupil (xAPI: `agent`); every kind's results
   * are filtered on this list at ingest as well. Absent: every pupil the source knows.
   */
  readonly learners?: readonly PupilRef[];
  /**
   * The form the connector's pupil keys must have; a result whose key has another form becomes a
   * 'not-a-pseudonym' rejection (`pullFitting`, adapters/shared/pseudonym-fit.ts). Absent: the base check only.
   */
  readonly pseudonym?: PseudonymShape;
}

export interface PageProgress {
  /** Records read so far in this sync, including this page. */
  readonly fetched: number;
  /** Total records the source says it has, when it says so. */
  readonly total: number | null;
}

export interface Page {
  readonly results: readonly Result[];
  readonly rejections: readonly Rejection[];
  /** Where the next page starts; null when this was the last page. */
  readonly nextCursor: string | null;
  /** Ids of results this page withdraws (e.g. voided xAPI statements). */
  readonly voids?: readonly string[];
  /** Records skipped on purpose (e.g. event types that carry no result), counted by reason. */
  readonly skipped?: Readonly<Record<string, number>>;
  readonly progress: PageProgress;
  /** The run is complete: keep nextCursor for the next sync, but ask for nothing more now. */
  readonly complete?: boolean;
}

/**
 * What a successful connection test reached, as a code with its values: the UI puts it in words
 * (connectors.reached.<code>, Dutch and English), so an adapter never speaks one language.
 * Values are the supplier's own (a school name, a host, counts), shown as they are.
 */
export type Reached =
  | { readonly code: 'school'; readonly params: { readonly school: string } }
  | { readonly code: 'caliper'; readonly params: { readonly events: number | null } }
  | { readonly code: 'xapi'; readonly params: { readonly versions: string; readonly host: string } }
  | { readonly code: 'blokkodo'; readonly params: { readonly school: string; readonly classes: number } }
  | { readonly code: 'oneroster'; readonly params: { readonly lineItems: number; readonly total: boolean } }
  | { readonly code: 'file'; readonly params: { readonly name: string } };

export type ConnectionCheck = { readonly ok: true; readonly detail: Reached } | { readonly ok: false; readonly error: AdapterError };

export interface PullRequest {
  readonly config: SourceConfig;
  /** null: start from the beginning. */
  readonly cursor: string | null;
  /** Records fetched earlier in this sync (for progress). */
  readonly fetchedSoFar: number;
  readonly signal: AbortSignal;
}

/** The port every source kind implements. Adapters validate every record and never throw for one bad record. */
export interface SourceAdapter {
  readonly kind: SourceKind;
  testConnection(config: SourceConfig, signal: AbortSignal): Promise<ConnectionCheck>;
  /** Reads one page. Throws AdapterError when the page as a whole cannot be read. */
  pullPage(request: PullRequest): Promise<Page>;
}
