import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchPupils, type NamedPupil } from '@/features/search/match-pupils';
import { compareNumeric } from '@/domain/progress/sort-rows';

const pupil = (key: number, name: string): NamedPupil => ({ key, name, group: 'Groep 5A' });

describe('matchPupils', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ranks a name that starts with the text first, then a word that starts with it, then the rest; numbers in number order within', () => {
    const pupils = [
      pupil(1, 'Sam 10 de Vries'),
      pupil(2, 'Anna Sam'),
      pupil(3, 'Sam 2 de Vries'),
      pupil(4, 'Bessam Yilmaz'),
      pupil(5, 'Zoë Samuels'),
      pupil(6, 'Éva Sam'),
    ];
    expect(matchPupils(pupils, 'sam').map((item) => item.name)).toEqual([
      'Sam 2 de Vries',
      'Sam 10 de Vries',
      'Anna Sam',
      'Éva Sam',
      'Zoë Samuels',
      'Bessam Yilmaz',
    ]);
  });

  it('sorts with one collator, not localeCompare (which makes a collator per comparison)', () => {
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
    const pupils = Array.from({ length: 60 }, (_, index) => pupil(index, `Leerling ${(index * 37) % 60}`));
    const found = matchPupils(pupils, 'leer', 60);
    expect(found.map((item) => item.name)).toEqual(Array.from({ length: 60 }, (_, index) => `Leerling ${index}`));
    expect(localeCompare).not.toHaveBeenCalled();
  });
});

describe('compareNumeric', () => {
  it('orders as localeCompare with the locale and numeric: true does', () => {
    const names = ['item 10', 'Item 9', 'éclair', 'eclair', 'Eclair', 'ij', 'IJsselmeer', 'z', 'Ångström', 'a2', 'a10', 'A1'];
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
    expect([...names].sort(compareNumeric('nl'))).toEqual(expected);
  });
});
