import type { CodeMapping, SourceKind } from '@/domain/source';
import { resolveSloUuids } from '@/curriculum/slo-import';
import type { GoalId } from '@/domain/ids';
import { blokkodoAdapter } from './blokkodo/blokkodo.adapter';
import { createCaliperAdapter } from './caliper/caliper.adapter';
import { createXapiAdapter } from './xapi/xapi.adapter';
import { createOneRosterAdapter } from './oneroster/oneroster.adapter';
import { BLOKKODO_DEFAULT_MAPPING } from './blokkodo/blokkodo.mapping';
import { leesvlinderAdapter } from './leesvlinder/leesvlinder.adapter';
import { LEESVLINDER_DEFAULT_MAPPING } from './leesvlinder/leesvlinder.mapping';
import type { Credentials, SourceAdapter } from './port';
import { sommenspoorAdapter } from './sommenspoor/sommenspoor.adapter';
import { SOMMENSPOOR_DEFAULT_MAPPING } from './sommenspoor/sommenspoor.mapping';

/**
 * SLO UUIDs named by a standard's records (xAPI contextActivities, Caliper learningObjectives) -> our goals:
 * follows SLO replacements and keeps one level per strand (curriculum/slo-import, decision 012).
 */
export const resolveSloIds = (uuids: readonly string[], level: string | null = null): readonly GoalId[] => resolveSloUuids(uuids, level);

const adapters: Partial<Record<SourceKind, SourceAdapter>> = {
  xapi: createXapiAdapter({ resolveSloIds }),
  caliper: createCaliperAdapter({ resolveSloIds }),
  oneroster: createOneRosterAdapter({ resolveSloIds }),
  sommenspoor: sommenspoorAdapter,
  leesvlinder: leesvlinderAdapter,
  blokkodo: blokkodoAdapter,
};

const defaultMappings: Partial<Record<SourceKind, CodeMapping>> = {
  sommenspoor: SOMMENSPOOR_DEFAULT_MAPPING,
  leesvlinder: LEESVLINDER_DEFAULT_MAPPING,
  blokkodo: BLOKKODO_DEFAULT_MAPPING,
};

/** The adapter for a kind of source, or null when this build cannot read that kind. */
export const adapterFor = (kind: SourceKind): SourceAdapter | null => adapters[kind] ?? null;

/** The mapping a known supplier ships with; the ICT coordinator can change it per source. */
export const defaultMappingFor = (kind: SourceKind): CodeMapping => defaultMappings[kind] ?? {};

/** How each kind authenticates, so the connector wizard asks for the right fields. */
export const CREDENTIAL_TYPE: Readonly<Record<SourceKind, Credentials['type']>> = {
  sommenspoor: 'bearer',
  leesvlinder: 'api-key',
  blokkodo: 'basic',
  xapi: 'basic',
  caliper: 'bearer',
  oneroster: 'oauth2-client',
  uwlr: 'none',
  csv: 'none',
};

/** Kinds this build can read. */
export const availableKinds = (): SourceKind[] => (Object.keys(adapters) as SourceKind[]).filter((kind) => adapters[kind]);
