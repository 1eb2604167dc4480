/** A page's code (or the sync hub's) could not be fetched: usually a new release replaced the chunk, or the network dropped. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PageLoadError';
  }
}

/** The same import, its failure marked as a PageLoadError for PageLoadBoundary. */
export const loadingPage = <T>(load: Promise<T>): Promise<T> =>
  load.catch((error: unknown) => {
    throw new PageLoadError(error);
  });
