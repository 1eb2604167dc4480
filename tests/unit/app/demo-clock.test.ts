import { describe, expect, it } from 'vitest';
import { demoToday } from '@/app/demo-clock';

const OWN = '2026-07-03T14:00:00.000Z';

describe('demoToday', () => {
  it("keeps the demo's own today without the parameter", () => {
    expect(demoToday(OWN, '')).toEqual({ today: OWN, refused: null });
    expect(demoToday(OWN, '?groep=5a')).toEqual({ today: OWN, refused: null });
  });

  it('moves on to a later day at the same time of day', () => {
    expect(demoToday(OWN, '?demodatum=2026-07-20')).toEqual({ today: '2026-07-20T14:00:00.000Z', refused: null });
    expect(demoToday(OWN, '?demodatum=2026-07-03')).toEqual({ today: OWN, refused: null });
  });

  it('refuses what is no date or an earlier day, and keeps the own today', () => {
    expect(demoToday(OWN, '?demodatum=2026-02-30')).toEqual({ today: OWN, refused: '2026-02-30' });
    expect(demoToday(OWN, '?demodatum=volgende-week')).toEqual({ today: OWN, refused: 'volgende-week' });
    expect(demoToday(OWN, '?demodatum=2026-07-02')).toEqual({ today: OWN, refused: '2026-07-02' });
    expect(demoToday(OWN, '?demodatum=')).toEqual({ today: OWN, refused: '' });
  });
});
