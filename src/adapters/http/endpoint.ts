import { AdapterError } from './adapter-error';

/**
 * Why an address cannot be used: not an address at all, or not https. The app's own CSP
 * (`connect-src 'self' https:`) blocks every http:// request, so an http address is refused
 * here with words that say so, not later as "niet bereikbaar".
 */
export type EndpointProblem = 'invalid' | 'not-https';

export function endpointProblem(address: string): EndpointProblem | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return 'invalid';
  }
  if (url.protocol === 'https:') return null;
  return url.protocol === 'http:' ? 'not-https' : 'invalid';
}

/** An address (endpoint, token URL) as a URL, or the AdapterError a person can act on. */
export function httpsUrl(address: string, what = 'adres (endpoint)'): URL {
  const problem = endpointProblem(address);
  if (problem === 'not-https') throw new AdapterError('not-https', `${what} begint met http://; alleen https is toegestaan`);
  if (problem === 'invalid') throw new AdapterError('config', `ongeldig ${what}: het moet met https:// beginnen`);
  return new URL(address.trim());
}

/** `path` resolved below a configured endpoint (which may or may not end in a slash). Only https. */
export function endpointUrl(endpoint: string, path: string): URL {
  const base = httpsUrl(endpoint.trim().replace(/\/+$/, '') + '/');
  return new URL(path, base);
}
