/**
 * The OneRoster CSV bench as a plain node program (tests/bench/oneroster-csv.bench.ts builds it with
 * Vite, as the app's code is built, and runs it): the file worker's reader for results.csv against
 * papaparse alone, one JSON line.
 */
import '@/adapters/shared/zod-jitless';
import { readerOfKind } from '@/adapters/files/readers';
import { compareWithPapaparse, FIGURE } from './oneroster-csv';

const reader = readerOfKind('oneroster-results');
if (reader === null) throw new Error('no OneRoster results reader');
compareWithPapaparse(`${FIGURE} [bundled]`, { '': reader });
