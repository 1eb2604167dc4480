import type { Table } from 'dexie';
import type { PupilKey } from '@/domain/ids';
import { forgottenMarker } from '@/domain/privacy';
import { schoolDay } from '@/domain/school-day';
import { clearCredentials } from './credentials.memory';
import { isCredentialsSetting } from './credentials.sealed';
import type { LeerzichtDb } from './db';
import { DOSSIER_PUPIL_SETTING } from './dossier-pupils.queries';
import { DossierPupilSetting } from './file-source-settings';

/** What the "Wat is er opgeslagen" page lists, each kind backed by one or more tables. */
export const STORED_KINDS = [
  'results',
  'rejections',
  'pupils',
  'roster',
  'groups',
  'assessments',
  'interventions',
  'judgements',
  'connectors',
  'consents',
  'settings',
  'other',
] as const;
export type StoredKind = (typeof STORED_KINDS)[number];

const TABLES_OF: Readonly<Record<Exclude<StoredKind, 'other'>, readonly string[]>> = {
  // The tallies per source (decision 034), the changes per pupil and the class grid's kept columns (decision 043)
  // are made from the results: their bytes count here, their rows do not.
  results: ['results', 'sourceTallies', 'codeTallies', 'pupilChanges', 'keptColumns'],
  rejections: ['rejections'],
  pupils: ['pupils'],
  roster: ['roster'],
  groups: ['groups'],
  // Rubric assessments arrive with a later version of the db; until then the kind shows 0.
  assessments: ['assessments'],
  interventions: ['interventions'],
  judgements: ['judgements'],
  connectors: ['sources', 'syncStatus'],
  consents: ['consents'],
  settings: ['settings'],
};

/** Tables whose rows are counts of other rows: a kind's size includes them, its number of rows does not. */
const DERIVED: ReadonlySet<string> = new Set(['sourceTallies', 'codeTallies', 'pupilChanges', 'keptColumns']);

const kindOf = (table: string): StoredKind =>
  (Object.keys(TABLES_OF) as Exclude<StoredKind, 'other'>[]).find((kind) => TABLES_OF[kind].includes(table)) ?? 'other';

export interface KindSummary {
  readonly kind: StoredKind;
  readonly count: number;
  /** Estimate: the length of the rows as JSON (binary as base64). */
  readonly bytes: number;
}

export interface StoredSummary {
  readonly kinds: readonly KindSummary[];
  /** What the browser says this site uses in all (navigator.storage.estimate), when it says so. */
  readonly browserUsage: number | null;
}

const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** JSON.stringify replacer: sealed values (iv, data) become { $bytes: base64 } instead of {} or index maps. */
export function binaryAsBase64(_key: string, value: unknown): unknown {
  if (isArrayBuffer(value)) return { $bytes: base64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) return { $bytes: base64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  return value;
}

const toJson = (row: unknown) => JSON.stringify(row, binaryAsBase64);

/** Rows never exported: connector credentials (sealed on this device, opt-in) stay here. */
const exportable = (table: string, row: unknown) =>
  !(table === 'settings' && typeof row === 'object' && row !== null && isCredentialsSetting(String((row as { key?: unknown }).key)));

const CHUNK = 500;

/** Walks a table in chunks of rows as JSON, so a school year of results never sits in memory as objects at once. */
async function eachJsonChunk(
  table: Table,
  onChunk: (rows: string[]) => void,
  keep: (table: string, row: unknown) => boolean = () => true,
): Promise<void> {
  let rows: string[] = [];
  await table.each((row: unknown) => {
    if (!keep(table.name, row)) return;
    rows.push(toJson(row));
    if (rows.length >= CHUNK) {
      onChunk(rows);
      rows = [];
    }
  });
  if (rows.length > 0) onChunk(rows);
}

async function browserUsage(): Promise<number | null> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.estimate !== 'function') return null;
  try {
    return (await navigator.storage.estimate()).usage ?? null;
  } catch {
    return null;
  }
}

/** Per kind: how many rows and about how many bytes this browser keeps. */
export async function storedSummary(db: LeerzichtDb): Promise<StoredSummary> {
  const totals = new Map<StoredKind, { count: number; bytes: number }>(STORED_KINDS.map((kind) => [kind, { count: 0, bytes: 0 }]));
  for (const table of db.tables) {
    const total = totals.get(kindOf(table.name)) as { count: number; bytes: number };
    if (!DERIVED.has(table.name)) total.count += await table.count();
    await eachJsonChunk(table, (rows) => (total.bytes += rows.reduce((sum, row) => sum + row.length + 1, 0)));
  }
  const kinds = STORED_KINDS.map((kind) => ({ kind, ...(totals.get(kind) as { count: number; bytes: number }) })).filter(
    (entry) => entry.kind !== 'other' || entry.count > 0,
  );
  return { kinds, browserUsage: await browserUsage() };
}

export const EXPORT_FORMAT = 'leerzicht-export';
export const EXPORT_VERSION = 1;

