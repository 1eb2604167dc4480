import type { CodeMapping, Source } from './source';

/** The format `npm run report -- --mapping FILE` reads (parseMapping), as the Bronnen page downloads it. */
export const MAPPING_FORMAT = 'leerzicht-mapping';

export interface MappingExport {
  readonly format: typeof MAPPING_FORMAT;
  readonly source: string;
  readonly kind: Source['kind'];
  readonly exportedAt: string;
  readonly mapping: CodeMapping;
}

/** A source's code-to-goal mapping as a file: codes sorted, goals as stored; nothing about pupils. */
export function mappingExport(source: Source, mapping: CodeMapping, now: Date): MappingExport {
  const sorted = Object.fromEntries(
    Object.keys(mapping)
      .sort()
      .map((code) => [code, [...(mapping[code] ?? [])]]),
  );
  return { format: MAPPING_FORMAT, source: source.name, kind: source.kind, exportedAt: now.toISOString(), mapping: sorted };
}

/** A file name from the source's name: letters, digits and dashes only. */
export const mappingFileName = (source: Source) =>
  `koppeling-${
    source.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'bron'
  }.json`;
