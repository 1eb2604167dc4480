import Dexie, { type EntityTable, type Table } from 'dexie';
import type { GroupId, PupilRef } from '@/domain/ids';
import type { Pupil, Rejection, Result } from '@/domain/model';
import type { Intervention } from '@/domain/intervention';
import type { TeacherJudgement } from '@/domain/teacher-judgement';
import type { Consent } from '@/domain/privacy';
import type { Assessment, Rubric } from '@/domain/rubric';
import type { Source, SyncStatus } from '@/domain/source';
import type { Sealed } from './crypto/seal';
import { countPupilResults, fileEndpointsWithoutNames, tallyStoredResults } from './migrations';
import type { KeptColumns } from './kept-columns.repo';
import type { PupilChange } from './pupil-changes';
import { sourceTallies } from './source-tallies';
import type { CodeTally, SourceTally } from './tally-delta';

/** A group as stored: its name (roster data) sealed; the year level stays readable for targets. */
export interface StoredGroup {
  readonly id: GroupId;
  readonly yearLevel: string;
  readonly sealed: Sealed | null;
}

/** A roster entry as stored: names sealed with the vault key, the pseudonym and group id in clear. */
export interface StoredRoster {
  readonly ref: PupilRef;
  readonly group: GroupId;
  readonly sealed: Sealed;
}

/**
 * The local store: everything Leerzicht keeps lives in this browser's IndexedDB.
 * Roster names and group names are sealed (AES-GCM, see crypto/seal.ts); nothing else is personal.
 * Version bumps go with an upgrade function in migrations.ts; never edit a released version.
 */
export class LeerzichtDb extends Dexie {
  results!: EntityTable<Result, 'id'>;
  rejections!: EntityTable<Rejection, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  syncStatus!: EntityTable<SyncStatus, 'source'>;
  groups!: EntityTable<StoredGroup, 'id'>;
  pupils!: EntityTable<Pupil, 'key'>;
  roster!: EntityTable<StoredRoster, 'ref'>;
  consents!: EntityTable<Consent, 'pupil'>;
  settings!: EntityTable<{ key: string; value: unknown }, 'key'>;
  assessments!: EntityTable<Assessment, 'id'>;
  rubrics!: EntityTable<StoredRubric, 'id'>;
  curriculum!: EntityTable<StoredCurriculumGoal, 'id'>;
  interventions!: EntityTable<Intervention, 'id'>;
  judgements!: EntityTable<TeacherJudgement, 'id'>;
  sourceTallies!: EntityTable<SourceTally, 'source'>;
  codeTallies!: Table<CodeTally, [string, string]>;
  pupilChanges!: EntityTable<PupilChange, 'pupil'>;
  keptColumns!: EntityTable<KeptColumns, 'pupil'>;

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
    // v3: names sealed at rest. Plain names from v1/v2 cannot be sealed without the passphrase,
    // so they are dropped and the roster must be imported again (pupils and results stay).
    this.version(3)
      .stores({ roster: 'ref, group', groups: 'id' })
      .upgrade(async (tx) => {
        await tx.table('roster').clear();
        await tx
          .table('groups')
          .toCollection()
          .modify((group: Record<string, unknown>) => {
            delete group.name;
            group.sealed = null;
          });
      });
    // v4: rubric assessments (teacher judgement), per pupil per criterion, dated.
    this.version(4).stores({ assessments: 'id, pupil, rubric, [rubric+pupil], date' });
    // v5: rubrics written or imported by the school (built-in ones stay in code), and goals
    // imported from SLO's open-data curriculum (new goals, refreshed titles, replaced-by links).
    this.version(5).stores({ rubrics: 'id', curriculum: 'id, sloId, line' });
    // v6: a file source's endpoint names the form of export, never the file (which may carry a pupil's name).
    this.version(6).stores({}).upgrade(fileEndpointsWithoutNames);
    // v7: the intervention log (extra instruction and the like), one row per pupil, dated like assessments.
    this.version(7).stores({ interventions: 'id, pupil, goal, date, batch' });
    // v8: a teacher's own judgement of a pupil on a goal (status, day, note, role), history kept, dated like assessments.
    this.version(8).stores({ judgements: 'id, pupil, goal, date' });
    // v9: the unmapped codes per source and the rejections per source and reason, counted by an index
    // (decision 022). `goals.length` is evaluated by IndexedDB itself, so the index stays right on every
    // write and delete; IndexedDB builds it for the rows already stored when the version opens.
    this.version(9).stores({
      results: 'id, source, pupil, time, *goals, [pupil+time], [source+goals.length+code]',
      rejections: 'id, source, at, [source+code]',
    });
    // v10: per source its stored results and unmapped codes, kept in step by every write (source-tallies.ts,
    // decision 034) and counted once here from what a v9 store holds; the v9 count index goes, and
    // [source+time] gives a source's latest result (and its results in time order).
    this.version(10)
      .stores({
        results: 'id, source, pupil, time, *goals, [pupil+time], [source+time]',
        sourceTallies: 'source',
        codeTallies: '[source+code]',
      })
      .upgrade(tallyStoredResults);
    // v11: per pupil a change stamp and a count of stored results, kept by every write (pupil-changes.ts), and
    // each pupil's prepared columns for the class grid, kept by the compute worker while the stamp holds
    // (kept-columns.repo.ts, decision 043). The upgrade counts the pupils once; no columns are kept yet.
    this.version(11).stores({ pupilChanges: 'pupil', keptColumns: 'pupil, links' }).upgrade(countPupilResults);
    this.use(sourceTallies);
  }
}

/** A rubric the school wrote, edited or imported (CASE CFRubric). */
export interface StoredRubric extends Rubric {
  readonly updatedAt: string;
}

/**
 * A goal imported from SLO open data, keyed by its SLO UUID. `line` is 'slo-import' for a goal
 * none of ours carries, else the built-in line whose goal carries the UUID (its SLO title is
 * shown with that goal). A UUID SLO replaced keeps its row with `replacedBy` set.
 */
export interface StoredCurriculumGoal {
  readonly id: string;
  readonly sloId: string;
  readonly line: string;
  /** SLO's title, zero-width spaces removed; null for a replaced UUID known only by its link. */
  readonly title: string | null;
  /** SLO collection: doel, kerndoel, ldk_vakinhoud, ... ('deprecated' when only its replacement is known). */
  readonly collection: string;
  readonly prefix: string | null;
  /** SLO niveau UUIDs. */
  readonly levels: readonly string[];
  readonly parents: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /** Successor UUIDs when SLO replaced this one; empty otherwise. */
  readonly replacedBy: readonly string[];
  readonly importedAt: string;
}

let current: LeerzichtDb | null = null;

/** The app's database. Tests make their own `new LeerzichtDb(name)` with a fresh name (fake-indexeddb) for isolation. */
export function getDb(): LeerzichtDb {
  current ??= new LeerzichtDb();
  return current;
}
