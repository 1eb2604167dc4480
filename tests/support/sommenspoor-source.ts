import { defaultMappingFor } from '@/adapters/registry';
import { sourceId } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { SOMMENSPOOR_DEMO } from '../../mocks/suppliers/sommenspoor/sommenspoor.demo';

/** The demo's Sommenspoor connector (the mocked supplier's address, the default mapping), as the wizard saves it. */
export const SOMMENSPOOR_SOURCE: Source = {
  id: sourceId('sommenspoor'),
  kind: 'sommenspoor',
  name: 'Sommenspoor',
  endpoint: SOMMENSPOOR_DEMO.endpoint,
  paused: false,
  mapping: defaultMappingFor('sommenspoor'),
  createdAt: '2026-01-01T00:00:00.000Z',
};
