/** Where the global setup leaves the browser profile of the demo after its first sync (IndexedDB and localStorage included). */
export const SYNCED_PROFILE = '.reports/synced-demo-profile';
