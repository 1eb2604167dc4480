import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository's root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds TypeScript entries of the repository into ES modules for plain node, as the app's code is
 * built (Vite, Rolldown, the same `@` alias; libraries stay imports from node_modules, so `outDir`
 * must be inside the repository). `inputs`: output name -> entry path from the root. Used where a
 * test or bench runs our code outside vitest's module runner (the CLI entries, the JSON readers).
 */
export async function buildForNode(inputs: Readonly<Record<string, string>>, outDir: string): Promise<void> {
  await build({
    root: REPO_ROOT,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': `${REPO_ROOT}src` } },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: Object.fromEntries(Object.entries(inputs).map(([name, path]) => [name, `${REPO_ROOT}${path}`])),
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
}
