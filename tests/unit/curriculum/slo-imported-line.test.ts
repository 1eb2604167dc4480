import { describe, expect, it } from 'vitest';
import { targetLevelFor } from '@/curriculum';
import { SLO_LEVEL } from '@/curriculum/levels';
import { IMPORTED_ANY_LEVEL, importedLine, SLO_IMPORT_LINE, type ImportedGoalInput } from '@/curriculum/slo-import';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const goal = (n: number, changes: Partial<ImportedGoalInput> = {}): ImportedGoalInput => ({
  id: id(n),
  line: SLO_IMPORT_LINE,
  title: `Doel ${n}`,
  levels: [],
  parents: [],
  replacedBy: [],
  ...changes,
});

describe('importedLine', () => {
  it('is null when no imported goal stands today', () => {
    expect(importedLine([])).toBeNull();
    expect(importedLine([goal(1, { replacedBy: [id(2)] }), goal(3, { title: null }), goal(4, { line: 'rekenen' })])).toBeNull();
  });

  it('holds only the imported goals that stand: not replaced ones, untitled links or goals of our own lines', () => {
    const line = importedLine([goal(1), goal(2, { replacedBy: [id(1)] }), goal(3, { title: null }), goal(4, { line: 'lezen' })]);
    expect(line?.id).toBe('slo-import');
    expect(line?.title).toEqual({ nl: 'Geïmporteerd uit SLO', en: 'Imported from SLO' });
    expect(line?.goals.map((item) => item.id)).toEqual([id(1)]);
    expect(line?.goals[0]).toMatchObject({ line: 'slo-import', sloIds: [id(1)], title: { nl: 'Doel 1', en: 'Doel 1' } });
  });

  it('orders goals as SLO does: numbers as numbers (2 before 10), then titles in Dutch order, goals without a number last', () => {
    const line = importedLine([
      goal(1, { prefix: '10' }),
      goal(2, { prefix: '2' }),
      goal(3, { title: 'Zee' }),
      goal(4, { title: 'Élan' }),
      goal(5, { title: 'appel' }),
      goal(6, { title: 'Eend' }),
      goal(7, { prefix: '2.10' }),
      goal(8, { prefix: '2.9' }),
    ]);
    expect(line?.goals.map((item) => item.id)).toEqual([2, 8, 7, 1, 5, 6, 4, 3].map(id));
  });

  it('without niveaus it has a single level that every goal sits on', () => {
    const line = importedLine([goal(1), goal(2)]);
    expect(line?.levels.map((level) => level.id)).toEqual([IMPORTED_ANY_LEVEL]);
    expect(line?.goals.every((item) => item.level === IMPORTED_ANY_LEVEL)).toBe(true);
  });

  it("takes its levels from the goals' SLO niveaus, known ones in school order, and orders goals by level", () => {
    const other = id(99);
    const line = importedLine([
      goal(1, { levels: [other] }),
      goal(2, { levels: [SLO_LEVEL.groep78] }),
      goal(3, { levels: [SLO_LEVEL.groep34, SLO_LEVEL.groep56] }),
      goal(4),
    ]);
    expect(line?.levels.map((level) => [level.id, level.label.nl, level.order])).toEqual([
      [SLO_LEVEL.groep34, 'groep 3-4', 1],
      [SLO_LEVEL.groep56, 'groep 5-6', 2],
      [SLO_LEVEL.groep78, 'groep 7-8', 3],
      [other, 'SLO-niveau 1', 4],
      [IMPORTED_ANY_LEVEL, 'zonder niveau', 5],
    ]);
    expect(line?.goals.map((item) => [item.id, item.level])).toEqual([
      [id(3), SLO_LEVEL.groep34],
      [id(2), SLO_LEVEL.groep78],
      [id(1), other],
      [id(4), IMPORTED_ANY_LEVEL],
    ]);
    expect(line?.goals.map((item) => item.order)).toEqual([0, 1, 2, 3]);
  });

  it('groups goals by their first SLO parent, the strand titled with the parent; a goal without one has no strand text', () => {
    const domain = { id: id(50), title: 'Digitale geletterdheid' };
    const line = importedLine([goal(1, { parents: [domain] }), goal(2), goal(3, { parents: [domain, { id: id(51), title: 'Ander' }] })]);
    expect(line?.strands.map((strand) => [strand.id, strand.title.nl])).toEqual([
      [id(50), 'Digitale geletterdheid'],
      [id(2), ''],
    ]);
    expect(line?.goals.map((item) => [item.id, item.strand])).toEqual([
      [id(1), id(50)],
      [id(2), id(2)],
      [id(3), id(50)],
    ]);
    expect(line?.strands.some((strand) => line.goals.some((item) => item.title.nl === strand.title.nl))).toBe(false);
  });

  it("orders goals within a level by SLO's number (prefix), numbers as numbers, unnumbered goals after them by title", () => {
    const line = importedLine([
      goal(1, { prefix: 'PO Kerndoel 10', title: 'A' }),
      goal(2, { prefix: 'PO Kerndoel 2', title: 'Z' }),
      goal(3, { title: 'B' }),
      goal(4, { prefix: 'VSO Kerndoel DB 54.1', title: 'C' }),
      goal(5, { prefix: 'PO Kerndoel 02.1', title: 'D' }),
      goal(6, { title: 'A' }),
    ]);
    expect(line?.goals.map((item) => item.id)).toEqual([id(2), id(5), id(1), id(4), id(6), id(3)]);
  });

  it('has no target level for any year group, so views fall back instead of failing', () => {
    const line = importedLine([goal(1)]);
    expect(line).not.toBeNull();
    if (line) expect(targetLevelFor(line, 'groep-5')).toBeNull();
  });
});
