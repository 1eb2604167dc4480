import { createContext, useContext, type ReactNode } from 'react';

/** "Now" for every progress computation: the real clock, or the demo school's fixed today. */
const ClockContext = createContext<() => Date>(() => new Date());

export function ClockProvider({ now, children }: { now: () => Date; children: ReactNode }) {
  return <ClockContext.Provider value={now}>{children}</ClockContext.Provider>;
}

export const useNow = (): Date => useContext(ClockContext)();

/** The clock itself, for work that happens later (a save) and must read "now" then. */
export const useClock = (): (() => Date) => useContext(ClockContext);

const MINUTE_MS = 60_000;

/** Now read to the minute (ISO): a view computed from it is computed again once a minute, not on every render. */
export const useMinute = (): string => new Date(Math.floor(useNow().getTime() / MINUTE_MS) * MINUTE_MS).toISOString();
