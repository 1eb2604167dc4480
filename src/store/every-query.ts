import type { QueryClient, QueryKey } from '@tanstack/react-query';
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
import { invalidate } from './invalidate';

/*
 * Not in invalidate.ts: listing every family imports every query factory with its repository and
 * schemas (rubrics, interventions, stored data, roster...), which the first page does not need. The
 * demo's first start and "delete everything" load this file when they need it (decision 028).
 */

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
