import type * as LibraryParts from './library-parts';

/** The built-in lines and what builds the imported line (library-parts.ts). */
export type BuiltInCurriculum = typeof LibraryParts;

let loaded: BuiltInCurriculum | undefined;
let loading: Promise<BuiltInCurriculum> | undefined;

/**
 * The built-in curriculum once it has loaded, else undefined. It is not in the first page's code
 * (about 14 kB gzipped): the class overview waits for it as it waits for the stored rows, and every
 * other page loads it with its own code (app/lazy-pages.tsx), so there it is always here.
 */
export const builtInNow = (): BuiltInCurriculum | undefined => loaded;

/** Loads the built-in curriculum once; a failed load is tried again at the next call. */
export function loadBuiltIn(): Promise<BuiltInCurriculum> {
  loading ??= import('./library-parts').then(
    (parts) => (loaded = parts),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
