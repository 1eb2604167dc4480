import { csvColumnsReader } from '../csv/csv.reader';
import { caliperFileReader, xapiFileReader } from './json-readers';
import { oneRosterLineItemsReader, oneRosterResultsReader, oneRosterZipReader } from '../oneroster/oneroster.reader';
import { osoDossierReader, uwlrLeerresultatenReader } from '../uwlr/uwlr.reader';
import type { ExportFile, FileKind, FileReader } from './export-file';

/**
 * Every file form Leerzicht reads, most specific first: detection asks each in turn.
 * (Readers for further forms are added here, one line each.)
 */
export const FILE_READERS: readonly FileReader[] = [
  caliperFileReader,
  xapiFileReader,
  uwlrLeerresultatenReader,
  osoDossierReader,
  oneRosterZipReader,
  oneRosterResultsReader,
  oneRosterLineItemsReader,
  // more readers: keep this line as the anchor
  csvColumnsReader, // generic CSV, asked last: it accepts any delimited text with a header row (add readers above the anchor)
];

/** The reader that recognises this file, or null (the caller says which forms it knows). */
export const detectReader = (file: ExportFile): FileReader | null => FILE_READERS.find((reader) => reader.detect(file)) ?? null;

export const readerOfKind = (kind: FileKind): FileReader | null => FILE_READERS.find((reader) => reader.kind === kind) ?? null;
