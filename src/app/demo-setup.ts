import type { Credentials } from '@/adapters/port';
import type { SourceKind, SourceScope } from '@/domain/source';

/** What the demo start (mocks/, loaded only in demo mode) hands to the app. */
export interface DemoSetup {
  /** The demo school's fixed "today". */
  readonly today: string;
  /** The demo vault's passphrase, shown on the unlock screen. */
  readonly passphrase: string;
  /** The roster export with made-up names; imported locally. */
  readonly rosterCsv: string;
  readonly sources: readonly {
    readonly id: string;
    readonly kind: SourceKind;
    readonly name: string;
    readonly endpoint: string;
    readonly credentials: Credentials;
    /** Extra code mappings the demo's sources need beyond the kind's defaults (e.g. an LRS's activity ids). */
    readonly mapping?: Readonly<Record<string, readonly string[]>>;
    /** What the demo reads from it (decision 018); absent: everything. */
    readonly scope?: SourceScope;
  }[];
}
