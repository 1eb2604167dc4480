import { useQuery } from '@tanstack/react-query';
import { useDb } from './db-context';
import { sourceQueries } from './sources.queries';

export interface SourceChoice {
  readonly id: string;
  readonly name: string;
}

const NONE: readonly SourceChoice[] = [];

/** The school's sources by id and name, for a view's source filter. */
export function useSourceChoices(): readonly SourceChoice[] {
  const overview = useQuery(sourceQueries.overview(useDb()));
  return overview.data?.map(({ source }) => ({ id: source.id as string, name: source.name })) ?? NONE;
}
