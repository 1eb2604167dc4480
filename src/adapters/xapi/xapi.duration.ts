/**
 * ISO 8601 durations as xAPI uses them (result.duration, e.g. PT1M30S, PT13.59S, P1DT2H)
 * -> seconds. Weeks are 7 days; years and months have no fixed length, so they count as
 * 365 and 30 days (a test never lasts that long; the value is a hint, not a bill).
 * Fractions are allowed on any part (a dot or a comma); the result is rounded to 0.01 s.
 */
const NUMBER = '(\\d{1,12}(?:[.,]\\d{1,9})?)';
const PATTERN = new RegExp(`^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`);
const UNIT_SECONDS = [365 * 86_400, 30 * 86_400, 7 * 86_400, 86_400, 3_600, 60, 1] as const;

export type DurationParse = { readonly seconds: number } | { readonly error: string };

export function parseDuration(text: string): DurationParse {
  const match = PATTERN.exec(text);
  // "P" and "PT" alone match the pattern but name no amount; "P1DT" has an empty time part.
  if (!match || text === 'P' || text.endsWith('T')) return { error: 'geen ISO 8601-duur (zoals PT1M30S)' };
  let seconds = 0;
  let parts = 0;
  UNIT_SECONDS.forEach((unit, index) => {
    const part = match[index + 1];
    if (part === undefined) return;
    parts += 1;
    seconds += Number(part.replace(',', '.')) * unit;
  });
  if (parts === 0 || !Number.isFinite(seconds)) return { error: 'geen ISO 8601-duur (zoals PT1M30S)' };
  return { seconds: Math.round(seconds * 100) / 100 };
}
