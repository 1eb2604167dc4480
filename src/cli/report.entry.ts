/**
 * `npm run report -- [--roster FILE] [--columns ...] [--pseudonym eck|uuid|any] [--mapping FILE] [--judgements FILE] [--now DATE] [--weeks N] [--group NAME] FILE...`:
 * the app's judgement, headless. The export files are read as the app imports them (readExport: the
 * same readers, columns and code mapping), results are kept as the store keeps them (one per id,
 * voided ones withdrawn, older than the retention period dropped) and each group is judged by
 * groupReport, the functions the class overview and the needs-help page call. Loaded by report.mjs.
 */
import { isCompanionKind } from '@/adapters/files/readers';
import { readExport } from '@/adapters/files/check-export';
import type { CsvColumns } from '@/adapters/csv/csv.columns';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import { resolveSloUuids } from '@/curriculum/slo-import';
import { sourceId, type PupilRef } from '@/domain/ids';
import type { Result } from '@/domain/model';
import type { PseudonymShape } from '@/domain/pseudonym-shape';
import { retentionCutoff } from '@/domain/privacy';
import { deduplicate } from '@/domain/quality/duplicates';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { groupReport, type GoalReportLine, type PupilReportLine } from '@/domain/progress/group-report';
import { DEFAULT_RULE } from '@/domain/progress/needs-help';
import { isExpired } from '@/ingest/ingest-filter';
import { yearLevelOf } from '@/store/roster.repo';
import type { RunInput } from './check-export.entry';
import type { MappingFile } from './report.options';
import type { TeacherJudgement } from '@/domain/teacher-judgement';

export { parseColumns } from './check-export.columns';
export { parseMapping, parseNow, parsePseudonym, parseRosterGroups, parseWeeks } from './report.options';
export { parseJudgements } from './report.judgements';

export interface ReportOptions {
  readonly now: Date;
  readonly weeks?: number;
  /** Only this group (with a roster); without a roster, the name of the one group every pupil is in. */
  readonly group?: string;
  readonly columns?: Partial<CsvColumns>;
  /** The pupil keys' form (--pseudonym); absent: each file's kind's default, as for a connector. */
  readonly pseudonym?: PseudonymShape;
  readonly mapping?: MappingFile;
  /** Pseudonym -> group name, from --roster. */
  readonly roster?: ReadonlyMap<PupilRef, string>;
  /** The teachers' own judgements, from --judgements (the app's export): followed until newer results disagree. */
  readonly judgements?: readonly TeacherJudgement[];
}

export type ReportLine = GoalReportLine | (PupilReportLine & { readonly group: string | null }) | { readonly summary: Summary };

interface Summary {
  readonly files: number;
  readonly results: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly voided: number;
  readonly expired: number;
  /** Second reports of an attempt already counted (same pupil, goals, score, within a minute), left out. */
  readonly duplicates: number;
  readonly groups: readonly {
    readonly name: string | null;
    readonly yearLevel: string;
    readonly pupils: number;
    readonly needsHelp: number;
    /** Listed only for a gap in the data (no result yet, none lately): the page shows them apart. */
    readonly noResultsYet: number;
    readonly noResultsLately: number;
  }[];
  readonly pupils: number;
  readonly goalLines: number;
  readonly needsHelp: number;
  readonly noResultsYet: number;
  readonly noResultsLately: number;
  /** The newest result's time in the files (ISO), null without results. */
  readonly newestResult: string | null;
  readonly settings: Readonly<Record<string, unknown>>;
}

export type ReportRun =
  | { readonly lines: readonly ReportLine[]; readonly notes: readonly string[]; readonly exitCode: 0 }
  | { readonly errors: readonly string[]; readonly exitCode: 2 };

/** Past this many days between the newest result and --now, the report says so (everyone then looks quiet). */
const STALE_NOW_DAYS = 28;
const DAY_MS = 86_400_000;

/** A note when the files end long before the day judged: every pupil then lacks recent results. */
function nowNotes(newest: number | null, now: Date): string[] {
  if (newest === null || now.getTime() - newest <= STALE_NOW_DAYS * DAY_MS) return [];
  const days = Math.floor((now.getTime() - newest) / DAY_MS);
  const day = new Date(newest).toISOString().slice(0, 10);
  return [
    `Let op: het nieuwste resultaat in de bestanden is van ${day}, ${days} dagen voor de dag van het oordeel (${now.toISOString().slice(0, 10)}). ` +
      `Wie toen nog leerde, telt nu als zonder recente resultaten. Geef met --now de dag waarop de bestanden zijn gemaakt.`,
  ];
}

/** What the app's "Zonder groep" holds: pupils in the files but not on the roster. */
const NO_GROUP = null;
const ALL_PUPILS = 'alle leerlingen';

/** A file's results count as one source, named after the file (results.csv -> "results"). */
const sourceOfFile = (name: string) => sourceId(name.replace(/\.[^.]+$/, '').toLowerCase() || 'bestand');

