import { describe, expect, it } from 'vitest';
import type { LearningLine } from '@/domain/model';
import { allGoals, BUILT_IN_LINES } from '@/curriculum';
import { LEZEN_LINE } from '@/curriculum/lezen.line';
import { PROGRAMMEREN_LINE } from '@/curriculum/programmeren.line';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const idsOf = (line: LearningLine) => line.goals.map((goal) => goal.id);
const cross = (strands: readonly string[], levels: readonly string[], line: string) =>
  strands.flatMap((strand) => levels.map((level) => `${line}.${strand}.${level}`));

describe('the built-in lines', () => {
  it('are rekenen, lezen, programmeren, computational thinking and the digital basic skills', () => {
    expect(BUILT_IN_LINES.map((line) => line.id)).toEqual(['rekenen', 'lezen', 'programmeren', 'ct', 'digitaal']);
    expect(BUILT_IN_LINES.map((line) => line.subject)).toEqual(['arithmetic', 'reading', 'programming', 'computational-thinking', 'digital-skills']);
  });

  it('have unique goal ids across all lines', () => {
    const ids = BUILT_IN_LINES.flatMap(idsOf);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allGoals()).toHaveLength(ids.length);
    expect(ids).toHaveLength(12 + 6 + 30 + 20 + 6);
  });

  it.each(BUILT_IN_LINES.map((line) => [line.id, line] as const))('%s: every goal names its own line and an existing level and strand', (_, line) => {
    const levels = new Set(line.levels.map((level) => level.id));
    const strands = new Set(line.strands.map((strand) => strand.id));
    for (const goal of line.goals) {
      expect(goal.line).toBe(line.id);
      expect(goal.subject).toBe(line.subject);
      expect(levels.has(goal.level), `${goal.id}: level ${goal.level}`).toBe(true);
      expect(strands.has(goal.strand), `${goal.id}: strand ${goal.strand}`).toBe(true);
      // One goal per strand per level is named by its level; a strand with several goals on one level numbers them.
      expect(goal.id).toMatch(new RegExp(`^${line.id}\\.${goal.strand}\\.(${goal.level}|\\d+)$`));
    }
  });

  it.each(BUILT_IN_LINES.map((line) => [line.id, line] as const))('%s: goals are ordered 0..n-1 by level, then strand', (_, line) => {
    expect(line.goals.map((goal) => goal.order)).toEqual(line.goals.map((_goal, index) => index));
    const levelOrder = new Map(line.levels.map((level) => [level.id, level.order]));
    const levelsInGoalOrder = line.goals.map((goal) => levelOrder.get(goal.level) ?? -1);
    expect(levelsInGoalOrder).toEqual([...levelsInGoalOrder].sort((a, b) => a - b));
    expect(new Set(line.levels.map((level) => level.order)).size).toBe(line.levels.length);
  });

  it('every goal has a Dutch and an English title that differ', () => {
    for (const goal of allGoals()) {
      expect(goal.title.nl.trim(), goal.id).not.toBe('');
      expect(goal.title.en.trim(), goal.id).not.toBe('');
      expect(goal.title.nl, goal.id).not.toBe(goal.title.en);
    }
  });

  it('lines and strands have titles in both languages', () => {
    for (const line of BUILT_IN_LINES) {
      expect(line.title.nl && line.title.en && line.description.nl && line.description.en).toBeTruthy();
      for (const strand of line.strands) expect(strand.title.nl && strand.title.en, `${line.id}.${strand.id}`).toBeTruthy();
    }
  });

  it('carries SLO ids as lowercase UUIDs (goalsBySloId looks up in lowercase)', () => {
    for (const line of BUILT_IN_LINES) {
      const carried = [...line.goals, ...line.levels, ...line.strands].flatMap((entity) => entity.sloIds);
      for (const slo of carried) expect(slo, line.id).toMatch(UUID);
    }
  });
});

