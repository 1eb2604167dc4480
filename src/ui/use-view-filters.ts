import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useAddressParams } from './use-address-params';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { carriedHref, filterFromParams, filterToParams, type FilterProblem } from './filter-params';

export interface ViewFilters {
  /** The filter the address asks for (what the views' grids and the export take). */
  readonly filter: ResultFilter;
  /** Values in the address that are none: said on the page, never guessed. */
  readonly problems: readonly FilterProblem[];
  /**
   * Changes part of the filter in the address, on top of the latest address (two quick changes
   * both stay), as a new history entry (Back undoes it). A key given as undefined is cleared.
   */
  readonly changeFilter: (patch: Partial<ResultFilter>) => void;
  /** A link to another view of this group that keeps group, filters and line. */
  readonly hrefTo: (path: string, overrides?: Readonly<Record<string, string | null>>) => string;
}

/** The view's result filter, read from and pushed to the address (ui/filter-params is the codec). */
export function useViewFilters(): ViewFilters {
  const [params, change] = useAddressParams();
  const search = params.toString();
  const parsed = useMemo(() => filterFromParams(new URLSearchParams(search)), [search]);
  return {
    filter: parsed.filter,
    problems: parsed.problems,
    changeFilter: (patch) => change((current) => filterToParams({ ...filterFromParams(current).filter, ...patch }, current)),
    hrefTo: (path, overrides) => carriedHref(path, params, overrides),
  };
}

/** Links to another view that keep this address's group, filters and line. */
export function useCarriedHref(): (path: string, overrides?: Readonly<Record<string, string | null>>) => string {
  const [params] = useSearchParams();
  return (path, overrides) => carriedHref(path, params, overrides);
}
