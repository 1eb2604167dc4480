/**
 * A tool, not a test: per pupil of a simulated school, the needs-help rule's outcome and the signals it reads
 * (course model, standing in the group overall and per source), beside the truth, as JSON lines. Used to try
 * variants of the rule on a dump rather than rerunning the benchmark (docs/decisions/033):
 * `node tests/sim/dump-needs-help.mjs default|alt|held|stress OUT.jsonl [--variants JSON]` (weeks 6 and 12; the stress grid at
 * 6; each variant a partial rule on top of DEFAULT_RULE, listed per pupil under `variants`). Each pupil also carries
 * `apart` (shown apart as a data matter, never listed) and `obs`, their results one by one, so a model over the raw
 * results (docs/decisions/042) can be tried on a dump.
 */
import { writeFileSync } from 'node:fs';
import { pupilKey, type PupilRef } from '@/domain/ids';
import { DEFAULT_RULE, isDataMatter, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { coursePaces, keptPaceOf } from '@/domain/progress/needs-help/course-pace';
import { standOutsOf } from '@/domain/progress/needs-help/enough-evidence';
import { indexResults } from '@/domain/progress/needs-help/results-index';
import { ownTrendOf } from '@/domain/progress/needs-help/own-trend';
import { evidenceOf } from '@/domain/progress/mastery';
import { groupContext } from '@/domain/progress/estimators/group-context';
import { robustZ, standingsOf } from '@/domain/progress/needs-help/standing';
import { SIM_LEVEL, simLine } from './evaluate-rule';
import { DEFAULT_SIM, lookbackWeeks, simulate, trueMastery, trulyStalled, weekEnd, type Simulation } from './simulate';
import { stressGrid } from './stress';
import { heldSchool } from '../sim-alt/held-out';
import { altSchool, simulateAlt } from '../sim-alt/simulate-alt';

const WEEK_MS = 7 * 86_400_000;
const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 1000) / 1000);

