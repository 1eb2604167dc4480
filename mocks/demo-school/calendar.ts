/**
 * The demo school's year: 1 September 2025 to 3 July 2026, with the usual holidays.
 * The demo's "today" is fixed at the last school day, so the demo looks the same on any date.
 */
export const DEMO_TODAY = '2026-07-03T14:00:00.000Z';
export const SCHOOL_YEAR_START = '2025-09-01';

const HOLIDAYS: ReadonlyArray<readonly [string, string]> = [
  ['2025-10-18', '2025-10-26'],
  ['2025-12-20', '2026-01-04'],
  ['2026-02-14', '2026-02-22'],
  ['2026-04-03', '2026-04-06'],
  ['2026-04-25', '2026-05-10'],
  ['2026-05-14', '2026-05-15'],
  ['2026-05-25', '2026-05-25'],
];

const DAY = 86_400_000;

export function isSchoolDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const iso = date.toISOString().slice(0, 10);
  return !HOLIDAYS.some(([from, to]) => iso >= from && iso <= to);
}

/** Every school day of the demo year, in order. */
export function schoolDays(): Date[] {
  const days: Date[] = [];
  const end = Date.parse(DEMO_TODAY);
  for (let t = Date.parse(`${SCHOOL_YEAR_START}T00:00:00Z`); t <= end; t += DAY) {
    const date = new Date(t);
    if (isSchoolDay(date)) days.push(date);
  }
  return days;
}

/** School weeks (Monday dates) in which there is at least one school day. */
export function schoolWeeks(): Date[] {
  const weeks = new Map<string, Date>();
  for (const day of schoolDays()) {
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
    weeks.set(monday.toISOString().slice(0, 10), monday);
  }
  return [...weeks.values()];
}

/** 0 at the start of the year, 1 on the demo's today. */
export function yearFraction(date: Date): number {
  const start = Date.parse(`${SCHOOL_YEAR_START}T00:00:00Z`);
  return Math.min(1, Math.max(0, (date.getTime() - start) / (Date.parse(DEMO_TODAY) - start)));
}

/** A time of day between 08:30 and 15:00 (UTC+2 ignored: demo data). */
export function atSchoolHour(day: Date, fraction: number): Date {
  const minutes = 6.5 * 60 + Math.floor(fraction * 6.5 * 60);
  return new Date(day.getTime() + minutes * 60_000);
}
