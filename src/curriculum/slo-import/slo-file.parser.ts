import { collectionOfArray, isChildLink, isGoalCollection } from './slo-collections';
import { cleanSloText, SloEntity, SloFileShape, SloLink } from './slo-entity.schema';
import type { SloDeprecation, SloFile, SloGoal, SloInvalidEntity, SloParent, SloReadResult, SloSkipped } from './slo-file.types';

/** Collections without entities of their own (alias rows point at a doel and carry no id). */
const IGNORED = new Set(['alias']);

interface Entry {
  readonly collection: string;
  readonly entity: SloEntity;
  readonly title: string | null;
  readonly links: ReadonlyMap<string, readonly string[]>;
}

/**
 * Reads one SLO open-data JSON file (curriculum-basis, -kerndoelen, -leerdoelenkaarten): goals with
 * cleaned titles, level and parent links, deprecations and what was skipped. One broken entity is
 * reported and left out; only a file that is not JSON or holds no SLO collections fails as a whole.
 */
export function readSloFile(text: string, fileName: string): SloReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const shape = SloFileShape.safeParse(json);
  if (!shape.success) return { ok: false, problem: 'not-slo-data', detail: typeof json };
  if (!Array.isArray(shape.data) && ('$schema' in shape.data || 'definitions' in shape.data))
    return { ok: false, problem: 'json-schema', detail: String(shape.data.$id ?? '') };
  const raw: ReadonlyArray<readonly [string, readonly unknown[]]> = Array.isArray(shape.data)
    ? [[collectionOfArray(fileName, shape.data), shape.data]]
    : Object.entries(shape.data).filter((pair): pair is [string, unknown[]] => Array.isArray(pair[1]) && !IGNORED.has(pair[0]));
  if (raw.length === 0) return { ok: false, problem: 'not-slo-data', detail: Object.keys(shape.data).slice(0, 5).join(', ') };
  const invalid: SloInvalidEntity[] = [];
  const entries = raw.flatMap(([collection, items]) => items.flatMap((item, index) => readEntry(collection, item, index + 1, invalid)));
  return { ok: true, file: assemble(raw, entries, invalid) };
}

function readEntry(collection: string, item: unknown, position: number, invalid: SloInvalidEntity[]): Entry[] {
  const fail = (reason: SloInvalidEntity['reason'], id: string | null, field: string | null = null) => {
    invalid.push({ collection, position, id, reason, field });
    return [];
  };
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('not-object', null);
  const record = item as Record<string, unknown>;
  const rawId = typeof record.id === 'string' ? record.id : null;
  const parsed = SloEntity.safeParse(record);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    if (field === 'id') return fail(record.id === undefined ? 'no-id' : 'bad-id', rawId);
    return fail('bad-field', rawId, field);
  }
  const links = new Map<string, readonly string[]>();
  for (const [field, value] of Object.entries(record)) {
    if (!field.endsWith('_id')) continue;
    const link = SloLink.safeParse(value);
    if (!link.success) return fail('bad-field', parsed.data.id, field);
    links.set(field, link.data);
  }
  const title = parsed.data.title === undefined ? null : cleanSloText(parsed.data.title);
  const deprecated = collection === 'deprecated' || (parsed.data.replacedBy?.length ?? 0) > 0;
  if (isGoalCollection(collection) && !deprecated && !title) return fail('no-title', parsed.data.id, 'title');
  return [{ collection, entity: parsed.data, title: title || null, links }];
}

function assemble(raw: ReadonlyArray<readonly [string, readonly unknown[]]>, all: readonly Entry[], invalid: readonly SloInvalidEntity[]): SloFile {
  const unreleased: SloSkipped[] = all
    .filter(({ entity }) => entity.unreleased === true)
    .map(({ entity, title, collection }) => ({ id: entity.id, title, collection }));
  const hidden = new Set(unreleased.map(({ id }) => id));
  const entries = all.filter(({ entity }) => !hidden.has(entity.id));
  const parents = new Map<string, SloParent[]>();
  const levels = new Map<string, string[]>();
  for (const { collection, entity, title, links } of entries) {
    for (const [field, ids] of links) {
      if (collection === 'doelniveau' && field === 'doel_id')
        for (const doel of ids) levels.set(doel, [...(levels.get(doel) ?? []), ...(links.get('niveau_id') ?? [])]);
      if (isChildLink(field, collection))
        for (const child of ids) parents.set(child, [...(parents.get(child) ?? []), { id: entity.id, title: title ?? entity.prefix ?? entity.id }]);
    }
  }

  const replacedBy = new Map<string, Set<string>>();
  const deprecatedMeta = new Map<string, { title: string | null; types: readonly string[] }>();
  const link = (from: string, to: string) => {
    if (hidden.has(to) || from === to) return;
    replacedBy.set(from, (replacedBy.get(from) ?? new Set()).add(to));
  };
  for (const { collection, entity, title } of entries) {
    for (const successor of entity.replacedBy ?? []) link(entity.id, successor);
    for (const predecessor of entity.replaces ?? []) link(predecessor, entity.id);
    if (collection === 'deprecated' || entity.replacedBy) deprecatedMeta.set(entity.id, { title, types: entity.types ?? [] });
  }
  const collectionOf = new Map(entries.map(({ entity, collection }) => [entity.id, collection] as const));
  const ofGoal = (types: readonly string[], successors: ReadonlySet<string>) =>
    types.length > 0
      ? types.some(isGoalCollection)
      : [...successors].some((id) => !collectionOf.has(id) || isGoalCollection(collectionOf.get(id) ?? ''));
  const deprecations: SloDeprecation[] = [...replacedBy].map(([id, successors]) => {
    const types = deprecatedMeta.get(id)?.types ?? [];
    return { id, replacedBy: [...successors], title: deprecatedMeta.get(id)?.title ?? null, types, ofGoal: ofGoal(types, successors) };
  });

  const goals = new Map<string, SloGoal>();
  for (const { collection, entity, title, links } of entries) {
    if (!isGoalCollection(collection) || deprecatedMeta.has(entity.id) || goals.has(entity.id) || !title) continue;
    const own = links.get('niveau_id') ?? [];
    goals.set(entity.id, {
      id: entity.id,
      title,
      collection,
      prefix: entity.prefix ?? null,
      levels: [...new Set([...own, ...(levels.get(entity.id) ?? [])])],
      parents: parents.get(entity.id) ?? [],
    });
  }
  const others = entries.filter(
    ({ collection, entity }) => !goals.has(entity.id) && !deprecatedMeta.has(entity.id) && collection !== 'deprecated',
  ).length;
  return {
    collections: raw.map(([name, items]) => ({ name, entities: items.length })),
    goals: [...goals.values()],
    deprecations,
    unreleased,
    invalid,
    others,
  };
}
