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
  oneRosterObjectiveLinksReader,
  oneRosterScoreScalesReader,
  // more readers: keep this line as the anchor
  csvColumnsReader, // generic CSV, asked last: it accepts any delimited text with a header row (add readers above the anchor)
];

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
