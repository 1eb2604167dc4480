import { describe, expect, it } from 'vitest';
import { groupId, pupilKey, pupilRef, sourceId } from '@/domain/ids';
import type { Pupil } from '@/domain/model';
import { consentKey, type Consent } from '@/domain/privacy';
import { allowedLearners, inWindow, sameScope, schoolMidnight, schoolYearStart, scopeProblem, scopeWindow } from '@/domain/source-scope';

const ref = (n: number) => pupilRef(`https://demo.invalid/nep-eckid/201703/${n.toString(16).padStart(128, '0')}`);
const pupil = (n: number, extra: Partial<Pupil> = {}): Pupil => ({ key: pupilKey(n), ref: ref(n), group: groupId('groep-1'), number: n, ...extra });
const LRS = sourceId('lrs');
const consent = (n: number, source: string, granted: boolean): [string, Consent] => [
  consentKey(ref(n), source as never),
  { pupil: ref(n), source: source as never, granted, date: '2026-01-01', note: '' },
];

describe('scope window', () => {
  it('turns school dates into Amsterdam midnights: from inclusive, the day after until exclusive (summer and winter time)', () => {
    expect(schoolMidnight('2026-08-01')).toBe('2026-07-31T22:00:00.000Z');
    expect(schoolMidnight('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(scopeWindow({ pupils: 'all', since: '2026-08-01', until: '2026-12-31' })).toEqual({
      from: '2026-07-31T22:00:00.000Z',
      to: '2026-12-31T23:00:00.000Z',
    });
    expect(scopeWindow(undefined)).toEqual({ from: null, to: null });
    expect(scopeWindow({ pupils: 'our-groups' })).toEqual({ from: null, to: null });
  });

  it('keeps a time on the first and the last day, drops one just outside and an unreadable one', () => {
    const window = scopeWindow({ pupils: 'all', since: '2026-08-01', until: '2026-08-31' });
    expect(inWindow(window, '2026-07-31T22:00:00.000Z')).toBe(true);
    expect(inWindow(window, '2026-07-31T21:59:59.999Z')).toBe(false);
    expect(inWindow(window, '2026-08-31T21:59:59.999Z')).toBe(true);
    expect(inWindow(window, '2026-08-31T22:00:00.000Z')).toBe(false);
    expect(inWindow(window, 'gisteren')).toBe(false);
    expect(inWindow(scopeWindow(undefined), 'gisteren')).toBe(true);
  });

  it('names what is wrong with a scope: a date that does not exist, or from after to', () => {
    expect(scopeProblem(undefined)).toBeNull();
    expect(scopeProblem({ pupils: 'all', since: '2026-08-01', until: '2026-08-01' })).toBeNull();
    expect(scopeProblem({ pupils: 'all', since: '2026-02-30' })).toBe('since-invalid');
    expect(scopeProblem({ pupils: 'all', until: '1-8-2026' })).toBe('until-invalid');
    expect(scopeProblem({ pupils: 'all', since: '2026-09-01', until: '2026-08-01' })).toBe('since-after-until');
    // A scope with a problem is never applied as a window: the wizard refuses to save it.
    expect(scopeWindow({ pupils: 'all', since: '2026-09-01', until: '2026-08-01' })).toEqual({ from: null, to: null });
  });

  it('compares scopes, an absent scope being "all pupils, no window"', () => {
    expect(sameScope(undefined, { pupils: 'all' })).toBe(true);
    expect(sameScope({ pupils: 'all' }, { pupils: 'our-groups' })).toBe(false);
    expect(sameScope({ pupils: 'all', since: '2026-08-01' }, { pupils: 'all' })).toBe(false);
  });

  it('starts the school year on 1 August', () => {
    expect(schoolYearStart(new Date('2026-07-03T14:00:00Z'))).toBe('2025-08-01');
    expect(schoolYearStart(new Date('2026-08-02T00:00:00Z'))).toBe('2026-08-01');
  });
});

describe('allowedLearners', () => {
  it('is the rostered pupils in a current group, minus leavers and consent withheld for this source or the whole app', () => {
    const pupils = [pupil(1), pupil(2), pupil(3, { leftAt: '2026-03-01T00:00:00Z' }), pupil(4), pupil(5), pupil(6), pupil(7)];
    const rostered = new Set([1, 2, 3, 4, 5, 6].map(ref));
    const consents = new Map([consent(4, 'lrs', false), consent(5, '*', false), consent(6, 'andere-bron', false), consent(2, 'lrs', true)]);
    // 3 left, 4 withheld for this source, 5 for the whole app, 7 is not on the roster (a pupil only a source knows).
    expect(allowedLearners({ pupils, rostered, consents, source: LRS })).toEqual([ref(1), ref(2), ref(6)].sort());
  });

  it('is empty when nobody qualifies', () => {
    expect(allowedLearners({ pupils: [pupil(1)], rostered: new Set(), consents: new Map(), source: LRS })).toEqual([]);
  });
});