export function run(inputs: readonly RunInput[], options: ReportOptions): ReportRun {
  const nowIso = options.now.toISOString();
  const byId = new Map<string, Result>();
  const voids = new Set<string>();
  const errors: string[] = [];
  let rejected = 0;
  let skipped = 0;
  for (const input of inputs) {
    if ('error' in input) {
      errors.push(`${input.path}: ${input.error}`);
      continue;
    }
    const source = sourceOfFile(input.file.name);
    const mapping = options.mapping?.mapping ?? {};
    const context = {
      now: nowIso,
      resolveSloIds: resolveSloUuids,
      source,
      mapping,
      ...(options.columns ? { columns: options.columns } : {}),
      ...(options.pseudonym ? { pseudonym: options.pseudonym } : {}),
    };
    const outcome = readExport(input, context);
    if (!outcome.ok) errors.push(`${input.path}: ${outcome.error}`);
    else if (!isCompanionKind(outcome.kind)) {
      for (const result of outcome.read.results) byId.set(result.id, result);
      for (const id of outcome.read.voids) voids.add(id);
      rejected += outcome.read.rejections.length;
      skipped += Object.values(outcome.read.skipped).reduce((sum, count) => sum + count, 0);
    }
  }
  // A judgement on part of the data would look like one on all of it: an unreadable file stops the report.
  if (errors.length > 0) return { errors, exitCode: 2 };

  const cutoff = retentionCutoff(options.now).getTime();
  const kept = [...byId.values()].filter((result) => !voids.has(result.id));
  const current = kept.filter((result) => !isExpired(result, cutoff));
  // The same attempt reported twice (one file or two) counts once, as in the app's views.
  const { kept: results, duplicates } = deduplicate(current);
  const groupOf = (ref: PupilRef): string | null => (options.roster ? (options.roster.get(ref) ?? NO_GROUP) : (options.group ?? ALL_PUPILS));
  const members = new Map<string | null, PupilRef[]>();
  const add = (ref: PupilRef) => {
    const group = groupOf(ref);
    const list = members.get(group) ?? [];
    if (!list.includes(ref)) list.push(ref);
    members.set(group, list);
  };
  for (const ref of options.roster?.keys() ?? []) add(ref);
  for (const result of results) add(result.pupil);

  const rule = options.weeks ? { ...DEFAULT_RULE, weeksOfPractice: options.weeks } : DEFAULT_RULE;
  const lines: ReportLine[] = [];
  const groups: Summary['groups'][number][] = [];
  for (const [name, pupils] of members) {
    if (options.roster && options.group !== undefined && name !== options.group) continue;
    const yearLevel = name === NO_GROUP ? 'onbekend' : yearLevelOf(name);
    const inGroup = new Set(pupils);
    const report = groupReport({
      pupils,
      results: results.filter((result) => inGroup.has(result.pupil)),
      lines: BUILT_IN_LINES,
      targetLevel: (line) => targetLevelFor(line, yearLevel),
      now: nowIso,
      estimatorOf: (line) => estimatorFor(line.id),
      rule,
      judgements: (options.judgements ?? []).filter((judgement) => inGroup.has(judgement.pupil)),
    });
    lines.push(...report.goals, ...report.pupils.map((pupil) => ({ ...pupil, group: name })));
    const gapped = (gap: string) => report.pupils.filter((pupil) => pupil.dataGap === gap).length;
    groups.push({
      name,
      yearLevel,
      pupils: pupils.length,
      needsHelp: report.pupils.filter((pupil) => pupil.needsHelp).length,
      noResultsYet: gapped('no-results-yet'),
      noResultsLately: gapped('no-results-lately'),
    });
  }
  if (options.roster && options.group !== undefined && groups.length === 0)
    return { errors: [`--group ${options.group}: die groep staat niet in het roster`], exitCode: 2 };

  const newest = results.reduce<number | null>((latest, result) => Math.max(latest ?? -Infinity, Date.parse(result.time)), null);
  const summary: Summary = {
    files: inputs.length,
    results: results.length,
    rejected,
    skipped,
    voided: [...byId.keys()].filter((id) => voids.has(id)).length,
    expired: kept.length - current.length,
    duplicates,
    groups,
    pupils: groups.reduce((sum, group) => sum + group.pupils, 0),
    goalLines: lines.filter((line) => 'goal' in line).length,
    needsHelp: groups.reduce((sum, group) => sum + group.needsHelp, 0),
    noResultsYet: groups.reduce((sum, group) => sum + group.noResultsYet, 0),
    noResultsLately: groups.reduce((sum, group) => sum + group.noResultsLately, 0),
    newestResult: newest === null ? null : new Date(newest).toISOString(),
    settings: {
      now: nowIso,
      weeks: rule.weeksOfPractice,
      group: options.group ?? null,
      roster: options.roster !== undefined,
      mappedCodes: Object.keys(options.mapping?.mapping ?? {}).length,
      judgements: options.judgements?.length ?? 0,
      unknownGoals: options.mapping?.unknownGoals ?? [],
      estimator: 'default',
      rule,
    },
  };
  return { lines: [...lines, { summary }], notes: nowNotes(newest, options.now), exitCode: 0 };
}
