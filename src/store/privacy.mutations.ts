import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Consent } from '@/domain/privacy';
import { assessmentKeys } from './assessments.queries';
import { useDb } from './db-context';
import { interventionKeys } from './interventions.queries';
import { judgementKeys } from './judgements.queries';
import { invalidate } from './invalidate';
import { privacyKeys } from './privacy.queries';
import { purgeExpired, setConsent, setIdleMinutes, setRetentionYears } from './privacy.repo';
import { resultKeys } from './results.queries';
import { sourceKeys } from './sources.queries';
import { storedDataKeys } from './stored-data.queries';
import { beginUnlock, createVault } from './vault';

/**
 * Records consent. A withdrawal deletes results (so results and the sources' counts refresh); a
 * consent given again restarts a per-pupil source's sync (its status refreshes).
 */
export function useSetConsent() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (consent: Consent) => setConsent(db, consent),
    onSuccess: () => invalidate(client, [privacyKeys.consents(), resultKeys.all, sourceKeys.all]),
  });
}

/** How many school years are kept: read by the privacy page and, when they run, the sync and the purge. */
export function useSetRetentionYears() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (years: number) => setRetentionYears(db, years),
    onSuccess: () => invalidate(client, [privacyKeys.retention()]),
  });
}

/** Minutes without activity before the app locks. */
export function useSetIdleMinutes() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (minutes: number) => setIdleMinutes(db, minutes),
    onSuccess: () => invalidate(client, [privacyKeys.idle()]),
  });
}

/** Deletes what is older than the retention period: results, rejections, assessments, interventions and judgements. */
export function usePurgeExpired() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (now: Date) => purgeExpired(db, now),
    onSuccess: () =>
      invalidate(client, [resultKeys.all, sourceKeys.all, assessmentKeys.all, interventionKeys.all, judgementKeys.all, storedDataKeys.all]),
  });
}

/** The first roster import on this browser: a vault sealed with the coordinator's passphrase, unlocked in that role. */
export function useCreateVault() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (passphrase: string) => {
      const grant = beginUnlock();
      grant(await createVault(db, passphrase), 'ict-coordinator');
    },
    onSuccess: () => invalidate(client, [privacyKeys.all]),
  });
}