describe('rekenen', () => {
  it('has 12 goals: four domains x 1F, 2F, 1S', () => {
    expect(REKENEN_LINE.levels.map((level) => level.id)).toEqual(['1f', '2f', '1s']);
    expect(idsOf(REKENEN_LINE)).toHaveLength(12);
    for (const id of idsOf(REKENEN_LINE)) expect(id).toMatch(/^rekenen\.(getallen|verhoudingen|meten-meetkunde|verbanden)\.(1f|2f|1s)$/);
    expect([...idsOf(REKENEN_LINE)].sort()).toEqual(
      cross(['getallen', 'verhoudingen', 'meten-meetkunde', 'verbanden'], ['1f', '2f', '1s'], 'rekenen').sort(),
    );
  });

  it('each goal carries its domain, the three subdomain ids and their nine topic ids, shared across levels', () => {
    for (const strand of REKENEN_LINE.strands) {
      const goals = REKENEN_LINE.goals.filter((goal) => goal.strand === strand.id);
      expect(goals).toHaveLength(3);
      for (const goal of goals) {
        expect(goal.sloIds).toHaveLength(13);
        expect(new Set(goal.sloIds).size).toBe(13);
        expect(goal.sloIds[0]).toBe(strand.sloIds[0]);
        expect(goal.sloIds).toEqual(goals[0]?.sloIds);
      }
    }
  });
});

describe('lezen', () => {
  it('has 6 goals: zakelijk and fictie x 1F, 2F, 1S', () => {
    expect([...idsOf(LEZEN_LINE)].sort()).toEqual(cross(['zakelijk', 'fictie'], ['1f', '2f', '1s'], 'lezen').sort());
  });

  it('each goal carries the Lezen domain, its subdomain and one level descriptor; 1S reuses the 2F descriptor', () => {
    for (const strand of LEZEN_LINE.strands) {
      const byLevel = new Map(LEZEN_LINE.goals.filter((goal) => goal.strand === strand.id).map((goal) => [goal.level, goal.sloIds]));
      const [domain] = LEZEN_LINE.goals[0]?.sloIds ?? [];
      for (const sloIds of byLevel.values()) {
        expect(sloIds).toHaveLength(3);
        expect(sloIds[0]).toBe(domain);
        expect(sloIds[1]).toBe(strand.sloIds[0]);
      }
      expect(byLevel.get('1s')?.[2]).toBe(byLevel.get('2f')?.[2]);
      expect(byLevel.get('1f')?.[2]).not.toBe(byLevel.get('2f')?.[2]);
    }
  });
});

describe('programmeren', () => {
  const CONCEPTS = [
    'algoritmes',
    'decompositie',
    'patronen',
    'herhaling',
    'debuggen',
    'voorwaarden',
    'abstractie',
    'functies',
    'variabelen',
    'representatie',
  ];

  it('has 30 goals: ten concepts x ob, mb, bb', () => {
    expect(PROGRAMMEREN_LINE.strands.map((strand) => strand.id)).toEqual(CONCEPTS);
    expect(PROGRAMMEREN_LINE.levels.map((level) => level.id)).toEqual(['ob', 'mb', 'bb']);
    expect([...idsOf(PROGRAMMEREN_LINE)].sort()).toEqual(cross(CONCEPTS, ['ob', 'mb', 'bb'], 'programmeren').sort());
  });

  it('carries SLO goals on every concept except variabelen, none twice within a concept', () => {
    for (const concept of CONCEPTS) {
      const sloIds = PROGRAMMEREN_LINE.goals.filter((goal) => goal.strand === concept).flatMap((goal) => goal.sloIds);
      expect(new Set(sloIds).size, concept).toBe(sloIds.length);
      if (concept === 'variabelen') expect(sloIds).toEqual([]);
      else expect(sloIds.length, concept).toBeGreaterThanOrEqual(4);
    }
  });

  it('carries SLO goals in pairs (id and duplicate id)', () => {
    for (const goal of PROGRAMMEREN_LINE.goals) expect(goal.sloIds.length % 2, goal.id).toBe(0);
  });
});
