import type { NeedsHelpRule } from '@/domain/progress/needs-help';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { useNeedsHelpView, type NeedsHelpData } from '@/store/needs-help.view';
import { useMinute } from '@/ui/clock-context';

export type { LineInstructionGroups, NeedsHelpData } from '@/store/needs-help.view';

/** Who needs help in the group by the rule, and its instruction groups (store/needs-help.view.ts), as of this minute. */
export function useNeedsHelp(group: { id: string; yearLevel: string } | null, rule: NeedsHelpRule, filter: ResultFilter = {}): NeedsHelpData {
  return useNeedsHelpView(group, rule, filter, useMinute());
}
