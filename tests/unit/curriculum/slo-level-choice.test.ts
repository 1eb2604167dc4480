import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, goalById, goalsBySloId } from '@/curriculum';
import { SLO_LEVEL } from '@/curriculum/levels';
import { resolveSloUuids, setSloLinks } from '@/curriculum/slo-import';
import { oneLevelPerStrand } from '@/curriculum/slo-level-choice';
import { goalId } from '@/domain/ids';

/** The arithmetic domain "getallen": carried by getallen 1F, 2F and 1S alike (decision 003). */
const GETALLEN = 'cbe5831f-4031-464d-9f9b-ea9d3c2f324e';
const VERBANDEN = '4ee30484-ecec-45b7-9fad-81fcb021ca93';
/** The Lezen domain: carried by all six reading goals. */
const LEZEN = 'b5bb0c7d-14d3-4cb4-a801-4a243ea268d8';
/** The 2F descriptor of zakelijke teksten, which the 1S goal reuses. */
const ZAKELIJK_2F = 'd1bf699e-714c-4c57-b659-8e5271b2b53d';
/** The CT sub-core "decompositie": its po and vo goals share it. */
const CT_DECOMPOSITIE = 'dbeb9de1-e7ee-47c8-8828-b82d1d9040eb';

describe('resolveSloUuids: one level per strand', () => {
  afterEach(() => setSloLinks(new Map(), []));

  it('a shared domain id lands on the lowest level only, never on 2F or 1S as well', () => {
    expect(goalsBySloId(GETALLEN)).toHaveLength(3);
    expect(resolveSloUuids([GETALLEN])).toEqual(['rekenen.getallen.1f']);
  });

  it('several domains give one goal per strand, each at the lowest level', () => {
    expect(resolveSloUuids([GETALLEN, VERBANDEN]).sort()).toEqual(['rekenen.getallen.1f', 'rekenen.verbanden.1f']);
  });

  it('an SLO niveau UUID among the record’s ids picks that level', () => {
    expect(resolveSloUuids([GETALLEN, SLO_LEVEL.ref2F])).toEqual(['rekenen.getallen.2f']);
    expect(resolveSloUuids([GETALLEN.toUpperCase(), SLO_LEVEL.ref1S.toUpperCase()])).toEqual(['rekenen.getallen.1s']);
  });

  it('the record’s own level label picks that level (as UWLR gives it: 1F, 2F, 1S)', () => {
    expect(resolveSloUuids([GETALLEN], '2F')).toEqual(['rekenen.getallen.2f']);
    expect(resolveSloUuids([GETALLEN], ' 1s ')).toEqual(['rekenen.getallen.1s']);
  });

  it('a level no goal carrying the id has falls back to the lowest that carries it', () => {
    expect(resolveSloUuids([ZAKELIJK_2F], '1F')).toEqual(['lezen.zakelijk.2f']);
    expect(resolveSloUuids([ZAKELIJK_2F])).toEqual(['lezen.zakelijk.2f']);
    expect(resolveSloUuids([ZAKELIJK_2F], '1S')).toEqual(['lezen.zakelijk.1s']);
    expect(resolveSloUuids([GETALLEN], 'onbekend')).toEqual(['rekenen.getallen.1f']);
  });

  it('an id shared by both strands of a line lands once per strand', () => {
    expect(resolveSloUuids([LEZEN]).sort()).toEqual(['lezen.fictie.1f', 'lezen.zakelijk.1f']);
  });

  it('two ids of one strand that point at different levels still give one level: the lowest', () => {
    expect(resolveSloUuids([LEZEN, ZAKELIJK_2F])).toEqual(['lezen.zakelijk.1f', 'lezen.fictie.1f']);
  });

  it('computational thinking: po unless the record says vo (its own niveau id)', () => {
    expect(resolveSloUuids([CT_DECOMPOSITIE])).toEqual(['ct.decompositie.po']);
    expect(resolveSloUuids([CT_DECOMPOSITIE, SLO_LEVEL.obVo])).toEqual(['ct.decompositie.vo']);
  });

  it('no built-in SLO id resolves to more than one level of any strand', () => {
    const ids = new Set(BUILT_IN_LINES.flatMap((line) => line.goals.flatMap((goal) => goal.sloIds)));
    for (const id of ids) {
      const levels = new Map<string, Set<string>>();
      for (const goal of resolveSloUuids([id]).map(goalById)) {
        const strand = `${goal?.line}.${goal?.strand}`;
        levels.set(strand, (levels.get(strand) ?? new Set()).add(goal?.level ?? ''));
      }
      expect(levels.size, id).toBeGreaterThan(0);
      for (const [strand, found] of levels) expect(found.size, `${id} on ${strand}`).toBe(1);
    }
  });

  it('an imported goal (not built in) is kept as it is', () => {
    const imported = '00000000-0000-4000-8000-000000000042';
    setSloLinks(new Map(), [imported]);
    expect(resolveSloUuids([imported, GETALLEN])).toEqual([imported, 'rekenen.getallen.1f']);
  });
});

describe('oneLevelPerStrand', () => {
  it('keeps goals of different strands and lines, in their order', () => {
    const goals = ['rekenen.getallen.2f', 'lezen.fictie.1s', 'rekenen.getallen.1f', 'programmeren.algoritmes.ob'].map(goalId);
    expect(oneLevelPerStrand(goals)).toEqual(['lezen.fictie.1s', 'rekenen.getallen.1f', 'programmeren.algoritmes.ob']);
  });

  it('keeps every goal at the chosen level when a strand has two there (digitale basisvaardigheden)', () => {
    const strand = BUILT_IN_LINES.find((line) => line.id === 'digitaal')!
      .goals.filter((goal) => goal.strand === 'veilig-internet')
      .map((goal) => goal.id);
    expect(strand).toHaveLength(2);
    expect(oneLevelPerStrand(strand)).toEqual(strand);
  });
});
