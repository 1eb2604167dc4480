import { csvColumnsReader } from '../csv/csv.reader';
import { caliperFileReader, xapiFileReader } from './json-readers';
import {
  oneRosterLineItemsReader,
  oneRosterObjectiveLinksReader,
  oneRosterResultsReader,
  oneRosterScoreScalesReader,
} from '../oneroster/oneroster.reader';
import { oneRosterZipReader } from '../oneroster/oneroster.zip';
import { osoDossierReader, uwlrLeerresultatenReader } from '../uwlr/uwlr.reader';
import { checkedUtf8, invalidUtf8, isZip } from './decode';
import { unreadable, type ExportFile, type FileKind, type FileReader } from './export-file';

/**
 * A file whose bytes are valid UTF-8, with the text the check decoded (textOf gives it, so the reader
 * does not decode it again); UTF-16 and zips as they are; or why its text may not be read (by line).
 */
function checkedFile(file: ExportFile): { readonly file: ExportFile } | { readonly refusal: string } {
  if (isZip(file.name, file.bytes)) return { file };
  const checked = checkedUtf8(file.bytes);
  if (checked === null) return { file };
  return 'text' in checked ? { file: { ...file, text: checked.text } } : { refusal: invalidUtf8(file.name, checked.problem) };
}

/** A reader that first refuses a file (or a companion) whose text is not valid UTF-8 or UTF-16. */
const checkingEncoding = (reader: FileReader): FileReader => ({
  ...reader,
  read(file, companions, ctx) {
    const files: ExportFile[] = [];
    for (const checked of [file, ...companions].map(checkedFile)) {
      if ('refusal' in checked) return unreadable(checked.refusal);
      files.push(checked.file);
    }
    const [main = file, ...others] = files;
    return reader.read(main, others, ctx);
  },
});

/**
 * Every file form Leerzicht reads, most specific first: detection asks each in turn.
 * (Readers for further forms are added here, one line each.)
 */
export const FILE_READERS: readonly FileReader[] = (
  [
    caliperFileReader,
    xapiFileReader,
    uwlrLeerresultatenReader,
    osoDossierReader,
    oneRosterZipReader,
    oneRosterResultsReader,
    oneRosterLineItemsReader,
    oneRosterObjectiveLinksReader,
    oneRosterScoreScalesReader,
    // more readers: keep this line as the anchor
    csvColumnsReader, // generic CSV, asked last: it accepts any delimited text with a header row (add readers above the anchor)
  ] as const
).map(checkingEncoding);

/** The reader that recognises this file, or null (the caller says which forms it knows). */
export const detectReader = (file: ExportFile): FileReader | null => FILE_READERS.find((reader) => reader.detect(file)) ?? null;

export const readerOfKind = (kind: FileKind): FileReader | null => FILE_READERS.find((reader) => reader.kind === kind) ?? null;

/**
 * File forms that only go along with another file (OneRoster's lineItems.csv, learning-objective
 * link files and score-scale files beside results.csv): read alone they give no results, so they
 * are never the main file.
 */
const COMPANION_KINDS: ReadonlySet<FileKind> = new Set(['oneroster-line-items', 'oneroster-objective-links', 'oneroster-score-scales']);
export const isCompanionKind = (kind: FileKind): boolean => COMPANION_KINDS.has(kind);
