import { useEffect } from 'react';
import { lock, vaultKey } from '@/store/vault';

export const DEFAULT_IDLE_MINUTES = 15;
const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** Events at which a device that slept may be back: the wall clock is compared then. */
const WAKE_EVENTS = ['focus', 'pageshow'] as const;
const CHECK_EVERY_MS = 15_000;

/**
 * Locks the vault (names hidden again) after `minutes` without keyboard or pointer activity, by the
 * wall clock: a timer does not run while the device sleeps, so after a sleep past the lock time the
 * first check (at wake, at the first key or click, or every 15 s) locks before anything is shown.
 */
export function useIdleLock(minutes = DEFAULT_IDLE_MINUTES): void {
  useEffect(() => {
    const limit = minutes * 60_000;
    let last = Date.now();
    const expired = () => Date.now() - last >= limit;
    const check = () => {
      if (expired() && vaultKey()) lock();
    };
    const activity = () => {
      if (expired()) check();
      else last = Date.now();
    };
    const timer = setInterval(check, Math.min(CHECK_EVERY_MS, limit));
    EVENTS.forEach((name) => window.addEventListener(name, activity, { passive: true, capture: true }));
    WAKE_EVENTS.forEach((name) => window.addEventListener(name, check));
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      EVENTS.forEach((name) => window.removeEventListener(name, activity, { capture: true }));
      WAKE_EVENTS.forEach((name) => window.removeEventListener(name, check));
      document.removeEventListener('visibilitychange', check);
    };
  }, [minutes]);
}
