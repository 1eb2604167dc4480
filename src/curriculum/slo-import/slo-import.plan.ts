import { goalsBySloId } from '@/curriculum';
import type { SloFile, SloGoal, SloInvalidEntity, SloSkipped } from './slo-file.types';
import { SLO_IMPORT_LINE } from './slo-import-line';

/** A goal already in this browser's store, as the plan needs it. */
export interface KnownSloGoal {
  readonly id: string;
  readonly title: string | null;
  readonly line: string;
  readonly replacedBy: readonly string[];
}

export { SLO_IMPORT_LINE };

export interface SloNamed {
  readonly id: string;
  readonly title: string | null;
}

/** What an import will do, shown before "Importeren" and again as the result. */
export interface SloImportPlan {
  /** Goals not yet known here and not behind a built-in goal. */
  readonly added: readonly SloGoal[];
  /** Goals whose UUID one of our built-in goals carries: stored with that line, title refreshed. */
  readonly builtIn: readonly SloGoal[];
  /** Goals known before with another title. */
  readonly refreshed: ReadonlyArray<{ readonly goal: SloGoal; readonly before: string | null }>;
  /** Goals and replacements already stored as the file has them. */
  readonly unchanged: number;
  /** Replaced UUIDs with what replaces them today, not stored before (a known replacement counts as unchanged). */
  readonly replaced: ReadonlyArray<SloNamed & { readonly successors: readonly SloNamed[] }>;
  /** Other entities (vakleergebieden, domeinen) replaced by a newer one, not stored before: links kept, not listed as goals. */
  readonly replacedOthers: number;
  readonly unreleased: readonly SloSkipped[];
  readonly invalid: readonly SloInvalidEntity[];
  readonly others: number;
}

/** The line a stored row for this SLO UUID belongs to: the first built-in goal's line, else the import line. */
export const lineForSloId = (uuid: string): string => goalsBySloId(uuid)[0]?.line ?? SLO_IMPORT_LINE;

/** Compares a read file with what is stored. Pure; the store applies the same rules when saving. */
export function planSloImport(file: SloFile, known: readonly KnownSloGoal[]): SloImportPlan {
  const byId = new Map(known.map((goal) => [goal.id, goal] as const));
  const inFile = new Map(file.goals.map((goal) => [goal.id, goal] as const));
  const added: SloGoal[] = [];
  const builtIn: SloGoal[] = [];
  const refreshed: Array<{ goal: SloGoal; before: string | null }> = [];
  let unchanged = 0;
  for (const goal of file.goals) {
    const before = byId.get(goal.id);
    if (before && before.title !== goal.title) refreshed.push({ goal, before: before.title });
    else if (before) unchanged += 1;
    else if (lineForSloId(goal.id) !== SLO_IMPORT_LINE) builtIn.push(goal);
    else added.push(goal);
  }
  const titleOf = (id: string) => inFile.get(id)?.title ?? byId.get(id)?.title ?? null;
  // A replacement already stored (the same file imported again) changes nothing: it counts as unchanged.
  const isKnown = (deprecation: SloFile['deprecations'][number]) =>
    deprecation.replacedBy.every((id) => byId.get(deprecation.id)?.replacedBy.includes(id));
  const fresh = file.deprecations.filter((deprecation) => !isKnown(deprecation));
  unchanged += file.deprecations.length - fresh.length;
  const replaced = fresh
    .filter((deprecation) => deprecation.ofGoal)
    .map((deprecation) => ({
      id: deprecation.id,
      title: deprecation.title ?? titleOf(deprecation.id),
      successors: deprecation.replacedBy.map((id) => ({ id, title: titleOf(id) })),
    }));
  return {
    added,
    builtIn,
    refreshed,
    unchanged,
    replaced,
    replacedOthers: fresh.length - replaced.length,
    unreleased: file.unreleased,
    invalid: file.invalid,
    others: file.others,
  };
}
