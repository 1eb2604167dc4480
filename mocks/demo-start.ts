import type { DemoSetup } from '../src/app/demo-setup';
import { DEMO_IDENTITY } from './demo-identity';
import { demoRosterCsv } from './demo-school/roster';
import { BLOKKODO_DEMO } from './suppliers/blokkodo/blokkodo.demo';
import { CALIPER_DEMO } from './suppliers/caliper/caliper.demo';
import { CALIPER_DEMO_MAPPING } from './suppliers/caliper/caliper.mapping';
import { LEESVLINDER_DEMO } from './suppliers/leesvlinder/leesvlinder.demo';
import { LRS_DEMO_SOURCE } from './suppliers/lrs/lrs.source';
import { ONEROSTER_DEMO } from './suppliers/oneroster/oneroster.demo';
import { ONEROSTER_DEMO_MAPPING } from './suppliers/oneroster/oneroster.mapping';
import { SOMMENSPOOR_DEMO } from './suppliers/sommenspoor/sommenspoor.demo';

/** Demo mode only (main.tsx loads this by dynamic import): start the mock worker, describe the demo school. */
export async function startDemo(): Promise<DemoSetup> {
  const { worker } = await import('./browser');
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return {
    ...DEMO_IDENTITY,
    rosterCsv: demoRosterCsv(),
    sources: [
      { id: 'sommenspoor', kind: 'sommenspoor', name: 'Sommenspoor', endpoint: SOMMENSPOOR_DEMO.endpoint, credentials: SOMMENSPOOR_DEMO.credentials },
      { id: 'leesvlinder', kind: 'leesvlinder', name: 'Leesvlinder', endpoint: LEESVLINDER_DEMO.endpoint, credentials: LEESVLINDER_DEMO.credentials },
      {
        id: 'caliper',
        kind: 'caliper',
        name: 'Digitaal Werkboek (Caliper)',
        endpoint: CALIPER_DEMO.endpoint,
        credentials: CALIPER_DEMO.credentials,
        mapping: CALIPER_DEMO_MAPPING,
      },
      { id: 'blokkodo', kind: 'blokkodo', name: 'Blokkodo', endpoint: BLOKKODO_DEMO.endpoint, credentials: BLOKKODO_DEMO.credentials },
      LRS_DEMO_SOURCE,
      {
        id: 'oneroster',
        kind: 'oneroster',
        name: 'Toetsplein (OneRoster)',
        endpoint: ONEROSTER_DEMO.endpoint,
        credentials: ONEROSTER_DEMO.credentials,
        mapping: ONEROSTER_DEMO_MAPPING,
      },
    ],
  };
}
