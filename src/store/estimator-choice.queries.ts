import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LineEstimatorChoices } from '@/domain/progress/estimators/names';
import type { LeerzichtDb } from './db';
import { useDb } from './db-context';
import { lineEstimatorChoices } from './estimator-choice.repo';

export const estimatorChoiceKeys = { all: ['estimator-choices'] as const };

export const estimatorChoiceQueries = {
  all: (db: LeerzichtDb) => queryOptions({ queryKey: estimatorChoiceKeys.all, queryFn: () => lineEstimatorChoices(db) }),
};

const NONE: LineEstimatorChoices = {};

/** The method chosen per line (empty while loading: `isPending` says so). */
export function useLineEstimatorChoices(): { readonly choices: LineEstimatorChoices; readonly isPending: boolean; readonly error: Error | null } {
  const query = useQuery(estimatorChoiceQueries.all(useDb()));
  return { choices: query.data ?? NONE, isPending: query.isPending, error: query.error };
}
