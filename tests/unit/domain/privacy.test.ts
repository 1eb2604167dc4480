import { describe, expect, it } from 'vitest';
import { pupilRef, sourceId } from '@/domain/ids';
import { consentCell, consentDateProblem, consentKey, WHOLE_APP, type Consent } from '@/domain/privacy';
import { isCalendarDate, schoolDay } from '@/domain/school-day';

const pupil = pupilRef('https://demo.invalid/nep-eckid/201703/' + '0'.repeat(128));
const lezen = sourceId('leesvlinder');
const record = (source: Consent['source'], granted: boolean, date = '2026-06-01', note = ''): Consent => ({ pupil, source, granted, date, note });
const map = (...consents: Consent[]) => new Map(consents.map((consent) => [consentKey(consent.pupil, consent.source), consent]));

describe('consent cells', () => {
  it('is allowed without a record (the school default), and withheld by its own record', () => {
    expect(consentCell(map(), pupil, lezen)).toEqual({ state: 'allowed', record: null });
    const own = record(lezen, false, '2026-05-12', 'op verzoek van de ouders');
    expect(consentCell(map(own), pupil, lezen)).toEqual({ state: 'withheld', record: own });
  });

  it('shows a source as not applicable while the whole app is withheld, keeping its own record for later', () => {
    const own = record(lezen, true, '2026-04-01', 'mondeling');
    const consents = map(record(WHOLE_APP, false), own);
    expect(consentCell(consents, pupil, lezen)).toEqual({ state: 'not-applicable', record: own });
    expect(consentCell(consents, pupil, WHOLE_APP).state).toBe('withheld');
    expect(consentCell(map(record(WHOLE_APP, true), own), pupil, lezen).state).toBe('allowed');
  });
});

describe('consent dates', () => {
  it('accepts today and earlier days, refuses later days and what is no date', () => {
    expect(consentDateProblem('2026-07-03', '2026-07-03')).toBeNull();
    expect(consentDateProblem('2025-09-01', '2026-07-03')).toBeNull();
    expect(consentDateProblem('2026-07-04', '2026-07-03')).toBe('future');
    expect(consentDateProblem('', '2026-07-03')).toBe('invalid');
    expect(consentDateProblem('2026-02-30', '2026-07-03')).toBe('invalid');
    expect(consentDateProblem('3-7-2026', '2026-07-03')).toBe('invalid');
  });

  it('takes today in the school’s time zone: 23:30 UTC on 3 July is already 4 July in Amsterdam', () => {
    expect(schoolDay(new Date('2026-07-03T23:30:00Z'))).toBe('2026-07-04');
    expect(schoolDay(new Date('2026-01-03T22:30:00Z'))).toBe('2026-01-03');
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});
