/**
 * A file source's endpoint: `bestand:` and the form of export it was read as (`bestand:oso-dossier`),
 * never the file's name. A file is often named after a pupil ("dossier Jan de Vries.xml"); its
 * name would then be stored in clear, shown and exported. Decision 014.
 */
export const FILE_ENDPOINT_PREFIX = 'bestand:';

export const isFileEndpoint = (endpoint: string): boolean => endpoint.startsWith(FILE_ENDPOINT_PREFIX);

/** The endpoint for a file source whose main file was read by the reader of this kind. */
export const fileEndpoint = (readerKind: string): string => `${FILE_ENDPOINT_PREFIX}${readerKind}`;

/** The reader kind a file source's endpoint names; null for an endpoint that is no file source. */
export const fileKindOfEndpoint = (endpoint: string): string | null =>
  isFileEndpoint(endpoint) ? endpoint.slice(FILE_ENDPOINT_PREFIX.length) : null;
