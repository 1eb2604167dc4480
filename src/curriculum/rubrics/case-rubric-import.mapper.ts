import type { z } from 'zod';
import { goalId } from '@/domain/ids';
import type { Goal, LocalText } from '@/domain/model';
import type { Rubric } from '@/domain/rubric';
import { slugOf } from '@/domain/rubric-edit';
import { goalById, goalsBySloId } from '@/curriculum';
import { checkRubric, type RubricIssue } from './rubric.schema';
import {
  CaseRubric,
  CaseRubricList,
  EXTENSION_KEY,
  GOAL_URN,
  LeerzichtCriterionExtension,
  LeerzichtLevelExtension,
  LeerzichtRubricExtension,
  type CaseCriterion,
  type CaseLevel,
} from './case-rubric.schema';

/** A problem with the file itself, at a path in it (CFRubricCriteria[1].CFRubricCriterionLevels[0].identifier). */
export interface CaseProblem {
  readonly path: string;
  readonly problem: 'not-json' | 'missing' | 'wrong-type' | 'empty' | 'levels-differ' | 'invalid';
  /** Extra facts for the message: expected type, counts. */
  readonly params: Readonly<Record<string, string | number>>;
}

export type CaseWarning =
  | { readonly kind: 'goal-unknown'; readonly path: string; readonly goal: string }
  /** An SLO id that several Leerzicht goals carry: not guessed, left out. */
  | { readonly kind: 'goal-ambiguous'; readonly path: string; readonly goal: string; readonly matches: number }
  | { readonly kind: 'more-rubrics'; readonly count: number }
  | { readonly kind: 'extension-ignored'; readonly path: string }
  /** A criterion whose levels the file names otherwise than the first's: Leerzicht shares one set of levels, so these names are not kept. */
  | { readonly kind: 'levels-renamed'; readonly path: string; readonly names: string; readonly used: string };

export type CaseImport =
  | { readonly ok: true; readonly rubric: Rubric; readonly warnings: readonly CaseWarning[] }
  | { readonly ok: false; readonly problems: readonly CaseProblem[]; readonly issues: readonly RubricIssue[] };

/** Reads the text of a file: JSON first, then the CFRubric in it. */
export function readCaseRubricText(text: string): CaseImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', problem: 'not-json', params: { detail: error instanceof Error ? error.message : String(error) } }],
      issues: [],
    };
  }
  return fromCaseRubric(json);
}

/**
 * A CASE CFRubric (or a package with CFRubrics: the first one) as a Leerzicht rubric. Criteria and
 * levels go by `position` (then by order in the file); every criterion must have as many levels as
 * the first, since a Leerzicht rubric shares its levels. Without Leerzicht's extension, English
 * copies the Dutch text, ids come from the CASE identifiers and goals from CFItemURI.
 */
export function fromCaseRubric(input: unknown): CaseImport {
  const warnings: CaseWarning[] = [];
  let candidate = input;
  // In a package the rubric is CFRubrics[0], and every path in a message starts there.
  let root = '';
  if (typeof input === 'object' && input !== null && 'CFRubrics' in input) {
    const list = CaseRubricList.safeParse(input);
    if (!list.success) return { ok: false, problems: list.error.issues.map(toProblem), issues: [] };
    candidate = list.data.CFRubrics[0];
    root = 'CFRubrics[0]';
    if (list.data.CFRubrics.length > 1) warnings.push({ kind: 'more-rubrics', count: list.data.CFRubrics.length });
  }
  const at = (path: string) => [root, path].filter(Boolean).join('.');
  const parsed = CaseRubric.safeParse(candidate);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map(toProblem).map((problem) => ({ ...problem, path: at(problem.path) })), issues: [] };
  const source = parsed.data;
  const criteria = byPosition(source.CFRubricCriteria);
  const levelCount = criteria[0]?.item.CFRubricCriterionLevels.length ?? 0;
  const differing = criteria
    .filter(({ item }) => item.CFRubricCriterionLevels.length !== levelCount)
    .map(({ item, index }) => ({
      path: at(`CFRubricCriteria[${index}].CFRubricCriterionLevels`),
      problem: 'levels-differ' as const,
      params: { count: item.CFRubricCriterionLevels.length, expected: levelCount },
    }));
  if (differing.length > 0) return { ok: false, problems: differing, issues: [] };

  const ext = extension(LeerzichtRubricExtension, source.extensions, root, warnings);
  const firstLevels = byPosition(criteria[0]?.item.CFRubricCriterionLevels ?? []).map(({ item }) => item);
  const levels = firstLevels.map((level, index) => {
    const known = ext?.levels.length === levelCount ? ext.levels[index] : undefined;
    const quality = level.quality ?? known?.label.nl ?? `${index + 1}`;
    return { id: known?.id ?? `niveau-${index + 1}`, label: text(quality, known?.label) };
  });

  criteria.slice(1).forEach(({ item, index }) => {
    const names = byPosition(item.CFRubricCriterionLevels).map(({ item: cell }, position) => cell.quality ?? levels[position]!.label.nl);
    if (names.some((name, position) => name.trim() !== levels[position]!.label.nl.trim()))
      warnings.push({
        kind: 'levels-renamed',
        path: at(`CFRubricCriteria[${index}].CFRubricCriterionLevels`),
        names: names.join(', '),
        used: levels.map((level) => level.label.nl).join(', '),
      });
  });
  const criterionId = uniqueIds();
  const rubric: Rubric = {
    id: (ext?.rubricId ?? `case-${slugOf(source.identifier)}`) as Rubric['id'],
    title: text(source.title, ext?.title),
    description: text(source.description ?? '', ext?.description),
    levels,
    criteria: criteria.map(({ item, index }) => {
      const path = at(`CFRubricCriteria[${index}]`);
      const own = extension(LeerzichtCriterionExtension, item.extensions, path, warnings);
      const cells = byPosition(item.CFRubricCriterionLevels);
      const title = item.description ?? item.category ?? item.identifier;
      return {
        id: criterionId(own?.id ?? slugOf(item.identifier), 'criterium'),
        title: text(title, own?.title),
        weight: item.weight ?? 1,
        goals: (own?.goals ?? goalsOf(item, path, warnings)).map(goalId),
        descriptors: Object.fromEntries(
          cells.map(({ item: cell, index: cellIndex }, position) => {
            const levelExt = extension(LeerzichtLevelExtension, cell.extensions, `${path}.CFRubricCriterionLevels[${cellIndex}]`, warnings);
            return [levels[position]!.id, text(cell.description ?? '', levelExt?.descriptor)];
          }),
        ),
        steps:
          own?.steps ??
          stepsFromFeedback(
            cells.map(({ item: cell }) => cell),
            levels,
          ),
      };
    }),
    targets: ext?.targets ?? {},
  };
  const checked = checkRubric(rubric);
  return checked.ok ? { ok: true, rubric: checked.rubric, warnings } : { ok: false, problems: [], issues: checked.issues };
}

