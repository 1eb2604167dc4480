/**
 * The JSON readers' bench as a plain node program (tests/bench/json-readers.bench.ts builds it with
 * Vite, as the app's code is built, and runs it): zod jitless first, then each named format's
 * pages against JSON.parse, one JSON line each. `node <built>/json-readers.run.mjs Blokkodo,Leesvlinder`.
 */
import '@/adapters/shared/zod-jitless';
import { compareWithJsonParse } from './json-pages';
import { JSON_FORMATS } from './json-formats';

const names = (process.argv[2] ?? '').split(',').filter((name) => name !== '');
const unknown = names.filter((name) => !JSON_FORMATS.some((format) => format.name === name));
if (unknown.length > 0) throw new Error(`no such JSON format: ${unknown.join(', ')}`);
for (const format of JSON_FORMATS) {
  if (names.length > 0 && !names.includes(format.name)) continue;
  compareWithJsonParse(`${format.figure} [bundled]`, format.pages(), format.pageSize, format.read);
}
