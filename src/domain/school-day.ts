/**
 * The school's calendar: dates as yyyy-mm-dd in Europe/Amsterdam, whatever the device's time zone.
 * Made at its first use, not when the module loads: a formatter with a time zone loads the zone's
 * data, a long task on a phone, and the first page loads this module without asking for a day.
 */
let schoolDayFormat: Intl.DateTimeFormat | null = null;

/** Today (or the day of `now`) in the school's time zone, as yyyy-mm-dd (what a date input holds). */
export const schoolDay = (now: Date): string =>
  (schoolDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })).format(
    now,
  );

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written yyyy-mm-dd (so 2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
