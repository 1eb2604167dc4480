import { DAY_MS } from '../../time-units';

/**
 * School days between two instants: the weekdays (Monday to Friday) after the day of `from`,
 * up to and including the day of `to`, by UTC calendar day. Holidays are not known here and count.
 * Activity on Friday and "now" on Monday gives 1; the same day gives 0.
 */
export function schoolDaysBetween(from: Date | string | number, to: Date | string | number): number {
  const start = Math.floor(new Date(from).getTime() / DAY_MS);
  const end = Math.floor(new Date(to).getTime() / DAY_MS);
  if (!(end > start)) return 0;
  const total = end - start;
  const fullWeeks = Math.floor(total / 7);
  let days = fullWeeks * 5;
  // Day 0 of the epoch (1970-01-01) was a Thursday: weekday = (day + 4) % 7, 0 = Sunday.
  for (let day = start + fullWeeks * 7 + 1; day <= end; day += 1) {
    const weekday = (day + 4) % 7;
    if (weekday !== 0 && weekday !== 6) days += 1;
  }
  return days;
}
