import type { ConnectionCheck } from '../port';
import { AdapterError, isAdapterError } from './adapter-error';

/**
 * Runs an adapter's connection probe. What it returns is the check; an AdapterError it throws is
 * the check's error (refused key, wrong answer...); anything else means the supplier was not reached.
 */
export async function checkConnection(probe: () => Promise<ConnectionCheck>): Promise<ConnectionCheck> {
  try {
    return await probe();
  } catch (error) {
    if (isAdapterError(error)) return { ok: false, error };
    return { ok: false, error: new AdapterError('unreachable', error instanceof Error ? error.message : String(error)) };
  }
}
