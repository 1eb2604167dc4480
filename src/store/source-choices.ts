import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDb } from './db-context';
import { sourceQueries } from './sources.queries';

export interface SourceChoice {
  readonly id: string;
  readonly name: string;
}

const NONE: readonly SourceChoice[] = [];

/** The school's sources by id and name, for a view's source filter (the list query: no counts read). */
export function useSourceChoices(): readonly SourceChoice[] {
  const list = useQuery(sourceQueries.list(useDb()));
  return useMemo(() => list.data?.map((source) => ({ id: source.id as string, name: source.name })) ?? NONE, [list.data]);
}

/**
 * A source's name by its id (the id itself for a source no longer listed), for a view that names
 * where its results come from; `isPending` until the list is read.
 */
export function useSourceNames() {
  const list = useQuery(sourceQueries.list(useDb()));
  const names = useMemo(() => new Map(list.data?.map((source) => [source.id as string, source.name])), [list.data]);
  // The same function while the list stays: a chart that takes it (memo) is not drawn again for nothing.
  const sourceName = useCallback((id: string) => names.get(id) ?? id, [names]);
  return { sourceName, isPending: list.isPending, error: list.error };
}
