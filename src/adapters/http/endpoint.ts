import { AdapterError } from './adapter-error';

/** `path` resolved below a configured endpoint (which may or may not end in a slash). Only http(s). */
export function endpointUrl(endpoint: string, path: string): URL {
  let base: URL;
  try {
    base = new URL(endpoint.trim().replace(/\/+$/, '') + '/');
  } catch {
    throw new AdapterError('config', 'ongeldig adres (endpoint)');
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new AdapterError('config', 'het adres moet met http(s) beginnen');
  return new URL(path, base);
}
