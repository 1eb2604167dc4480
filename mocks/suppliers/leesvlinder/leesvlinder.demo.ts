/** The demo Leesvlinder account (fictional reading app): an API key in a header. */
export const LEESVLINDER_DEMO = {
  endpoint: 'https://api.leesvlinder.example/api',
  credentials: { type: 'api-key', header: 'X-Api-Key', key: 'demo-leesvlinder-key' },
  school: 'OBS De Vlierboom / Vlierboom College (demo)',
} as const;

export const LEESVLINDER_MAX_PER_PAGE = 250;
export const LEESVLINDER_DEFAULT_PER_PAGE = 100;
/** The first request for every 5th page gets 429 with Retry-After: 1 (the retry succeeds). */
export const LEESVLINDER_THROTTLE_EVERY = 5;
