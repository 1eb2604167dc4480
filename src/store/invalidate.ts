import type { InvalidateOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { assessmentKeys } from './assessments.queries';
import { curriculumKeys } from './curriculum.queries';
import { estimatorChoiceKeys } from './estimator-choice.queries';
import { interventionKeys } from './interventions.queries';
import { judgementKeys } from './judgements.queries';
import { privacyKeys } from './privacy.queries';
import { resultKeys } from './results.queries';
import { rubricKeys } from './rubrics.queries';
import { schoolKeys } from './school.queries';
import { sourceKeys } from './sources.queries';
import { storedDataKeys } from './stored-data.queries';

/** Refreshes the queries under each key: a key is a prefix, so `resultKeys.all` covers every results query. */
export async function invalidate(client: QueryClient, keys: readonly QueryKey[], options?: InvalidateOptions): Promise<void> {
  await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }, options)));
}

/**
 * What a sync (or a file import, or a connector saved or removed) changes: results (with the
 * goals in use and the pupils no roster knows) and sources (status, counts, rejections). Nothing
 * else: the stored-data summary is read afresh each time it is shown (`storedDataQueries.summary`).
 */
export const SOURCE_DATA_KEYS: readonly QueryKey[] = [resultKeys.all, sourceKeys.all];

export const invalidateSourceData = (client: QueryClient) => invalidate(client, SOURCE_DATA_KEYS);

/** Every family of queries (one root key per `*.queries.ts` factory; a unit test checks none is missing). */
export const EVERY_QUERY_FAMILY: readonly QueryKey[] = [
  assessmentKeys.all,
  curriculumKeys.all,
  estimatorChoiceKeys.all,
  interventionKeys.all,
  judgementKeys.all,
  privacyKeys.all,
  resultKeys.all,
  rubricKeys.all,
  schoolKeys.all,
  sourceKeys.all,
  storedDataKeys.all,
];

/** For what rewrites the whole store (the demo's first start, deleting everything): every family. */
export const invalidateEveryQuery = (client: QueryClient) => invalidate(client, EVERY_QUERY_FAMILY);
