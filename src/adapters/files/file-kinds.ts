// Its own file: the store's migrations need the list, not the file reading (decode.ts) beside it in export-file.ts.
/** What kind of export a file is; more specific than SourceKind (one kind of source, several file forms). */
export const FILE_KINDS = [
  'xapi-statements',
  'caliper-events',
  'oneroster-results',
  'oneroster-line-items',
  'oneroster-zip',
  'oneroster-objective-links',
  'oneroster-score-scales',
  'uwlr-leerresultaten',
  'oso-dossier',
  'csv-columns',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];
