import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { carriedHref, filterFromParams, filterToParams, type FilterProblem } from './filter-params';

export interface ViewFilters {
  /** The filter the address asks for (what useGroupMastery and the export take). */
  readonly filter: ResultFilter;
  /** Values in the address that are none: said on the page, never guessed. */
  readonly problems: readonly FilterProblem[];
  /** Writes a new filter into the address as a new history entry (Back undoes it). */
  readonly setFilter: (next: ResultFilter) => void;
  /** A link to another view of this group that keeps group, filters and line. */
  readonly hrefTo: (path: string, overrides?: Readonly<Record<string, string | null>>) => string;
}

/** The view's result filter, read from and pushed to the address (ui/filter-params is the codec). */
export function useViewFilters(): ViewFilters {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const parsed = useMemo(() => filterFromParams(new URLSearchParams(search)), [search]);
  return {
    filter: parsed.filter,
    problems: parsed.problems,
    setFilter: (next) => setParams(filterToParams(next, params)),
    hrefTo: (path, overrides) => carriedHref(path, params, overrides),
  };
}

/** Links to another view that keep this address's group, filters and line. */
export function useCarriedHref(): (path: string, overrides?: Readonly<Record<string, string | null>>) => string {
  const [params] = useSearchParams();
  return (path, overrides) => carriedHref(path, params, overrides);
}
