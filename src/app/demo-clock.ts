import { isCalendarDate } from '@/domain/school-day';
import { DAY_MS } from '@/domain/time-units';

/** The address parameter that moves the demo's today on: `?demodatum=2026-07-20`. */
export const DEMO_DATE_PARAM = 'demodatum';

export interface DemoToday {
  /** The demo's today (ISO): the demo school's own, or the later day the address asks for at the same time of day. */
  readonly today: string;
  /** The value the address gave when it is no later day (said on the page, never guessed at); null otherwise. */
  readonly refused: string | null;
}

/**
 * Demo mode only: the demo school's today, moved on to a later day when the address asks for one
 * (to see what a teacher sees when the sources have not synced for a while). The banner shows the
 * day in use; a value that is no yyyy-mm-dd date on or after the demo's own today is refused.
 */
export function demoToday(own: string, search: string): DemoToday {
  const asked = new URLSearchParams(search).get(DEMO_DATE_PARAM);
  if (asked === null) return { today: own, refused: null };
  const ownMs = Date.parse(own);
  const timeOfDay = ((ownMs % DAY_MS) + DAY_MS) % DAY_MS;
  const day = isCalendarDate(asked) ? Date.parse(`${asked}T00:00:00.000Z`) : Number.NaN;
  if (!Number.isFinite(day) || day + timeOfDay < ownMs) return { today: own, refused: asked };
  return { today: new Date(day + timeOfDay).toISOString(), refused: null };
}
