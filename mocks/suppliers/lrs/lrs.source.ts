import type { DemoSetup } from '@/app/demo-setup';
import { LRS_DEMO } from './lrs.demo';
import { LRS_DEMO_MAPPING } from './lrs.mapping';

/**
 * The board's LRS as a source of the demo school (an entry of DemoSetup.sources), so the
 * demo connects it by itself. Its mapping names the Kompas tests' goals; the mixed tests
 * find theirs by the SLO ids they carry, and the listening test stays unmapped on purpose.
 */
export const LRS_DEMO_SOURCE: DemoSetup['sources'][number] = {
  id: 'lrs',
  kind: 'xapi',
  name: 'LRS schoolbestuur',
  endpoint: LRS_DEMO.endpoint,
  credentials: LRS_DEMO.credentials,
  mapping: LRS_DEMO_MAPPING,
};
