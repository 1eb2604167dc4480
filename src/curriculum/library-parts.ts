/**
 * What the curriculum library (store/curriculum.queries.ts) builds on besides the stored SLO rows:
 * the built-in lines and the imported line's builder. One chunk, loaded by built-in.load.ts after the
 * first page's first paint (issue 12 goal 6) and before any other page shows.
 */
export { allGoals, BUILT_IN_LINES, goalById, lineById } from './index';
export { importedLine } from './slo-import/imported-line';
