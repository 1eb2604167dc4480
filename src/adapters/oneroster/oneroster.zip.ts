import { unzipSync } from 'fflate';
import { textOf, unreadable, type FileReader } from '../files/export-file';
import { readOneRosterCsvSet } from './oneroster.csv-set';
import { LINK_FILE_NAMES, type LinkFile } from './oneroster.links';
import { SCALE_FILE_NAMES, type ScaleFile } from './oneroster.scale-files';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
const WANTED =
  /(?:^|\/)(results|lineitems|lineitemlearningobjectiveids|resultlearningobjectiveids|scorescales|lineitemscorescales|resultscorescales)\.csv$/i;
const RESULTS_NAME = [...'results.csv'].map((char) => char.charCodeAt(0));

/** Whether the zip's bytes name a results.csv entry (ASCII, case-insensitive), without inflating anything. */
function namesResultsCsv(bytes: Uint8Array): boolean {
  outer: for (let at = 0; at + RESULTS_NAME.length <= bytes.length; at += 1) {
    for (let i = 0; i < RESULTS_NAME.length; i += 1) if (((bytes[at + i] ?? 0) | 0x20) !== ((RESULTS_NAME[i] ?? 0) | 0x20)) continue outer;
    return true;
  }
  return false;
}

/** A .zip holding results.csv and lineItems.csv (in any folder), with the 1.2 link and score-scale files when present; other entries are ignored. */
export const oneRosterZipReader: FileReader = {
  kind: 'oneroster-zip',
  sourceKind: 'oneroster',
  detect: (file) => ZIP_MAGIC.every((byte, at) => file.bytes[at] === byte) && namesResultsCsv(file.bytes),
  read(file, _companions, ctx) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(file.bytes, { filter: (entry) => WANTED.test(entry.name) && entry.originalSize <= MAX_ENTRY_BYTES });
    } catch {
      return unreadable('geen geldig zip-bestand (beschadigd of afgebroken)');
    }
    const find = (name: string) => Object.entries(entries).find(([path]) => path.toLowerCase().split('/').pop() === name)?.[1];
    const results = find('results.csv');
    const lineItems = find('lineitems.csv');
    if (!results || !lineItems)
      return unreadable(`het zip-bestand mist ${!results ? 'results.csv' : 'lineItems.csv'} (of het bestand is groter dan 50 MB)`);
    const text = (name: string, bytes: Uint8Array) => textOf({ name, bytes });
    const links: Partial<Record<LinkFile, string>> = {};
    for (const name of LINK_FILE_NAMES) {
      const bytes = find(name.toLowerCase());
      if (bytes) links[name] = text(name, bytes);
    }
    const scales: Partial<Record<ScaleFile, string>> = {};
    for (const name of SCALE_FILE_NAMES) {
      const bytes = find(name.toLowerCase());
      if (bytes) scales[name] = text(name, bytes);
    }
    return readOneRosterCsvSet({ results: text('results.csv', results), lineItems: text('lineItems.csv', lineItems), links, scales }, ctx);
  },
};
