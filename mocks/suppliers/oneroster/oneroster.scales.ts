import type { OneRosterJson } from './oneroster.generator';

const ref = (sourcedId: string, type: string) => ({ href: `/${type}s/${sourcedId}`, sourcedId, type });

/**
 * The demo gradebook's OneRoster 1.2 score scales (GET .../scoreScales): a three-step judgement
 * for project work and the Dutch 1-10 grade. The demo's own line items keep their numeric range;
 * tests point line items and results at these scales (textScore 'voldoende', score 7).
 */
export const ONEROSTER_DEMO_SCALES: readonly OneRosterJson[] = [
  {
    sourcedId: 'ss-beoordeling-ovg',
    status: 'active',
    dateLastModified: '2025-08-20T08:00:00.000Z',
    title: 'Beoordeling onvoldoende/voldoende/goed',
    type: 'beoordeling',
    class: ref('class-groep-7b', 'class'),
    scoreScaleValue: [
      { itemValueLHS: 'onvoldoende', itemValueRHS: '1' },
      { itemValueLHS: 'voldoende', itemValueRHS: '2' },
      { itemValueLHS: 'goed', itemValueRHS: '3' },
    ],
  },
  {
    sourcedId: 'ss-cijfer-1-10',
    status: 'active',
    dateLastModified: '2025-08-20T08:00:00.000Z',
    title: 'Cijfer 1-10',
    type: 'cijfer',
    class: ref('class-brugklas-1c', 'class'),
    scoreScaleValue: Array.from({ length: 10 }, (_, at) => ({ itemValueLHS: String(at + 1), itemValueRHS: String(at + 1) })),
  },
];
