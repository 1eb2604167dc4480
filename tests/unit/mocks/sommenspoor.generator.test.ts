import { describe, expect, it } from 'vitest';
import { yearFraction } from '../../../mocks/demo-school/calendar';
import { DEMO_PUPILS } from '../../../mocks/demo-school/school';
import { SOMMENSPOOR_UNMAPPED_CODE, generateSommenspoorData, sommenspoorData } from '../../../mocks/suppliers/sommenspoor/sommenspoor.generator';

const data = sommenspoorData();
const ratio = (session: { items: { total: number; correct: number } }) => session.items.correct / session.items.total;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The pupil's sessions with their true year fraction. */
function sessionsOf(ref: string) {
  return data.sessions
    .map((session, index) => ({ session, fraction: yearFraction(new Date(data.times[index] ?? 0)) }))
    .filter(({ session }) => data.pupilOf.get(session.session_id)?.ref === ref && !data.broken.has(session.session_id));
}

describe('sommenspoor generator', () => {
  it('is deterministic (two builds are equal) and memoised', () => {
    const again = generateSommenspoorData();
    expect(again).not.toBe(data);
    expect(again.sessions).toEqual(data.sessions);
    expect(again.times).toEqual(data.times);
    expect(again.broken).toEqual(data.broken);
    expect(sommenspoorData()).toBe(data);
  });

  it('has 2-3 sessions per pupil per school week: 8,000 to 12,000 in all, every pupil present', () => {
    expect(data.sessions.length).toBeGreaterThanOrEqual(8_000);
    expect(data.sessions.length).toBeLessThan(12_000);
    expect(new Set(data.pupilOf.values()).size).toBe(DEMO_PUPILS.length);
  });

  it('is sorted by time, with ids in order', () => {
    for (let i = 1; i < data.times.length; i += 1) expect(data.times[i]).toBeGreaterThanOrEqual(data.times[i - 1] ?? 0);
    expect(data.sessions.at(-1)?.session_id).toBe(`ss-${String(data.sessions.length).padStart(6, '0')}`);
  });

  it('breaks about 0.3% on purpose, of each kind, and includes the unmapped code', () => {
    const share = data.broken.size / data.sessions.length;
    expect(share).toBeGreaterThan(0.002);
    expect(share).toBeLessThan(0.005);
    expect(new Set(data.broken.values())).toEqual(new Set(['missing-pupil', 'invalid-score', 'invalid-time', 'not-a-pseudonym']));
    expect(data.sessions.filter((session) => session.domain_code === SOMMENSPOOR_UNMAPPED_CODE).length).toBeGreaterThan(20);
  });

  it("a fast pupil's later scores beat the earlier ones on average", () => {
    for (const pupil of DEMO_PUPILS.filter((p) => p.profile === 'fast' && p.group === 'groep-5a')) {
      const sessions = sessionsOf(pupil.ref);
      const early = sessions.filter((s) => s.fraction < 0.3).map((s) => ratio(s.session));
      const late = sessions.filter((s) => s.fraction > 0.7).map((s) => ratio(s.session));
      expect(mean(late)).toBeGreaterThan(mean(early) + 0.15);
    }
  });

  it('a stalled pupil flattens: little change after the stall', () => {
    const pupil = DEMO_PUPILS.find((p) => p.profile === 'stall' && p.group === 'groep-5a');
    const stallAt = pupil?.stallAt ?? 0;
    const after = sessionsOf(pupil?.ref ?? '').filter((s) => s.fraction > stallAt);
    const first = after.filter((s) => s.fraction < stallAt + 0.2).map((s) => ratio(s.session));
    const last = after.filter((s) => s.fraction > 0.8).map((s) => ratio(s.session));
    expect(Math.abs(mean(last) - mean(first))).toBeLessThan(0.1);
  });

  it('a dropout pupil has no sessions after stopAt', () => {
    const dropouts = DEMO_PUPILS.filter((p) => p.profile === 'dropout');
    expect(dropouts.length).toBeGreaterThan(0);
    for (const pupil of dropouts) {
      const sessions = sessionsOf(pupil.ref);
      expect(sessions.length).toBeGreaterThan(20);
      expect(Math.max(...sessions.map((s) => s.fraction))).toBeLessThan(pupil.stopAt ?? 0);
    }
  });

  it('keeps ratings on the 0..800 scale with bands I..V', () => {
    for (const session of data.sessions) {
      expect(session.ability.rating).toBeGreaterThanOrEqual(0);
      expect(session.ability.rating).toBeLessThanOrEqual(800);
    }
    expect(new Set(data.sessions.map((session) => session.ability.band))).toEqual(new Set(['I', 'II', 'III', 'IV', 'V']));
  });
});
