/**
 * Size limits for files read in the browser (decision 017). A file is refused BEFORE it is read,
 * so a huge export fails with a message instead of freezing the tab, and nothing stored changes.
 */
export const FILE_LIMITS = {
  /** A supplier's result export (CSV, JSON, xAPI/Caliper, OneRoster zip, UWLR/OSO XML). */
  export: 50_000_000,
  /** A roster export, an SLO open-data file or a CASE rubric: these are small by nature. */
  small: 5_000_000,
} as const;
export type FileLimit = keyof typeof FILE_LIMITS;

/** The first file that is too large: its name, its size (rounded up to 0.1) and the limit, in megabytes. Messages format them per locale. */
export interface TooLarge {
  readonly name: string;
  readonly size: number;
  readonly limit: number;
}

const megabytes = (bytes: number) => Math.ceil(bytes / 100_000) / 10;

/** Checks every chosen file against the limit without reading any of them. */
export function findTooLarge(files: Iterable<Pick<File, 'name' | 'size'>> | null | undefined, limit: FileLimit): TooLarge | null {
  const max = FILE_LIMITS[limit];
  for (const file of files ?? []) if (file.size > max) return { name: file.name, size: megabytes(file.size), limit: megabytes(max) };
  return null;
}

/** Thrown by readers that refuse a file; carries what the message needs. */
export class FileTooLargeError extends Error {
  constructor(readonly tooLarge: TooLarge) {
    super(`file-too-large: ${tooLarge.size} MB > ${tooLarge.limit} MB`);
    this.name = 'FileTooLargeError';
  }
}
