/**
 * Wie heeft hulp nodig runs in the compute worker (issue 12 goal 4): its functions behind comlink
 * on a MessageChannel, as the worker serves them (the input and the outcome go through a structured
 * clone), give exactly what the same computation gives on the main thread, and what the rule gave
 * the page before, on a simulated group of 25 (tests/sim) with the group's course model at work.
 */
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { pupilKey } from '@/domain/ids';
import { DEFAULT_RULE, needsHelp, needsHelpView, viewContext, type NeedsHelpViewInput } from '@/domain/progress/needs-help';
import { computeApi, type ComputeApi } from '@/store/compute.api';
import { SIM_LEVEL, simLine } from '../../sim/evaluate-rule';
import { DEFAULT_SIM, simulate, weekEnd } from '../../sim/simulate';

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

function overChannel(): ComputeApi {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  Comlink.expose(computeApi, port1);
  return Comlink.wrap<ComputeApi>(port2) as unknown as ComputeApi;
}

// Seed 1 at week 6: the group's course model lists a pupil the other conditions do not (a reason with `pace`).
const sim = simulate({ ...DEFAULT_SIM, seed: 1, pupils: 25, weeks: 8 });
const line = simLine(sim);
const inputAt = (week: number, filter: NeedsHelpViewInput['filter'] = {}): NeedsHelpViewInput => {
  const now = new Date(weekEnd(sim, week)).toISOString();
  return {
    pupils: sim.pupils.map((pupil, i) => ({ key: pupilKey(i + 1), ref: pupil.ref })),
    results: sim.results.filter((result) => result.time <= now),
    filter,
    lines: [line],
    targetLevels: { [line.id]: SIM_LEVEL },
    choices: {},
    rule: DEFAULT_RULE,
    now,
    judgements: [],
  };
};

describe('needs-help in the compute worker', () => {
  it('lists the same pupils for the same reasons as on the main thread, the course model’s among them', async () => {
    const input = inputAt(6);
    const direct = needsHelpView(input);
    expect(direct.entries.flatMap((entry) => entry.reasons).some((reason) => 'pace' in reason && reason.pace !== undefined)).toBe(true);
    expect(direct.groups.length).toBeGreaterThan(0);
    expect(await overChannel().needsHelpView(input)).toEqual(direct);
    // ...and what the rule gave the page before: the group's context learnt from all of its results.
    const before = needsHelp({ ...input, targetLevel: () => SIM_LEVEL, context: viewContext(input.results, input.now) }, DEFAULT_RULE);
    expect(new Set(direct.entries)).toEqual(new Set(before));
  });

  it('says why when the filter cannot be applied, as the page did', async () => {
    const input = inputAt(6, { period: { kind: 'since', date: '1-3-2026' } });
    const message = '"1-3-2026" is not a date written yyyy-mm-dd';
    expect(() => needsHelpView(input)).toThrow(message);
    await expect(overChannel().needsHelpView(input)).rejects.toThrow(message);
  });
});
