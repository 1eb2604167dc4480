import { SOURCE_KINDS, type CodeMapping, type SourceKind } from '@/domain/source';
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

/** What the app knows of one kind of source. */
interface SourceKindEntry {
  /** The adapter that reads the supplier's API; null for a kind read from files (adapters/files). */
  readonly adapter: SourceAdapter | null;
  /** How it authenticates, so the connector wizard asks for the right fields. */
  readonly credentialType: Credentials['type'];
  /** The code-to-goal mapping the supplier ships with; the ICT coordinator can change it per source. */
  readonly defaultMapping: CodeMapping;
}

/** One entry per kind: a kind added to SOURCE_KINDS without an entry here does not compile. */
const SOURCE_REGISTRY: Readonly<Record<SourceKind, SourceKindEntry>> = {
  xapi: { adapter: createXapiAdapter({ resolveSloIds }), credentialType: 'basic', defaultMapping: {} },
  caliper: { adapter: createCaliperAdapter({ resolveSloIds }), credentialType: 'bearer', defaultMapping: {} },
  oneroster: { adapter: createOneRosterAdapter({ resolveSloIds }), credentialType: 'oauth2-client', defaultMapping: {} },
  sommenspoor: { adapter: sommenspoorAdapter, credentialType: 'bearer', defaultMapping: SOMMENSPOOR_DEFAULT_MAPPING },
  leesvlinder: { adapter: leesvlinderAdapter, credentialType: 'api-key', defaultMapping: LEESVLINDER_DEFAULT_MAPPING },
  blokkodo: { adapter: blokkodoAdapter, credentialType: 'basic', defaultMapping: BLOKKODO_DEFAULT_MAPPING },
  uwlr: { adapter: null, credentialType: 'none', defaultMapping: {} },
  csv: { adapter: null, credentialType: 'none', defaultMapping: {} },
};

/** The adapter for a kind of source, or null when this build cannot read that kind. */
export const adapterFor = (kind: SourceKind): SourceAdapter | null => SOURCE_REGISTRY[kind].adapter;

/** The mapping a known supplier ships with; the ICT coordinator can change it per source. */
export const defaultMappingFor = (kind: SourceKind): CodeMapping => SOURCE_REGISTRY[kind].defaultMapping;

/** How each kind authenticates, so the connector wizard asks for the right fields. */
export const credentialTypeFor = (kind: SourceKind): Credentials['type'] => SOURCE_REGISTRY[kind].credentialType;

/** Kinds this build can read through an adapter. */
export const availableKinds = (): SourceKind[] => SOURCE_KINDS.filter((kind) => SOURCE_REGISTRY[kind].adapter !== null);

/** The registry's kinds as the connector views use them (wired in app/, see ingest/connector-kit.tsx). */
export const registryKit = { adapterFor, availableKinds, credentialTypeFor, defaultMappingFor, resolveSloIds } as const;