export function dumpRows(
  set: string,
  school: string,
  sim: Simulation,
  weeks: readonly number[],
  groupSize: number,
  rules: Record<string, NeedsHelpRule> = {},
) {
  const line = simLine(sim);
  const goals = sim.goals;
  const rows: Record<string, unknown>[] = [];
  for (const week of weeks) {
    const nowMs = weekEnd(sim, week);
    const sinceMs = nowMs - DEFAULT_RULE.weeksOfPractice * WEEK_MS;
    for (let first = 0; first < sim.pupils.length; first += groupSize) {
      const group = sim.pupils.slice(first, first + groupSize);
      const refs = group.map((pupil) => pupil.ref as PupilRef);
      const inGroup = new Set<string>(refs);
      const results = sim.results.filter((result) => inGroup.has(result.pupil) && Date.parse(result.time) <= nowMs);
      const pupils = group.map((pupil, i) => ({ key: pupilKey(first + i), ref: pupil.ref }));
      const entriesOf = (rule: NeedsHelpRule) =>
        needsHelp({ pupils, results, lines: [line], targetLevel: () => SIM_LEVEL, now: new Date(nowMs) }, rule);
      const listedBy = (rule: NeedsHelpRule, entries = entriesOf(rule)) =>
        new Map(entries.filter((entry) => !isDataMatter(entry)).map((entry) => [entry.key as number, entry.reasons.map((r) => r.kind)]));
      const currentEntries = entriesOf(DEFAULT_RULE);
      const current = listedBy(DEFAULT_RULE, currentEntries);
      // shown apart as a data matter (no results yet, none lately): never counted as listed
      const apart = new Set(currentEntries.filter((entry) => isDataMatter(entry)).map((entry) => entry.key as number));
      const noGate = listedBy({ ...DEFAULT_RULE, courseSureSlowerToList: null });
      const variants = Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, listedBy(rule)]));
      const index = indexResults(refs, results, nowMs);
      const paces = coursePaces(refs, index, goals, nowMs, DEFAULT_RULE.weeksOfPractice);
      const outs = standOutsOf(DEFAULT_RULE, refs, index, goals, nowMs, sinceMs);
      const context = groupContext(results, new Date(nowMs));
      const overall = standingsOf(refs, index, goals, nowMs, sinceMs);
      const sources = [...new Set(results.map((result) => result.source as string))].sort();
      const perSource = sources.map((source) => {
        const own = indexResults(
          refs,
          results.filter((result) => result.source === source),
          nowMs,
        );
        const standings = standingsOf(refs, own, goals, nowMs, sinceMs);
        const behind = robustZ(standings.map(({ within }) => (within === null ? null : -within)));
        const fall = robustZ(standings.map(({ within, before }) => (within === null || before === null ? null : before - within)));
        const counts = refs.map((ref) => {
          const times = [...(own.get(ref)?.byGoal.values() ?? [])].flat().map((result) => Date.parse(result.time));
          return { within: times.filter((t) => t >= sinceMs).length, before: times.filter((t) => t < sinceMs).length };
        });
        return { source, standings, behind, fall, counts };
      });
      const perGoal = goals.map((goal) => {
        const standings = standingsOf(refs, index, [goal], nowMs, sinceMs);
        return {
          st: standings,
          behind: robustZ(standings.map(({ within }) => (within === null ? null : -within))),
          fall: robustZ(standings.map(({ within, before }) => (within === null || before === null ? null : before - within))),
        };
      });
      const before = week - lookbackWeeks(week);
      const goalIndex = new Map<string, number>(goals.map((goal, g) => [goal, g]));
      const sourceIndex = new Map(sources.map((source, s) => [source, s]));
      group.forEach((pupil, i) => {
        const key = first + i;
        const pace = paces[i];
        const gain = goals.reduce((sum, _, g) => sum + trueMastery(pupil, g, week) - trueMastery(pupil, g, before), 0) / goals.length;
        const level = goals.reduce((sum, _, g) => sum + trueMastery(pupil, g, week), 0) / goals.length;
        const entry = index.get(pupil.ref as PupilRef);
        const times = entry?.times ?? [];
        const goalsWithin = [...(entry?.byGoal ?? [])].filter(([, list]) => list.some((r) => Date.parse(r.time) >= sinceMs)).length;
        rows.push({
          set,
          school,
          week,
          group: first / groupSize,
          groupSize: group.length,
          pupil: key,
          truth: trulyStalled(pupil, goals.length, week),
          gain: round(gain),
          level: round(level),
          flag: current.has(key),
          reasons: current.get(key) ?? [],
          noGate: noGate.get(key) ?? null,
          variants: Object.fromEntries(Object.entries(variants).map(([name, listed]) => [name, listed.has(key)])),
          slower: pace ? round(1 - keptPaceOf(pace, 0.5)) : null,
          paceRecent: round(pace?.recent),
          paceSd: round(pace?.recentSd),
          behind: round(outs?.[i]?.behind),
          fall: round(outs?.[i]?.fall),
          within: times.filter((t) => t >= sinceMs).length,
          beforeCount: times.filter((t) => t < sinceMs).length,
          goalsWithin,
          st: overall[i],
          trend: entry ? ownTrendOf(entry.byGoal, goals, context, sinceMs, nowMs) : null,
          sources: perSource.map((s) => ({
            behind: round(s.behind[i]),
            fall: round(s.fall[i]),
            within: s.counts[i]?.within ?? 0,
            before: s.counts[i]?.before ?? 0,
            st: s.standings[i],
          })),
          goals: perGoal.map((g) => ({ behind: round(g.behind[i]), fall: round(g.fall[i]), st: g.st[i] })),
          apart: apart.has(key),
          // every result up to now, once per goal it bears on: [source, goal, days before now, evidence on 0..1, test 1/0],
          // sources and goals by index (sorted sources, the simulation's goals), so a model can rank or weigh them itself
          obs: [...(entry?.byGoal ?? [])].flatMap(([goal, list]) =>
            list.flatMap((result) => {
              const value = evidenceOf(result);
              const days = (nowMs - Date.parse(result.time)) / 86_400_000;
              return value === null || Number.isNaN(days)
                ? []
                : [[sourceIndex.get(result.source), goalIndex.get(goal), round(days), round(value), result.workForm === 'test' ? 1 : 0]];
            }),
          ),
        });
      });
    }
  }
  return rows;
}

const SEEDS = [20260302, 1, 2, 3, 7, 11, 12, 13];
const SCHOOLS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Variants of the rule to list beside it: `--variants '{"name":{...partial rule}}'` (a JSON object). */
function variantRules(json: string | undefined): Record<string, NeedsHelpRule> {
  const parsed = (json ? JSON.parse(json) : {}) as Record<string, Partial<NeedsHelpRule>>;
  return Object.fromEntries(Object.entries(parsed).map(([name, partial]) => [name, { ...DEFAULT_RULE, ...partial }]));
}

export function main([which, out, flag, json]: readonly string[]): void {
  const weeks = [6, 12];
  const rows: Record<string, unknown>[] = [];
  const v = variantRules(flag === '--variants' ? json : undefined);
  if (which === 'default')
    for (const seed of SEEDS) rows.push(...dumpRows('default', String(seed), simulate({ ...DEFAULT_SIM, seed }), weeks, 25, v));
  else if (which === 'alt') for (const seed of SCHOOLS) rows.push(...dumpRows('alt', String(seed), simulateAlt(altSchool(seed, 150)), weeks, 25, v));
  else if (which === 'held')
    for (const seed of SCHOOLS) rows.push(...dumpRows('held', String(seed), simulateAlt(heldSchool(altSchool(seed, 150))), weeks, 25, v));
  else if (which === 'stress')
    for (const config of stressGrid(1, 16)) rows.push(...dumpRows('stress', config.name, simulate(config.sim), [6], config.groupSize, v));
  else throw new Error('dump-needs-help needs default, alt, held or stress, then an output file');
  if (!out) throw new Error('dump-needs-help needs an output file');
  writeFileSync(out, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
}
