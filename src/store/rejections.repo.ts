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

export async function rejectionCountsBySource(db: LeerzichtDb): Promise<Map<SourceId, RejectionCounts>> {
  const counts = new Map<SourceId, { total: number; byCode: Partial<Record<RejectionCode, number>> }>();
  await db.rejections.each((rejection) => {
    const entry = counts.get(rejection.source) ?? { total: 0, byCode: {} };
    entry.total += 1;
    entry.byCode[rejection.code] = (entry.byCode[rejection.code] ?? 0) + 1;
    counts.set(rejection.source, entry);
  });
  return counts;
}