/** The export as pieces of one JSON document (for a Blob): a version and every table, without credentials. */
export async function exportParts(db: LeerzichtDb, now: Date = new Date()): Promise<string[]> {
  const parts = [
    `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"dbVersion":${db.verno},"exportedAt":${JSON.stringify(now.toISOString())},"tables":{`,
  ];
  for (const [index, table] of db.tables.entries()) {
    parts.push(`${index > 0 ? ',' : ''}${JSON.stringify(table.name)}:[`);
    let first = true;
    await eachJsonChunk(
      table,
      (rows) => {
        parts.push(`${first ? '' : ','}${rows.join(',')}`);
        first = false;
      },
      exportable,
    );
    parts.push(']');
  }
  parts.push('}}');
  return parts;
}

export const exportEverything = async (db: LeerzichtDb, now: Date = new Date()): Promise<string> => (await exportParts(db, now)).join('');

/**
 * Empties every table (the vault's salt and check too) and forgets this session's connector
 * credentials. The caller then locks the session: the key it holds belongs to a vault that is gone.
 * Returns how many rows were deleted.
 */
export async function deleteEverything(db: LeerzichtDb): Promise<number> {
  let removed = 0;
  await db.transaction('rw', db.tables, async () => {
    // Counted before any is cleared: clearing the results clears their tallies too (source-tallies.ts).
    for (const table of db.tables) removed += await table.count();
    for (const table of db.tables) await table.clear();
  });
  clearCredentials();
  return removed;
}

export interface ForgottenCounts {
  readonly results: number;
  readonly rejections: number;
  readonly roster: number;
  readonly pupils: number;
  readonly consents: number;
  readonly assessments: number;
  readonly interventions: number;
  readonly judgements: number;
}

const NOTHING: ForgottenCounts = { results: 0, rejections: 0, roster: 0, pupils: 0, consents: 0, assessments: 0, interventions: 0, judgements: 0 };

/**
 * Forgets one pupil in every store: results (by pseudonym), the roster entry (name), the pupil
 * record, consents (with their notes), interventions, teacher judgements and, once the table exists, rubric assessments. What stays is
 * one marker under the pseudonym (a whole-app withheld consent, no note, no name): without it the
 * next sync would create the pupil again ("Zonder groep") and store their data. Giving consent again
 * (the pupil back on the roster, then the consent table) lifts it. Rejections carry no pupil:
 * only those about one of the pupil's own records (same source and record id, e.g. a duplicate or
 * a voided statement) can be tied to the pupil and are removed; any other rejection of this pupil
 * cannot be told apart and is left (rejection details hold no personal data).
 */
export async function forgetPupil(db: LeerzichtDb, key: PupilKey, now: Date = new Date()): Promise<ForgottenCounts> {
  const pupil = await db.pupils.get(key);
  if (!pupil) return NOTHING;
  const assessments = db.tables.find((table) => table.name === 'assessments');
  const byPupil = assessments?.schema.idxByName.pupil ? assessments : undefined;
  const tables = [
    db.results,
    db.rejections,
    db.roster,
    db.pupils,
    db.consents,
    db.settings,
    db.interventions,
    db.judgements,
    ...(byPupil ? [byPupil] : []),
  ];
  return db.transaction('rw', tables, async () => {
    const records = new Set<string>();
    await db.results
      .where('pupil')
      .equals(pupil.ref)
      .each((result) => records.add(`${result.source}|${result.recordId}`));
    const results = await db.results.where('pupil').equals(pupil.ref).delete();
    const rejections =
      records.size === 0
        ? 0
        : await db.rejections.filter((rejection) => rejection.recordId !== null && records.has(`${rejection.source}|${rejection.recordId}`)).delete();
    const roster = (await db.roster.get(pupil.ref)) ? 1 : 0;
    await db.roster.delete(pupil.ref);
    await db.pupils.delete(key);
    const consents = await db.consents.where('pupil').equals(pupil.ref).delete();
    await db.consents.put(forgottenMarker(pupil.ref, schoolDay(now)));
    // A dossier source's remembered pupil (by key): forgotten too, so a later pupil with a reused key is never preselected.
    await db.settings
      .where('key')
      .startsWith(DOSSIER_PUPIL_SETTING)
      .filter((row) => DossierPupilSetting.safeParse(row.value).data?.pupil === key)
      .delete();
    const removedAssessments = byPupil ? await byPupil.where('pupil').anyOf([pupil.ref, pupil.key]).delete() : 0;
    // An intervention recorded for an instruction group is one row per pupil: only this pupil's rows go.
    const interventions = await db.interventions.where('pupil').equals(pupil.ref).delete();
    // The teacher's judgements of the pupil, history included.
    const judgements = await db.judgements.where('pupil').equals(pupil.ref).delete();
    return { results, rejections, roster, pupils: 1, consents, assessments: removedAssessments, interventions, judgements };
  });
}

/** Pupils of a group to choose from when forgetting one, including those who left the school. */
export const pupilsToForget = async (db: LeerzichtDb, group: string) =>
  (await db.pupils.where('group').equals(group).toArray()).sort((a, b) => a.number - b.number);
