/**
 * The school board's learning record store in demo mode (fictional): what the ICT
 * coordinator types in. A fictional adaptive test platform, "Kompas Toetsen", pushes the
 * demo school's monthly arithmetic and reading tests to it as xAPI 1.0.3 / cmi5 statements.
 */
export const LRS_DEMO = {
  endpoint: 'https://lrs.demo-schoolbestuur.example/xapi',
  credentials: { type: 'basic', username: 'leerzicht-demo', password: 'demo-lrs-geheim' },
} as const;

/** Largest page the demo LRS serves, and the page size it uses when none (or 0) is asked for. */
export const LRS_MAX_LIMIT = 500;
export const LRS_DEFAULT_LIMIT = 100;

/** The test platform's home: its activity IRIs and extensions live below it. */
export const KOMPAS = 'https://kompas-toetsen.example/xapi';
/** The attempt number the platform sends as a context extension. */
export const KOMPAS_ATTEMPT = `${KOMPAS}/extensions/attempt`;
/** cmi5: the pass mark the platform uses for every test. */
export const KOMPAS_MASTERY_SCORE = 0.6;
/** The pupil pseudonyms' homePage (the demo's stand-in for https://ketenid.nl). */
export const DEMO_HOME_PAGE = 'https://demo.invalid';
