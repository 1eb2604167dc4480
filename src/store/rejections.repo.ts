import type { SourceId } from '@/domain/ids';
import type { Rejection, RejectionCode } from '@/domain/model';
import type { LeerzichtDb } from './db';

export async function putRejections(db: LeerzichtDb, rejections: readonly Rejection[]): Promise<number> {
  if (rejections.length === 0) return 0;
  const unique = [...new Map(rejections.map((rejection) => [rejection.id, rejection])).values()];
  await db.rejections.bulkPut(unique);
  return unique.length;
}

export const rejectionsForSource = (db: LeerzichtDb, source: SourceId, limit = 50): Promise<Rejection[]> =>
  db.rejections.where('source').equals(source).limit(limit).toArray();

export interface RejectionCounts {
  readonly total: number;
  readonly byCode: Partial<Record<RejectionCode, number>>;
}

/** Rejections per source and reason, counted by the [source+code] index (no walk over the rejections; decision 022). */
export async function rejectionCountsBySource(db: LeerzichtDb): Promise<Map<SourceId, RejectionCounts>> {
  const pairs = (await db.rejections.orderBy('[source+code]').uniqueKeys()) as unknown as [SourceId, RejectionCode][];
  const tallies = await Promise.all(pairs.map((pair) => db.rejections.where('[source+code]').equals(pair).count()));
  const counts = new Map<SourceId, { total: number; byCode: Partial<Record<RejectionCode, number>> }>();
  pairs.forEach(([source, code], i) => {
    const entry = counts.get(source) ?? { total: 0, byCode: {} };
    entry.total += tallies[i] ?? 0;
    entry.byCode[code] = tallies[i] ?? 0;
    counts.set(source, entry);
  });
  return counts;
}
