import { describe, expect, it } from 'vitest';
import { planSloImport, readSloFile, type SloFile } from '@/curriculum/slo-import';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const ok = (json: unknown, name = 'data.json'): SloFile => {
  const result = readSloFile(JSON.stringify(json), name);
  if (!result.ok) throw new Error(`${result.problem}: ${result.detail}`);
  return result.file;
};

describe('readSloFile', () => {
  it('reads a bare array of doelen, strips zero-width spaces and ignores unknown fields', () => {
    const file = ok([{ id: id(1), title: '\u200bAlgoritme\u200b maken ', bron: 'Aanbodsdoel', extra: { deep: true } }], 'doelen.json');
    expect(file.goals).toEqual([{ id: id(1), title: 'Algoritme maken', collection: 'doel', prefix: null, levels: [], parents: [] }]);
  });

  it('reads named collections with parents (children lists) and levels (niveau_id, doelniveau)', () => {
    const file = ok({
      ldk_vakkern: [{ id: id(1), title: 'Kern', ldk_vaksubkern_id: [id(2)] }],
      ldk_vaksubkern: [{ id: id(2), title: 'Subkern', prefix: 'DG1.1', niveau_id: [id(50)] }],
      doel: [{ id: id(3), title: 'Doel' }],
      doelniveau: [{ id: id(4), doel_id: [id(3)], niveau_id: [id(51)] }],
      alias: [{ doel_id: id(3), parent_id: id(1), title: 'ander woord' }],
    });
    expect(file.goals.map((goal) => [goal.id, goal.collection, goal.levels, goal.parents])).toEqual([
      [id(1), 'ldk_vakkern', [], []],
      [id(2), 'ldk_vaksubkern', [id(50)], [{ id: id(1), title: 'Kern' }]],
      [id(3), 'doel', [id(51)], []],
    ]);
    expect(file.collections).toEqual([
      { name: 'ldk_vakkern', entities: 1 },
      { name: 'ldk_vaksubkern', entities: 1 },
      { name: 'doel', entities: 1 },
      { name: 'doelniveau', entities: 1 },
    ]);
    expect(file.others).toBe(1);
  });

  it('deprecations come from replacedBy (deprecated collection) and from replaces on successors', () => {
    const file = ok({
      deprecated: [{ id: id(1), title: 'Oud doel', types: ['doel'], replacedBy: [id(2), id(3)] }],
      doel: [
        { id: id(2), title: 'Nieuw A', replaces: [id(1)] },
        { id: id(3), title: 'Nieuw B' },
        { id: id(5), title: 'Opvolger', replaces: [id(4)] },
      ],
    });
    expect(file.deprecations).toEqual([
      { id: id(1), replacedBy: [id(2), id(3)], title: 'Oud doel', types: ['doel'], ofGoal: true },
      { id: id(4), replacedBy: [id(5)], title: null, types: [], ofGoal: true },
    ]);
    expect(file.goals.map((goal) => goal.id)).toEqual([id(2), id(3), id(5)]);
  });

  it('skips unreleased entities and never links to their UUIDs', () => {
    const file = ok({
      doel: [
        { id: id(1), title: 'Klaar' },
        { id: id(2), title: 'Concept', unreleased: true, replaces: [id(1)] },
      ],
    });
    expect(file.goals.map((goal) => goal.id)).toEqual([id(1)]);
    expect(file.unreleased).toEqual([{ id: id(2), title: 'Concept', collection: 'doel' }]);
    expect(file.deprecations).toEqual([]);
  });

  it('one broken entity is reported with its reason; the rest of the file still counts', () => {
    const file = ok({
      doel: [
        { id: id(1), title: 'Goed' },
        'tekst',
        { title: 'Zonder id' },
        { id: 'niet-een-uuid', title: 'Fout id' },
        { id: id(2) },
        { id: id(3), title: '\u200b' },
        { id: id(4), title: 'Kapotte link', niveau_id: ['x'] },
        { id: id(6), title: 'Kapot veld', replacedBy: 'x' },
      ],
    });
    expect(file.goals.map((goal) => goal.id)).toEqual([id(1)]);
    expect(file.invalid).toEqual([
      { collection: 'doel', position: 2, id: null, reason: 'not-object', field: null },
      { collection: 'doel', position: 3, id: null, reason: 'no-id', field: null },
      { collection: 'doel', position: 4, id: 'niet-een-uuid', reason: 'bad-id', field: null },
      { collection: 'doel', position: 5, id: id(2), reason: 'no-title', field: 'title' },
      { collection: 'doel', position: 6, id: id(3), reason: 'no-title', field: 'title' },
      { collection: 'doel', position: 7, id: id(4), reason: 'bad-field', field: 'niveau_id' },
      { collection: 'doel', position: 8, id: id(6), reason: 'bad-field', field: 'replacedBy' },
    ]);
  });

  it('gives a clear reason for broken JSON, a JSON schema and JSON that holds no collections', () => {
    expect(readSloFile('{"doel": [', 'x.json')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(readSloFile('{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {}}', 'context.json')).toMatchObject({
      ok: false,
      problem: 'json-schema',
    });
    expect(readSloFile('{"naam": "x"}', 'x.json')).toMatchObject({ ok: false, problem: 'not-slo-data' });
    expect(readSloFile('42', 'x.json')).toMatchObject({ ok: false, problem: 'not-slo-data' });
  });

  it('reads a file with a byte-order mark', () => {
    const result = readSloFile(`\uFEFF${JSON.stringify([{ id: id(1), title: 'Doel', bron: 'x' }])}`, 'doelen.json');
    expect(result.ok && result.file.goals).toHaveLength(1);
  });
});

describe('planSloImport', () => {
  const file = ok({
    deprecated: [{ id: id(1), title: 'Oud', types: ['doel'], replacedBy: [id(2)] }],
    doel: [
      { id: id(2), title: 'Nieuw' },
      { id: id(3), title: 'Nieuwe titel' },
      { id: id(4), title: 'Zelfde' },
      { id: '9a22fa47-2a5a-4b86-abb0-87d41ebb14dd', title: 'Van de leerlijn programmeren' },
    ],
  });

  it('sorts goals into new, behind a built-in goal, refreshed and unchanged; names successors', () => {
    const plan = planSloImport(file, [
      { id: id(3), title: 'Oude titel', line: 'slo-import', replacedBy: [] },
      { id: id(4), title: 'Zelfde', line: 'slo-import', replacedBy: [] },
    ]);
    expect(plan.added.map((goal) => goal.id)).toEqual([id(2)]);
    expect(plan.builtIn.map((goal) => goal.title)).toEqual(['Van de leerlijn programmeren']);
    expect(plan.refreshed).toEqual([{ goal: expect.objectContaining({ id: id(3), title: 'Nieuwe titel' }), before: 'Oude titel' }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.replaced).toEqual([{ id: id(1), title: 'Oud', successors: [{ id: id(2), title: 'Nieuw' }] }]);
  });
});
