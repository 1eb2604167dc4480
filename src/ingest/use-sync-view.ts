import { useSelector } from '@xstate/react';
import type { SourceId } from '@/domain/ids';
import type { SkipCounts } from './ingest-filter';
import { useSyncHub } from './sync-hub-context';

export type SyncView =
  | { readonly state: 'idle' | 'cancelled' }
  | { readonly state: 'done'; readonly skipped: SkipCounts }
  | { readonly state: 'syncing'; readonly fetched: number; readonly total: number | null; readonly added: number }
  | { readonly state: 'failed'; readonly code: string; readonly detail: string };

/** The sync state of one source, for a view: what it shows and which buttons it offers. */
export function useSyncView(source: SourceId): SyncView {
  const actor = useSyncHub().actorFor(source);
  return useSelector(
    actor,
    (snapshot): SyncView => {
      if (snapshot.matches('syncing')) {
        const progress = snapshot.context.progress;
        return { state: 'syncing', fetched: progress?.fetched ?? 0, total: progress?.total ?? null, added: progress?.added ?? 0 };
      }
      if (snapshot.matches('failed'))
        return { state: 'failed', code: snapshot.context.error?.code ?? 'unknown', detail: snapshot.context.error?.detail ?? '' };
      if (snapshot.matches('done')) return { state: 'done', skipped: snapshot.context.summary?.skippedBy ?? {} };
      if (snapshot.matches('cancelled')) return { state: 'cancelled' };
      return { state: 'idle' };
    },
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
}
