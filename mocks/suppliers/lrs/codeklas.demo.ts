/**
 * A second learning record store in demo mode (fictional): "Codeklas", a programming game
 * for the upper years, keeps its own LRS. The demo does not connect it; the ICT coordinator
 * can add it in the connector wizard with what is below. Its statements never overlap with
 * the board's LRS (lrs.demo.ts).
 */
export const CODEKLAS_LRS_DEMO = {
  endpoint: 'https://lrs.codeklas-demo.example/xapi',
  credentials: { type: 'basic', username: 'vlierboom-codeklas', password: 'codeklas-demo-sleutel' },
} as const;

/** The game's home: its activity IRIs and extensions live below it. */
export const CODEKLAS = 'https://codeklas.example/xapi';
/** The attempt number the game sends as a context extension. */
export const CODEKLAS_ATTEMPT = `${CODEKLAS}/extensions/attempt`;
/** cmi5: the pass mark of a world's final challenge. */
export const CODEKLAS_MASTERY_SCORE = 0.7;
/** The year groups that play Codeklas (the demo school has no groep 8: the brugklas stands in for the oldest pupils). */
export const CODEKLAS_YEAR_LEVELS: readonly string[] = ['groep-7', 'brugklas'];
/** Levels per world. */
export const CODEKLAS_LEVELS = 6;
