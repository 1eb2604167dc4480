import { AdapterError } from '../http/adapter-error';
import { basicAuth } from '../http/base64url';
import { httpsUrl } from '../http/endpoint';
import { fetchJson, type FetchOptions } from '../http/fetch-json';
import type { SourceConfig } from '../port';
import { OneRosterToken } from './oneroster.schema';

/** The scope OneRoster 1.2 defines for reading the gradebook. */
export const GRADEBOOK_READ_SCOPE = 'https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.readonly';

interface CachedToken {
  readonly token: string;
  /** Epoch ms after which we ask for a new one (a minute before it really expires). */
  readonly until: number;
}

export interface TokenSource {
  /** A valid access token; `fresh` throws away the cached one first (after a 401). */
  token(config: SourceConfig, signal: AbortSignal, fresh?: boolean): Promise<string>;
}

function clientOf(config: SourceConfig) {
  const credentials = config.credentials;
  if (credentials.type !== 'oauth2-client' || credentials.clientId.trim() === '' || credentials.clientSecret === '') {
    throw new AdapterError('config', 'OneRoster vraagt om OAuth2 client credentials: token-URL, client-id en client-secret');
  }
  // https only, as the endpoint: the app's CSP blocks http (decision in endpoint.ts).
  const tokenUrl = httpsUrl(credentials.tokenUrl, 'token-URL');
  return { tokenUrl: tokenUrl.href, clientId: credentials.clientId.trim(), clientSecret: credentials.clientSecret };
}

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) with HTTP Basic client authentication, as the
 * 1EdTech security framework asks. Tokens live in memory only, per token URL and client id.
 */
export function createTokenSource(fetchOptions: Partial<FetchOptions> = {}, now: () => number = Date.now): TokenSource {
  const cache = new Map<string, CachedToken>();
  return {
    async token(config, signal, fresh = false) {
      const client = clientOf(config);
      const key = `${client.tokenUrl}\u0000${client.clientId}`;
      const cached = cache.get(key);
      if (!fresh && cached && cached.until > now()) return cached.token;
      cache.delete(key);
      const body = new URLSearchParams({
        grant_type: 'client_credentials',
        scope: typeof config.options?.['scope'] === 'string' ? config.options['scope'] : GRADEBOOK_READ_SCOPE,
      });
      let answer: OneRosterToken;
      try {
        answer = await fetchJson(client.tokenUrl, OneRosterToken, {
          ...fetchOptions,
          method: 'POST',
          headers: {
            Authorization: basicAuth(client.clientId, client.clientSecret),
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
          },
          body,
          signal,
          page: 'token',
        });
      } catch (error) {
        if (error instanceof AdapterError && (error.status === 400 || error.code === 'unauthorized')) {
          throw new AdapterError(
            'unauthorized',
            `token geweigerd (HTTP ${error.status ?? '?'}): controleer client-id en client-secret`,
            error.status,
            'token',
          );
        }
        throw error;
      }
      const seconds = answer.expires_in ?? 3600;
      cache.set(key, { token: answer.access_token, until: now() + Math.max(0, seconds - 60) * 1000 });
      return answer.access_token;
    },
  };
}
