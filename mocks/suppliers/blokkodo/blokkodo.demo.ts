/** The demo Blokkodo account: what the ICT coordinator types in demo mode. Fictional supplier. */
export const BLOKKODO_DEMO = {
  endpoint: 'https://api.blokkodo.example/v1',
  credentials: { type: 'basic', username: 'demo-school', password: 'demo-blokkodo-secret' },
} as const;

/** Largest page the demo API serves, and the page size it uses when none is asked for. */
export const BLOKKODO_MAX_LIMIT = 250;
export const BLOKKODO_DEFAULT_LIMIT = 100;
