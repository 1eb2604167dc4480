/**
 * The SLO import reads SLO's real open-data files (../shared/fixtures/slo, read at test time,
 * never copied into the project). Counts are made here a second way, with plain JSON walking,
 * and must agree with what the parser reports. Without that folder the suite is skipped and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSloImport, readSloFile } from '@/curriculum/slo-import';
import { fixturesPresent } from '../support/fixtures-present';

const SLO = path.resolve(__dirname, '../../../shared/fixtures/slo');
const present = fixturesPresent(existsSync(SLO), 'slo-import.test.ts');
if (!present) console.warn(`conformance/slo-import: SKIPPED, ${SLO} is absent`);

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
type Raw = Record<string, unknown>;

/** Data files and, by our reading of each dataset's context.json, which of their collections hold goals. */
const DATA_FILES: Record<string, { goalCollections: readonly string[] }> = {
  'basis/doelen.keyword-filter-algoritme-programmeren.json': { goalCollections: ['*'] },
  'basis/niveaus.json': { goalCollections: [] },
  'basis/vakleergebieden.json': { goalCollections: [] },
  'kerndoelen/kerndoelen.json': { goalCollections: ['*'] },
  'kerndoelen/domeinen.json': { goalCollections: [] },
  'kerndoelen/uitstroomprofielen.json': { goalCollections: [] },
  'kerndoelen/vakleergebieden.json': { goalCollections: [] },
  'leerdoelenkaarten/ldk.vakleergebieden.json': { goalCollections: [] },
  'leerdoelenkaarten/ldk-digitale-geletterdheid.json': { goalCollections: ['ldk_vakkern', 'ldk_vaksubkern', 'ldk_vakinhoud'] },
};
const SCHEMA_FILES = ['basis/context.json', 'kerndoelen/context.json', 'leerdoelenkaarten/context.json'];

const read = (file: string) => readFileSync(path.join(SLO, file), 'utf8');
const collectionsOf = (json: unknown): Array<[string, Raw[]]> =>
  Array.isArray(json) ? [['*', json as Raw[]]] : Object.entries(json as Record<string, Raw[]>);

/** The same numbers, counted without the parser. */
function countByHand(file: string) {
  const json: unknown = JSON.parse(read(file));
  const { goalCollections } = DATA_FILES[file] ?? { goalCollections: [] };
  const all = collectionsOf(json).flatMap(([name, items]) => items.map((item) => ({ name, item })));
  const released = all.filter(({ item }) => item.unreleased !== true);
  const goals = new Set(
    released
      .filter(({ name, item }) => goalCollections.includes(name) && !item.replacedBy && typeof item.title === 'string')
      .map(({ item }) => String(item.id).toLowerCase()),
  );
  const replaced = new Set(
    released
      .flatMap(({ item }) => [...((item.replaces as string[] | undefined) ?? []), ...(item.replacedBy ? [String(item.id)] : [])])
      .map((id) => id.toLowerCase()),
  );
  return { entities: all.length, goals: goals.size, replaced: replaced.size, unreleased: all.length - released.length };
}

describe.skipIf(!present)('SLO import against the open-data files in ../shared/fixtures/slo', () => {
  const onDisk = present
    ? readdirSync(SLO, { withFileTypes: true })
        .filter((dir) => dir.isDirectory())
        .flatMap((dir) =>
          readdirSync(path.join(SLO, dir.name))
            .filter((name) => name.endsWith('.json') && name !== 'package.json')
            .map((name) => `${dir.name}/${name}`),
        )
    : [];

  it('knows every JSON file in the folder (data or schema)', () => {
    expect(onDisk.sort()).toEqual([...Object.keys(DATA_FILES), ...SCHEMA_FILES].sort());
  });

  it.each(Object.keys(DATA_FILES))('%s: parses, counts agree with a hand count, no entity is invalid', (file) => {
    const result = readSloFile(read(file), file);
    expect(result.ok, file).toBe(true);
    if (!result.ok) return;
    const hand = countByHand(file);
    expect(result.file.goals).toHaveLength(hand.goals);
    expect(result.file.deprecations).toHaveLength(hand.replaced);
    expect(result.file.unreleased).toHaveLength(hand.unreleased);
    expect(result.file.invalid).toEqual([]);
    expect(result.file.collections.reduce((sum, collection) => sum + collection.entities, 0)).toBe(hand.entities);
    expect(result.file.goals.length + result.file.others).toBe(hand.entities - hand.unreleased);
    for (const goal of result.file.goals) {
      expect(goal.title, goal.id).not.toMatch(ZERO_WIDTH);
      expect(goal.title.length, goal.id).toBeGreaterThan(0);
      for (const parent of goal.parents) expect(parent.title).not.toMatch(ZERO_WIDTH);
    }
  });

  it('the leerdoelenkaart carries zero-width spaces, and none survive; its goals sit under their core topics', () => {
    const file = 'leerdoelenkaarten/ldk-digitale-geletterdheid.json';
    expect(read(file)).toMatch(ZERO_WIDTH);
    const result = readSloFile(read(file), file);
    if (!result.ok) throw new Error(result.problem);
    const raw = JSON.parse(read(file)) as Record<string, Raw[]>;
    const vakkern = raw.ldk_vakkern?.[0];
    const firstSub = (vakkern?.ldk_vaksubkern_id as string[] | undefined)?.[0];
    const sub = result.file.goals.find((goal) => goal.id === firstSub);
    expect(sub?.parents.map((parent) => parent.id)).toEqual([vakkern?.id]);
    expect(sub?.collection).toBe('ldk_vaksubkern');
  });

  it('kerndoelen carry their niveau links and successors of earlier kerndoelen', () => {
    const file = 'kerndoelen/kerndoelen.json';
    const result = readSloFile(read(file), file);
    if (!result.ok) throw new Error(result.problem);
    const raw = JSON.parse(read(file)) as Raw[];
    const first = raw[0] as Raw;
    expect(result.file.goals.find((goal) => goal.id === first.id)?.levels).toEqual(first.niveau_id);
    const successor = raw.find((entity) => Array.isArray(entity.replaces)) as Raw;
    const replaced = (successor.replaces as string[])[0] as string;
    expect(result.file.deprecations.find((deprecation) => deprecation.id === replaced)?.replacedBy).toContain(successor.id);
  });

  it('the programming extract: every goal is new or behind a built-in goal, and the plan says which', () => {
    const file = 'basis/doelen.keyword-filter-algoritme-programmeren.json';
    const result = readSloFile(read(file), file);
    if (!result.ok) throw new Error(result.problem);
    const plan = planSloImport(result.file, []);
    expect(plan.added.length + plan.builtIn.length).toBe(result.file.goals.length);
    expect(plan.builtIn.length).toBeGreaterThan(0);
  });

  it.each(SCHEMA_FILES)('%s: a JSON schema, refused with that reason', (file) => {
    const result = readSloFile(read(file), file);
    expect(result).toMatchObject({ ok: false, problem: 'json-schema' });
  });
});
