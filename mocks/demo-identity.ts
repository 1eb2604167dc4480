import { DEMO_TODAY } from './demo-school/calendar';

/**
 * What the demo shows before its mock worker runs: the demo school's today and its vault's
 * passphrase. main.tsx imports this statically (a production build leaves it out), so the first
 * paint waits for none of the mock worker's code (mocks/demo-start.ts, loaded beside it; decision 035).
 */
export const DEMO_IDENTITY = { today: DEMO_TODAY, passphrase: 'demo-vlierboom-2026' } as const;
