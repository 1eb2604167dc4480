import Dexie, { type EntityTable } from 'dexie';
import type { Group, Pupil, Rejection, Result, RosterEntry } from '@/domain/model';
import type { Consent } from '@/domain/privacy';
import type { Source, SyncStatus } from '@/domain/source';

/**
 * The local store: everything Leerzicht keeps lives in this browser's IndexedDB.
 * Roster names sit in their own table so they can be encrypted and wiped on their own.
 * Version bumps go with an upgrade function in migrations.ts; never edit a released version.
 */
export class LeerzichtDb extends Dexie {
  results!: EntityTable<Result, 'id'>;
  rejections!: EntityTable<Rejection, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  syncStatus!: EntityTable<SyncStatus, 'source'>;
  groups!: EntityTable<Group, 'id'>;
  pupils!: EntityTable<Pupil, 'key'>;
  roster!: EntityTable<RosterEntry, 'ref'>;
  consents!: EntityTable<Consent, 'pupil'>;
  settings!: EntityTable<{ key: string; value: unknown }, 'key'>;

  constructor(name = 'leerzicht') {
    super(name);
    this.version(1).stores({
      results: 'id, source, pupil, time, *goals, [pupil+time]',
      rejections: 'id, source, at',
      sources: 'id, kind',
      syncStatus: 'source',
      groups: 'id',
      pupils: 'key, &ref, group',
      roster: 'ref, group',
    });
    // v2: consent per pupil per source (or the whole app) and app settings such as retention.
    this.version(2).stores({
      consents: '[pupil+source], pupil, source',
      settings: 'key',
    });
  }
}

let current: LeerzichtDb | null = null;

/** The app's database. Tests call openDb with a fresh name (fake-indexeddb) for isolation. */
export function getDb(): LeerzichtDb {
  current ??= new LeerzichtDb();
  return current;
}

export function setDb(db: LeerzichtDb): void {
  current = db;
}
