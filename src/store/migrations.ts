import type { Transaction } from 'dexie';
import { FILE_KINDS } from '@/adapters/files/export-file';
import { fileEndpoint, fileKindOfEndpoint, isFileEndpoint } from './file-endpoint';
import type { Source } from '@/domain/source';

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
