import { describe, expect, it } from 'vitest';
import { goalById, goalsBySloId, lineById, targetLevelFor } from '@/curriculum';
import { SLO_LEVEL } from '@/curriculum/levels';
import { LEZEN_LINE } from '@/curriculum/lezen.line';
import { PROGRAMMEREN_LINE } from '@/curriculum/programmeren.line';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';

const idsOf = (goals: readonly { id: string }[]) => goals.map((goal) => goal.id).sort();

describe('goalsBySloId', () => {
  it('finds the goals that carry an SLO id', () => {
    // the 1F descriptor of Lezen, zakelijke teksten
    expect(idsOf(goalsBySloId('15887593-f6c3-4e43-ae10-c2876ad657f1'))).toEqual(['lezen.zakelijk.1f']);
    // the 2F descriptor stands behind 2F and 1S
    expect(idsOf(goalsBySloId('d1bf699e-714c-4c57-b659-8e5271b2b53d'))).toEqual(['lezen.zakelijk.1s', 'lezen.zakelijk.2f']);
    // a referentiekader rekenen domain id: the three goals of that strand
    expect(idsOf(goalsBySloId('cbe5831f-4031-464d-9f9b-ea9d3c2f324e'))).toEqual([
      'rekenen.getallen.1f',
      'rekenen.getallen.1s',
      'rekenen.getallen.2f',
    ]);
  });

  it('finds a programming goal by its SLO id and by its duplicate id', () => {
    expect(idsOf(goalsBySloId('9a22fa47-2a5a-4b86-abb0-87d41ebb14dd'))).toEqual(['programmeren.algoritmes.ob']);
    expect(idsOf(goalsBySloId('9910ef03-6610-4d65-b96e-113a1d718fd1'))).toEqual(['programmeren.algoritmes.ob']);
    // an SLO goal matched to two concepts stands behind a goal of each
    expect(idsOf(goalsBySloId('2a28de2c-b735-42e4-8155-ef48bfe3ee73'))).toEqual(['programmeren.algoritmes.ob', 'programmeren.decompositie.mb']);
  });

  it('accepts an upper-case UUID', () => {
    expect(idsOf(goalsBySloId('15887593-F6C3-4E43-AE10-C2876AD657F1'))).toEqual(['lezen.zakelijk.1f']);
  });

  it('finds nothing for an unknown id or a level id', () => {
    expect(goalsBySloId('00000000-0000-4000-8000-000000000000')).toEqual([]);
    expect(goalsBySloId(SLO_LEVEL.ref1F)).toEqual([]);
  });

  it('finds every SLO id every goal carries', () => {
    for (const line of [REKENEN_LINE, LEZEN_LINE, PROGRAMMEREN_LINE])
      for (const goal of line.goals) for (const slo of goal.sloIds) expect(goalsBySloId(slo)).toContain(goal);
  });
});

describe('goalById and lineById', () => {
  it('find by id, or give undefined', () => {
    expect(goalById('rekenen.verhoudingen.2f')?.title.nl).toMatch(/breuken/);
    expect(goalById('rekenen.verhoudingen.3f')).toBeUndefined();
    expect(lineById('lezen')).toBe(LEZEN_LINE);
    expect(lineById('tekenen')).toBeUndefined();
  });
});

describe('targetLevelFor', () => {
  it.each([
    ['groep-5', '1f', '1f', 'mb'],
    ['groep-7', '1f', '1f', 'bb'],
    ['brugklas', '2f', '2f', 'bb'],
  ])('%s works towards rekenen %s, lezen %s, programmeren %s', (yearLevel, rekenen, lezen, programmeren) => {
    expect(targetLevelFor(REKENEN_LINE, yearLevel)).toBe(rekenen);
    expect(targetLevelFor(LEZEN_LINE, yearLevel)).toBe(lezen);
    expect(targetLevelFor(PROGRAMMEREN_LINE, yearLevel)).toBe(programmeren);
  });

  it('gives a level that exists on the line', () => {
    for (const yearLevel of ['groep-3', 'groep-4', 'groep-5', 'groep-6', 'groep-7', 'groep-8', 'brugklas'])
      for (const line of [REKENEN_LINE, LEZEN_LINE, PROGRAMMEREN_LINE]) {
        const level = targetLevelFor(line, yearLevel);
        expect(
          line.levels.map((entry) => entry.id),
          `${yearLevel} ${line.id}`,
        ).toContain(level);
      }
  });

  it('is null for an unknown year group', () => {
    expect(targetLevelFor(REKENEN_LINE, 'groep-9')).toBeNull();
    expect(targetLevelFor(REKENEN_LINE, '')).toBeNull();
  });
});
