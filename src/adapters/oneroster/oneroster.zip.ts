import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { encodingRefusal } from '../files/decode';
import { textOf, unreadable, type FileRead, type FileReader } from '../files/export-file';
import { readOneRosterCsvSet } from './oneroster.csv-set';
import { LINK_FILE_NAMES, type LinkFile } from './oneroster.links';
import { SCALE_FILE_NAMES, type ScaleFile } from './oneroster.scale-files';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const MB = 1024 * 1024;
/** Caps on what inflating may produce, counted on the bytes actually inflated (declared sizes can lie). */
export const ZIP_LIMITS: { readonly entryBytes: number; readonly totalBytes: number; readonly entries: number } = {
  entryBytes: 50 * MB,
  totalBytes: 100 * MB,
  entries: 100,
};
/** The zip is fed to the unzipper in slices this size, so one step inflates at most ~1000x this (deflate's ceiling). */
const SLICE = 16 * 1024;
/** The OneRoster files we read, lower case; every other entry is passed over without inflating it. */
const WANTED = new Set(['results.csv', 'lineitems.csv', ...LINK_FILE_NAMES, ...SCALE_FILE_NAMES].map((name) => name.toLowerCase()));
const RESULTS_NAME = [...'results.csv'].map((char) => char.charCodeAt(0));

/** Whether the zip's bytes name a results.csv entry (ASCII, case-insensitive), without inflating anything. */
function namesResultsCsv(bytes: Uint8Array): boolean {
  outer: for (let at = 0; at + RESULTS_NAME.length <= bytes.length; at += 1) {
    for (let i = 0; i < RESULTS_NAME.length; i += 1) if (((bytes[at + i] ?? 0) | 0x20) !== ((RESULTS_NAME[i] ?? 0) | 0x20)) continue outer;
    return true;
  }
  return false;
}

/** A wanted entry's folder and file name (lower case), or null: only the root or one folder deep, no odd paths. */
function wantedPath(path: string): { folder: string; name: string } | null {
  const parts = path.split('/');
  if (parts.length > 2 || path.includes('\\') || parts.some((part) => part === '..' || part === '.')) return null;
  const name = (parts.at(-1) ?? '').toLowerCase();
  return WANTED.has(name) ? { folder: parts.length === 2 ? (parts[0] ?? '') : '', name } : null;
}

class ZipRefused extends Error {}

/** Whether the zip ends with its end-of-central-directory record (a cut-off download does not). */
function hasEnd(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1)
    if (view.getUint32(at, true) === 0x06054b50 && at + 22 + view.getUint16(at + 20, true) === bytes.length) return true;
  return false;
}

const BROKEN = 'geen geldig zip-bestand (beschadigd of afgebroken)';

const mb = (bytes: number) => `${bytes / MB} MB`;

/**
 * Inflates only the wanted entries, streaming, counting the bytes that really come out; stops at
 * the first cap crossed. Returns the entries by lower-case file name, or why the zip is refused.
 */
export function unzipWanted(bytes: Uint8Array, limits: typeof ZIP_LIMITS = ZIP_LIMITS): Map<string, Uint8Array> | string {
  if (!hasEnd(bytes)) return BROKEN;
  const found = new Map<string, Uint8Array>();
  let folder: string | null = null;
  let entries = 0;
  let total = 0;
  const take = (file: UnzipFile) => {
    entries += 1;
    if (entries > limits.entries) throw new ZipRefused(`het zip-bestand heeft meer dan ${limits.entries} bestanden`);
    const wanted = wantedPath(file.name);
    if (!wanted) return;
    if (folder !== null && folder !== wanted.folder) throw new ZipRefused('het zip-bestand heeft OneRoster-bestanden in meer dan één map');
    if (found.has(wanted.name)) throw new ZipRefused(`het zip-bestand heeft ${wanted.name} meer dan eens`);
    folder = wanted.folder;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error instanceof ZipRefused) throw error;
      if (error) throw new ZipRefused(`${wanted.name} in het zip-bestand is beschadigd of gebruikt een onbekende compressie`);
      size += data.length;
      total += data.length;
      if (size > limits.entryBytes) throw new ZipRefused(`${wanted.name} is uitgepakt groter dan ${mb(limits.entryBytes)}`);
      if (total > limits.totalBytes) throw new ZipRefused(`het zip-bestand is uitgepakt groter dan ${mb(limits.totalBytes)}`);
      chunks.push(data);
      if (final) found.set(wanted.name, join(chunks, size));
    };
    file.start();
  };
  const unzip = new Unzip(take);
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch (error) {
    return error instanceof ZipRefused ? error.message : BROKEN;
  }
  return found;
}

function join(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function readEntries(entries: Map<string, Uint8Array>, ctx: Parameters<FileReader['read']>[2]): FileRead {
  const results = entries.get('results.csv');
  const lineItems = entries.get('lineitems.csv');
  if (!results || !lineItems) return unreadable(`het zip-bestand mist ${!results ? 'results.csv' : 'lineItems.csv'} (in de hoofdmap of in één map)`);
  const refusal = [...entries].map(([name, bytes]) => encodingRefusal(name, bytes)).find((reason) => reason !== null);
  if (refusal) return unreadable(refusal);
  const text = (name: string, bytes: Uint8Array) => textOf({ name, bytes });
  const links: Partial<Record<LinkFile, string>> = {};
  for (const name of LINK_FILE_NAMES) {
    const bytes = entries.get(name.toLowerCase());
    if (bytes) links[name] = text(name, bytes);
  }
  const scales: Partial<Record<ScaleFile, string>> = {};
  for (const name of SCALE_FILE_NAMES) {
    const bytes = entries.get(name.toLowerCase());
    if (bytes) scales[name] = text(name, bytes);
  }
  return readOneRosterCsvSet({ results: text('results.csv', results), lineItems: text('lineItems.csv', lineItems), links, scales }, ctx);
}

/**
 * A .zip holding results.csv and lineItems.csv (at the root or in one folder), with the 1.2 link and
 * score-scale files when present; other entries are never inflated. Caps: ZIP_LIMITS (see decision 013).
 */
export const oneRosterZipReader: FileReader = {
  kind: 'oneroster-zip',
  sourceKind: 'oneroster',
  detect: (file) => ZIP_MAGIC.every((byte, at) => file.bytes[at] === byte) && namesResultsCsv(file.bytes),
  read(file, _companions, ctx) {
    const entries = unzipWanted(file.bytes);
    return typeof entries === 'string' ? unreadable(entries) : readEntries(entries, ctx);
  },
};
