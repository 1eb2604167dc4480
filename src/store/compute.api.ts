/**
 * What the compute worker (compute.worker.ts) serves: pure computations of a view over data a
 * structured clone carries. The same object runs inline where there is no Worker (tests).
 */
import { needsHelpView, type NeedsHelpView, type NeedsHelpViewInput } from '@/domain/progress/needs-help';

export interface ComputeApi {
  /** Wie heeft hulp nodig for one group: the rule with the group's course model, and the instruction groups. */
  needsHelpView(input: NeedsHelpViewInput): Promise<NeedsHelpView>;
}

export const computeApi: ComputeApi = {
  needsHelpView: async (input) => needsHelpView(input),
};
