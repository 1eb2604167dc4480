import { describe, expect, it } from 'vitest';
import { codeFamilies, rankGoals, wordMatch, wordsOf } from '@/domain/code-suggestions';

const GOALS = [
  { id: 'programmeren.variabelen.ob', label: 'Programmeren onderbouw: Weet dat een doos iets kan bewaren' },
  { id: 'programmeren.herhaling.bb', label: 'Programmeren bovenbouw: Gebruikt herhalingen in een programma' },
  { id: 'programmeren.variabelen.bb', label: 'Programmeren bovenbouw: Gebruikt variabelen om gegevens te bewaren' },
  { id: 'programmeren.debuggen.bb', label: 'Programmeren bovenbouw: Vindt en herstelt fouten in een programma (debuggen)' },
  { id: 'rekenen.getallen.1f', label: 'Rekenen 1F: Rekent vlot met hele getallen' },
];
const LEVEL = (world: string, level: number) => `https://codeklas.example/werelden/${world}/levels/${level}`;

describe('wordsOf and wordMatch', () => {
  it('takes the words of a code or title: lower case, letters only, three letters or more', () => {
    expect(wordsOf('https://codeklas.example/werelden/Variabelen/levels/12')).toEqual([
      'https',
      'codeklas',
      'example',
      'werelden',
      'variabelen',
      'levels',
    ]);
    expect(wordsOf('Rekenen 1F: één getal')).toEqual(['rekenen', 'één', 'getal']);
  });

  it('counts an inflected word nearly as much as the word itself, and different words not at all', () => {
    expect(wordMatch('variabelen', 'variabelen')).toBe(1);
    expect(wordMatch('variabele', 'variabelen')).toBe(0.8);
    expect(wordMatch('herhaling', 'herhalingen')).toBe(0.8);
    expect(wordMatch('getal', 'getallen')).toBe(0.8);
    expect(wordMatch('bewaren', 'bewerken')).toBe(0);
    expect(wordMatch('rekenen', 'herhaling')).toBe(0);
  });
});

describe('rankGoals', () => {
  it('puts the goal whose title names the code’s word first; words no goal has (host, "levels") decide nothing', () => {
    const ranked = rankGoals([LEVEL('variabelen', 3)], GOALS);
    expect(ranked[0]?.id).toBe('programmeren.variabelen.bb');
    expect(ranked.map((item) => item.id)).not.toContain('rekenen.getallen.1f');
    expect(ranked.every((item) => item.score > 0)).toBe(true);
  });

  it('ranks by all selected codes together and leaves out goals without any match', () => {
    const ranked = rankGoals([LEVEL('debuggen', 1), LEVEL('debuggen', 2)], GOALS);
    expect(ranked.map((item) => item.id)).toEqual(['programmeren.debuggen.bb']);
    expect(rankGoals(['XYZ-123'], GOALS)).toEqual([]);
  });

  it('weighs a word many goals share less than a rare one', () => {
    // "programmeren" is in four titles, "herhalingen" in one: a code naming both points at herhaling.
    const ranked = rankGoals(['programmeren/herhalingen'], GOALS);
    expect(ranked[0]?.id).toBe('programmeren.herhaling.bb');
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 0);
  });

  it('keeps to the limit and keeps the goals’ order in a tie', () => {
    const ranked = rankGoals(['bovenbouw'], GOALS, 2);
    expect(ranked.map((item) => item.id)).toEqual(['programmeren.herhaling.bb', 'programmeren.variabelen.bb']);
  });
});

describe('codeFamilies', () => {
  it('groups codes that differ in their last part only (a world’s levels), largest family first', () => {
    const codes = [
      ...Array.from({ length: 13 }, (_, index) => LEVEL('variabelen', index + 1)),
      LEVEL('debuggen', 1),
      LEVEL('debuggen', 2),
      'https://codeklas.example/werelden/variabelen/eindbaas',
      'LONELY',
    ];
    const families = codeFamilies(codes);
    expect(families.map((family) => [family.stem, family.codes.length])).toEqual([
      ['https://codeklas.example/werelden/variabelen/levels', 13],
      ['https://codeklas.example/werelden/debuggen/levels', 2],
    ]);
  });
});