/**
 * Ids from slugs, each used once: CASE identifiers are unique, but their slugs need not be (a long
 * URI is cut at 60 characters, another script leaves nothing, case is lost). A taken or empty slug
 * gets a number.
 */
function uniqueIds(): (slug: string, fallback: string) => string {
  const used = new Set<string>();
  return (slug, fallback) => {
    let id = slug;
    for (let n = 2; id === '' || used.has(id); n += 1) id = `${slug || fallback}-${n}`;
    used.add(id);
    return id;
  };
}

/** Dutch from CASE; English from the extension when there is one, else a copy. */
function text(nl: string, known: LocalText | undefined): LocalText {
  return { nl, en: known ? known.en : nl };
}

function byPosition<T extends { position?: number | undefined; score?: number | undefined }>(items: readonly T[]): { item: T; index: number }[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.position ?? a.index) - (b.item.position ?? b.index) || (a.item.score ?? 0) - (b.item.score ?? 0) || a.index - b.index);
}

const SLO_URI_UUID = /^https?:\/\/([a-z0-9-]+\.)*slo\.nl\/.*?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** The goals a CASE link can name: ours by id or URN, else those carrying the SLO UUID that is its identifier or in its SLO uri. */
function candidatesOf(link: { readonly identifier: string; readonly uri?: string | undefined }): readonly Goal[] {
  for (const name of [link.identifier, link.uri ?? '']) {
    const own = goalById(name.startsWith(GOAL_URN) ? name.slice(GOAL_URN.length) : name);
    if (own) return [own];
  }
  const bySlo = goalsBySloId(link.identifier);
  if (bySlo.length > 0) return bySlo;
  const uuid = SLO_URI_UUID.exec(link.uri ?? '')?.[2];
  return uuid ? goalsBySloId(uuid) : [];
}

/**
 * CFItemURI -> the one goal it names. An SLO UUID several of our goals carry (the levels of a strand,
 * a goal two concepts share) is not guessed at: the link is left out with a warning, as is an unknown one.
 */
function goalsOf(criterion: CaseCriterion, path: string, warnings: CaseWarning[]): string[] {
  const link = criterion.CFItemURI;
  if (!link) return [];
  const goals = candidatesOf(link);
  if (goals.length === 1) return [goals[0]!.id];
  const goal = link.title ?? link.identifier;
  warnings.push(
    goals.length > 1
      ? { kind: 'goal-ambiguous', path: `${path}.CFItemURI`, goal, matches: goals.length }
      : { kind: 'goal-unknown', path: `${path}.CFItemURI`, goal },
  );
  return [];
}

/** CASE feedback (guidance) as the steps to the next level; the top level has none. */
function stepsFromFeedback(cells: readonly CaseLevel[], levels: readonly { id: string }[]): Record<string, LocalText> {
  const steps: Record<string, LocalText> = {};
  cells.forEach((cell, index) => {
    const level = levels[index];
    if (level && index < levels.length - 1 && cell.feedback) steps[level.id] = { nl: cell.feedback, en: cell.feedback };
  });
  return steps;
}

function extension<T extends z.ZodType>(
  schema: T,
  extensions: Record<string, unknown> | undefined,
  path: string,
  warnings: CaseWarning[],
): z.infer<T> | undefined {
  const raw = extensions?.[EXTENSION_KEY];
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  warnings.push({ kind: 'extension-ignored', path: `${path ? `${path}.` : ''}extensions.${EXTENSION_KEY}` });
  return undefined;
}

function toProblem(issue: z.core.$ZodIssue): CaseProblem {
  const path = issue.path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), '');
  if (issue.code === 'invalid_type') {
    const missing = 'input' in issue ? issue.input === undefined : /received undefined/.test(issue.message);
    return missing ? { path, problem: 'missing', params: {} } : { path, problem: 'wrong-type', params: { expected: issue.expected } };
  }
  if (issue.code === 'too_small') return { path, problem: 'empty', params: {} };
  return { path, problem: 'invalid', params: { detail: issue.message } };
}
