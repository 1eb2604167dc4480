/** Where the global setup leaves the demo's state after its first sync (IndexedDB and localStorage of the origin). */
export const SYNCED_DEMO = '.reports/synced-demo.json';

/** For a flow that must see the demo's first start and first sync itself. */
export const FRESH_DEMO = { cookies: [], origins: [] };
