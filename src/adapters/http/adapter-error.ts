/** Why a request to a source failed, as a value a person can act on (translated in the view). */
export const ADAPTER_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not-found',
  'timeout',
  'unreachable',
  'rate-limited',
  'server',
  'invalid-payload',
  'pagination-loop',
  'aborted',
  'config',
  /** An http:// address: the app's CSP allows only https, so the browser would block every request. */
  'not-https',
  /** The browser's storage is full (IndexedDB quota): nothing to do with the supplier. */
  'storage',
  /** A source scoped to "our groups" while no roster is imported: nothing may be asked for yet. */
  'no-roster',
  /** This session holds no credentials for the source (kept in memory by default, gone after a reload): nothing was requested. */
  'no-credentials',
  /** The credentials were entered for another endpoint (the address was changed since): dropped, nothing was requested. */
  'credentials-moved',
] as const;
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  constructor(
    readonly code: AdapterErrorCode,
    /** Technical detail for the "details" disclosure: status, URL path, validation message. No secrets. */
    readonly detail: string,
    readonly status: number | null = null,
    /** The page or cursor that failed, when known. */
    readonly page: string | null = null,
  ) {
    super(`${code}: ${detail}`);
  }
}

export const isAdapterError = (error: unknown): error is AdapterError => error instanceof AdapterError;
