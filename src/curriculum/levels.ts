import type { Level } from '@/domain/model';

/** SLO niveau ids (curriculum-basis niveaus.json) for the levels the built-in lines use. */
export const SLO_LEVEL = {
  po: '512e4729-03a4-43a2-95ba-758071d1b725',
  obVo: '35715b0c-ad0c-46ab-ab1a-1387bb046486',
  ref1F: 'd5f99b58-31be-4ffc-89f4-9d7c65526879',
  ref2F: '5eac0434-a6fc-4499-9710-3d6b800973a3',
  ref1S: '86d05d5a-8dfa-422b-820c-50019985426d',
  groep12: 'e222c093-f0c6-4895-9dfb-c08eafb27aef',
  groep34: 'e0d54104-4bbc-4e6a-9c53-114f0af56027',
  groep56: 'a719649f-03ca-48cf-b689-252b109de32c',
  groep78: '457f3ac7-522b-41f4-b2c7-6f4c2d891faf',
} as const;

/** The reference levels of the referentiekader taal en rekenen, in the order pupils reach them. */
export const REFERENCE_LEVELS: readonly Level[] = [
  { id: '1f', order: 1, label: { nl: '1F', en: '1F' }, sloIds: [SLO_LEVEL.ref1F] },
  { id: '2f', order: 2, label: { nl: '2F', en: '2F' }, sloIds: [SLO_LEVEL.ref2F] },
  { id: '1s', order: 3, label: { nl: '1S', en: '1S' }, sloIds: [SLO_LEVEL.ref1S] },
];

/** Primary school in three bouw bands (our composition of SLO's two-year bands). */
export const BOUW_LEVELS: readonly Level[] = [
  { id: 'ob', order: 1, label: { nl: 'onderbouw (groep 1-4)', en: 'lower years (groep 1-4)' }, sloIds: [SLO_LEVEL.groep12, SLO_LEVEL.groep34] },
  { id: 'mb', order: 2, label: { nl: 'middenbouw (groep 5-6)', en: 'middle years (groep 5-6)' }, sloIds: [SLO_LEVEL.groep56] },
  { id: 'bb', order: 3, label: { nl: 'bovenbouw (groep 7-8)', en: 'upper years (groep 7-8)' }, sloIds: [SLO_LEVEL.groep78] },
];
