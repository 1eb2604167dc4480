import type { Transaction } from 'dexie';
import { FILE_KINDS } from '@/adapters/files/file-kinds';
import { fileEndpoint, fileKindOfEndpoint, isFileEndpoint } from './file-endpoint';
import type { Source } from '@/domain/source';
import { CODE_TALLIES, SOURCE_TALLIES } from './source-tallies';
import { TallyDelta, type Tallied } from './tally-delta';
import { newStamp, PUPIL_CHANGES, PupilDelta, type Pupiled } from './pupil-changes';

const KNOWN_FILE_KINDS: ReadonlySet<string> = new Set(FILE_KINDS);

/** What a v5 file source was read as, from its kind and what it stored; its old endpoint is only a file name. */
async function readerKindOf(tx: Transaction, source: Source): Promise<string> {
  switch (source.kind) {
    case 'xapi':
      return 'xapi-statements';
    case 'caliper':
      return 'caliper-events';
    case 'csv':
      return 'csv-columns';
    case 'oneroster':
      return /\.zip$/i.test(source.endpoint) ? 'oneroster-zip' : 'oneroster-results';
    case 'uwlr': {
      // An OSO dossier's results have record ids "oso|..." and its rejections keys "dossier|...".
      const result = await tx
        .table('results')
        .where('source')
        .equals(source.id)
        .filter((row: { recordId?: string }) => row.recordId?.startsWith('oso|') ?? false)
        .first();
      const rejection = result
        ? null
        : await tx
            .table('rejections')
            .where('source')
            .equals(source.id)
            .filter((row: { id: string }) => row.id.startsWith(`${source.id}|dossier|`))
            .first();
      return result || rejection ? 'oso-dossier' : 'uwlr-leerresultaten';
    }
    default:
      return source.kind;
  }
}

/**
 * v6: a file source's endpoint no longer holds the file name (`bestand:dossier Jan de Vries.xml`)
 * but the form of export it was read as (`bestand:oso-dossier`). Endpoints already in the new
 * form are left alone.
 */
export async function fileEndpointsWithoutNames(tx: Transaction): Promise<void> {
  const sources = (await tx.table('sources').toArray()) as Source[];
  for (const source of sources) {
    if (!isFileEndpoint(source.endpoint) || KNOWN_FILE_KINDS.has(fileKindOfEndpoint(source.endpoint) ?? '')) continue;
    await tx.table('sources').update(source.id, { endpoint: fileEndpoint(await readerKindOf(tx, source)) });
  }
}

/** Rows read at a time by the v10 upgrade: memory stays flat however many results are stored. */
const TALLY_CHUNK = 5_000;

/** v10: the tallies counted once from every stored result, in chunks by primary key. */
export async function tallyStoredResults(tx: Transaction): Promise<void> {
  const delta = new TallyDelta();
  const results = tx.table('results');
  let chunk = (await results.orderBy(':id').limit(TALLY_CHUNK).toArray()) as (Tallied & { id: string })[];
  while (chunk.length > 0) {
    for (const row of chunk) delta.count(row, 1);
    const last = chunk[chunk.length - 1]?.id ?? '';
    chunk = (await results.where(':id').above(last).limit(TALLY_CHUNK).toArray()) as (Tallied & { id: string })[];
  }
  const { sources, codes } = delta.rows();
  await tx.table(SOURCE_TALLIES).bulkPut(sources);
  await tx.table(CODE_TALLIES).bulkPut(codes);
}

/** v11: each pupil's stored results counted once, with a first stamp, in chunks by primary key as v10's tallies. */
export async function countPupilResults(tx: Transaction): Promise<void> {
  const delta = new PupilDelta();
  const results = tx.table('results');
  let chunk = (await results.orderBy(':id').limit(TALLY_CHUNK).toArray()) as (Pupiled & { id: string })[];
  while (chunk.length > 0) {
    for (const row of chunk) delta.count(row, 1);
    const last = chunk[chunk.length - 1]?.id ?? '';
    chunk = (await results.where(':id').above(last).limit(TALLY_CHUNK).toArray()) as (Pupiled & { id: string })[];
  }
  const rows = [...delta.results].filter(([, n]) => n > 0).map(([pupil, count]) => ({ pupil, results: count, stamp: newStamp() }));
  await tx.table(PUPIL_CHANGES).bulkPut(rows);
}
