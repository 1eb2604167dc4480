import { describe, expect, it } from 'vitest';
import { consistentThrough, expiredMore, markPage, OVERLAP_MS, overlapped } from '@/adapters/xapi/xapi.mark';
import { AdapterError } from '@/adapters/http/adapter-error';

const at = (iso: string) => Date.parse(iso);
const s = (id: string, stored: string) => ({ id, stored });

describe('the high-water mark of an LRS read', () => {
  it('drops statements already stored (by id), cuts at Consistent-Through and keeps the ids within the overlap', () => {
    const seen = [['a', at('2026-03-01T10:00:00.000Z')]] as const;
    const page = markPage(
      [
        s('a', '2026-03-01T10:00:00.000Z'),
        s('b', '2026-03-01T10:00:20.000Z'),
        s('c', '2026-03-01T10:01:00.000Z'),
        s('d', '2026-03-01T10:05:00.000Z'),
      ],
      { latest: '2026-03-01T10:00:00.000Z', seen, ct: null },
      '2026-03-01T10:02:00.000Z',
    );
    expect(page.statements).toEqual([s('b', '2026-03-01T10:00:20.000Z'), s('c', '2026-03-01T10:01:00.000Z')]);
    expect([page.latest, page.cut, page.duplicates, page.ct]).toEqual(['2026-03-01T10:01:00.000Z', true, 1, '2026-03-01T10:02:00.000Z']);
    // Only c is within the overlap before the new mark.
    expect(page.seen).toEqual([['c', at('2026-03-01T10:01:00.000Z')]]);
  });

  it('keeps the earliest Consistent-Through of a run; without one nothing is cut', () => {
    expect(markPage([], { latest: null, seen: [], ct: '2026-03-01T10:00:00.000Z' }, '2026-03-01T11:00:00.000Z').ct).toBe('2026-03-01T10:00:00.000Z');
    expect(markPage([s('x', '2030-01-01T00:00:00.000Z')], { latest: null, seen: [], ct: null }, null)).toMatchObject({
      cut: false,
      latest: '2030-01-01T00:00:00.000Z',
    });
  });

  it('reads the header strictly and asks from the mark less the overlap', () => {
    const headers = (value: string) => new Headers({ 'X-Experience-API-Consistent-Through': value });
    expect(consistentThrough(headers('2026-03-01T10:00:00+01:00'))).toBe('2026-03-01T09:00:00.000Z');
    expect(consistentThrough(headers('gisteren'))).toBeNull();
    expect(consistentThrough(new Headers())).toBeNull();
    expect(overlapped('2026-03-01T10:00:00.000Z')).toBe(new Date(at('2026-03-01T10:00:00.000Z') - OVERLAP_MS).toISOString());
  });

  it('takes 400, 404 and 410 on a more link as expired, not a 401 or a 500', () => {
    expect([404, 410, 400, 401, 500].map((status) => expiredMore(new AdapterError('not-found', 'x', status)))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
