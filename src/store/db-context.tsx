import { createContext, useContext, type ReactNode } from 'react';
import type { LeerzichtDb } from './db';

const DbContext = createContext<LeerzichtDb | null>(null);

/** The local database for the views; tests pass a fresh one per test. */
export function DbProvider({ db, children }: { db: LeerzichtDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): LeerzichtDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
