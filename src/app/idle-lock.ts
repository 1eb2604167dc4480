import { useEffect } from 'react';
import { lock, vaultKey } from '@/store/vault';

export const DEFAULT_IDLE_MINUTES = 15;
const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the vault (names hidden again) after `minutes` without keyboard or pointer activity. */
export function useIdleLock(minutes = DEFAULT_IDLE_MINUTES): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const restart = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => vaultKey() && lock(), minutes * 60_000);
    };
    restart();
    EVENTS.forEach((name) => window.addEventListener(name, restart, { passive: true }));
    return () => {
      if (timer) clearTimeout(timer);
      EVENTS.forEach((name) => window.removeEventListener(name, restart));
    };
  }, [minutes]);
}
