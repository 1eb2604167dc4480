import { useQuery } from '@tanstack/react-query';
import { sourceFreshness } from '@/domain/quality/freshness';
import { useDb } from '@/store/db-context';
import { sourceQueries } from '@/store/sources.queries';
import { useNow } from '@/ui/clock-context';
import type { StaleSource } from '@/ui/data-quality-badge';

/** Sources whose data is stale at the view's clock (the demo's today in the demo). */
export function useStaleSources(): StaleSource[] {
  const statuses = useQuery(sourceQueries.statuses(useDb()));
  const now = useNow();
  return (statuses.data ?? []).flatMap(({ source, status }) => {
    const fresh = sourceFreshness(status, now);
    return fresh.state === 'stale' ? [{ name: source.name, days: fresh.days ?? 0 }] : [];
  });
}
