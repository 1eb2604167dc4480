import type { DemoSetup } from '@/app/demo-setup';
import { schoolYearStart } from '@/domain/source-scope';
import { DEMO_TODAY } from '../../demo-school/calendar';
import { LRS_DEMO } from './lrs.demo';
import { LRS_DEMO_MAPPING } from './lrs.mapping';

/**
 * The board's LRS as a source of the demo school (an entry of DemoSetup.sources), so the
 * demo connects it by itself. Its mapping names the Kompas tests' goals; the mixed tests
 * find theirs by the SLO ids they carry, and the listening test stays unmapped on purpose.
 * It reads only the demo school's own pupils (one `agent` query per rostered pupil with consent)
 * from the start of the demo's school year: the scope of decision 018, shown on the Bronnen page.
 */
export const LRS_DEMO_SOURCE: DemoSetup['sources'][number] = {
  id: 'lrs',
  kind: 'xapi',
  name: 'LRS schoolbestuur',
  endpoint: LRS_DEMO.endpoint,
  credentials: LRS_DEMO.credentials,
  mapping: LRS_DEMO_MAPPING,
  scope: { pupils: 'our-groups', since: schoolYearStart(new Date(DEMO_TODAY)) },
};
