import type { PupilRef, SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { isForgotten, isWithheld, type Consent } from '@/domain/privacy';
import { keepInScope, type ScopePlan } from './scope-plan';

/** Why a record a supplier sent was not stored (never a rejection: the record itself was fine). */
export const SKIP_REASONS = ['outside-groups', 'outside-window', 'no-consent', 'forgotten', 'expired', 'not-a-result'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export type SkipCounts = Partial<Record<SkipReason, number>>;

export interface IngestRules {
  readonly plan: ScopePlan;
  readonly allowedPupils: ReadonlySet<PupilRef> | null;
  /** The consents of this page's pupils, read in the transaction that stores the page. */
  readonly consents: ReadonlyMap<string, Consent>;
  readonly source: SourceId;
  /** Start of the oldest school year kept (ISO instant): older results are never stored. */
  readonly cutoff: string;
}

const add = (counts: SkipCounts, reason: SkipReason, n: number) => {
  if (n > 0) counts[reason] = (counts[reason] ?? 0) + n;
};

/** Older than the retention cutoff (`cutoff` in ms), or with no readable time: never stored, nor previewed. */
export const isExpired = (result: Result, cutoff: number) => !(Date.parse(result.time) >= cutoff);

/**
 * What of a page may be stored: inside the scope, the pupil not forgotten and not withheld for this
 * source, and not older than the retention cutoff. The rest is counted by reason, never stored.
 * `supplierSkips` are the adapter's own skips (records that carry no result).
 */
export function keepStorable(
  results: readonly Result[],
  rules: IngestRules,
  supplierSkips: Readonly<Record<string, number>> = {},
): { kept: Result[]; skipped: SkipCounts } {
  const scoped = keepInScope(results, rules.plan, rules.allowedPupils);
  const skipped: SkipCounts = {};
  add(skipped, 'outside-groups', scoped.outsideGroups);
  add(skipped, 'outside-window', scoped.outsideWindow);
  add(
    skipped,
    'not-a-result',
    Object.values(supplierSkips).reduce((sum, count) => sum + count, 0),
  );
  const cutoff = Date.parse(rules.cutoff);
  const kept: Result[] = [];
  for (const result of scoped.kept) {
    if (isForgotten(rules.consents, result.pupil)) add(skipped, 'forgotten', 1);
    else if (isWithheld(rules.consents, result.pupil, rules.source)) add(skipped, 'no-consent', 1);
    else if (isExpired(result, cutoff)) add(skipped, 'expired', 1);
    else kept.push(result);
  }
  return { kept, skipped };
}

/** Adds one page's skips to a running total. */
export function addSkips(total: SkipCounts, page: SkipCounts): void {
  for (const reason of SKIP_REASONS) add(total, reason, page[reason] ?? 0);
}
