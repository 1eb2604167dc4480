import { sourceId } from '@/domain/ids';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { describe, expect, it } from 'vitest';
import { carriedHref, carriedParams, filterFromParams, filterToParams, lineParam, parsePeriod, withLineParam } from '@/ui/filter-params';

describe('filter-params: the URL codec of the views’ filters', () => {
  it('reads each period, source and work form from the address', () => {
    expect(filterFromParams(new URLSearchParams('periode=schooljaar&bron=sommenspoor&vorm=toets'))).toEqual({
      filter: { period: { kind: 'school-year' }, sources: ['sommenspoor'], workForms: ['test'] },
      problems: [],
    });
    expect(parsePeriod('sinds-2026-03-01')).toEqual({ kind: 'since', date: '2026-03-01' });
    expect(parsePeriod('weken-6')).toEqual({ kind: 'last-weeks', weeks: 6 });
  });

  it('names a value that is no period or work form instead of guessing one', () => {
    const parsed = filterFromParams(new URLSearchParams('periode=sinds-2026-02-30&vorm=huiswerk'));
    expect(parsed.filter).toEqual({});
    expect(parsed.problems).toEqual([
      { field: 'period', value: 'sinds-2026-02-30' },
      { field: 'workForm', value: 'huiswerk' },
    ]);
    expect(parsePeriod('weken-0')).toBeNull();
    expect(parsePeriod('weken-521')).toBeNull();
    expect(parsePeriod('weken-2.5')).toBeNull();
    expect(parsePeriod('vorig-jaar')).toBeNull();
  });

  it('writes a filter back so that reading it gives the same filter, keeping the other parameters', () => {
    const filter: ResultFilter = { period: { kind: 'last-weeks', weeks: 4 }, sources: [sourceId('codeklas')], workForms: ['practice'] };
    const written = filterToParams(filter, new URLSearchParams('groep=7b&sorteer=rekenen'));
    expect(written.toString()).toBe('groep=7b&sorteer=rekenen&periode=weken-4&bron=codeklas&vorm=oefenen');
    expect(filterFromParams(written).filter).toEqual(filter);
    // An absent field is removed from the address.
    expect(filterToParams({}, written).toString()).toBe('groep=7b&sorteer=rekenen');
  });

  it('carries group, filters and line to another page, not the page’s own parameters', () => {
    const params = new URLSearchParams('groep=7b&leerlijn=rekenen&niveau=1F&sorteer=rekenen&periode=schooljaar&vorm=toets');
    expect(carriedParams(params).toString()).toBe('groep=7b&periode=schooljaar&vorm=toets&leerlijn=rekenen');
    // An old link's `lijn` travels as `leerlijn`.
    expect(carriedHref('/klas', new URLSearchParams('lijn=lezen&groep=8a&doel=x'))).toBe('/klas?groep=8a&leerlijn=lezen');
    expect(carriedHref('/klas', new URLSearchParams('groep=7b'), { groep: '8a' })).toBe('/klas?groep=8a');
    expect(carriedHref('/hulp', new URLSearchParams(''))).toBe('/hulp');
  });

  it('names the learning line `leerlijn` everywhere, and still reads an old link’s `lijn`', () => {
    expect(lineParam(new URLSearchParams('leerlijn=rekenen'))).toBe('rekenen');
    expect(lineParam(new URLSearchParams('lijn=lezen&groep=8a'))).toBe('lezen');
    expect(lineParam(new URLSearchParams('groep=8a'))).toBeNull();
    expect(withLineParam(new URLSearchParams('lijn=lezen&groep=8a')).toString()).toBe('groep=8a&leerlijn=lezen');
    expect(withLineParam(new URLSearchParams('groep=8a'), 'rekenen').toString()).toBe('groep=8a&leerlijn=rekenen');
    expect(withLineParam(new URLSearchParams('leerlijn=lezen'), 'rekenen').toString()).toBe('leerlijn=lezen');
    expect(withLineParam(new URLSearchParams('groep=8a')).toString()).toBe('groep=8a');
  });
});
