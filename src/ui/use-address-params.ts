import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** A change to the address's parameters: given the latest ones, the next ones. */
export type AddressChange = (current: URLSearchParams) => URLSearchParams;

/**
 * The address's search parameters, and a way to change them that builds on the latest ones
 * written. React Router's own setter builds on the parameters of the last render, so two changes
 * before the page renders again (choosing a line, then at once a group) lost the first one. Each
 * change is a new history entry: Back undoes it.
 */
export function useAddressParams(): readonly [URLSearchParams, (change: AddressChange) => void] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const change = useCallback(
    (make: AddressChange) => {
      const next = make(new URLSearchParams(latest.current));
      latest.current = next;
      setParams(next);
    },
    [setParams],
  );
  return [params, change] as const;
}

/** Sets each key to its value, or removes it when the value is null or empty. */
export function withChanges(params: URLSearchParams, changes: Readonly<Record<string, string | null>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}
