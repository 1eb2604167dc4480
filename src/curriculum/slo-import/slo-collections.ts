/**
 * Which SLO collection an entity belongs to. Files with named collections say so themselves
 * (`{ "ldk_vakkern": [...] }`); a file that is one bare array (the `#file` of one collection in
 * context.json) is recognised by its file name, then by its shape.
 */
const BY_FILE_NAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/deprecated/, 'deprecated'],
  [/doelniveau/, 'doelniveau'],
  [/kerndoelen/, 'kerndoel'],
  [/doelen/, 'doel'],
  [/niveaus/, 'niveau'],
  [/ldk\.vakleergebieden/, 'ldk_vakleergebied'],
  [/vakleergebieden/, 'vakleergebied'],
  [/domeinen/, 'kerndoel_domein'],
  [/uitstroomprofielen/, 'kerndoel_uitstroomprofiel'],
];

/** The collection of a bare-array file, or 'onbekend' when neither name nor shape tells. */
export function collectionOfArray(fileName: string, entities: readonly unknown[]): string {
  const sample = entities.find((entity): entity is Record<string, unknown> => typeof entity === 'object' && entity !== null);
  if (sample && 'kerndoelLabel' in sample) return 'kerndoel';
  if (sample && 'bron' in sample) return 'doel';
  const name = fileName.toLowerCase().split(/[\\/]/).pop() ?? '';
  return BY_FILE_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? 'onbekend';
}

/** Collections whose entities are learning goals (SLO: doel, kerndoel; leerdoelenkaarten: kern, subkern, inhoud). */
export const isGoalCollection = (collection: string): boolean => /(^|_)(doel|kerndoel|vakkern|vaksubkern|vakinhoud)$/.test(collection);

/** Link fields that point to levels or to an equivalent entity elsewhere, not to children. */
const NOT_CHILD_LINKS = new Set(['niveau_id', 'doelniveau_id', 'vakleergebied_id']);

/** `ldk_vakkern_id`, `kerndoel_id`, `doel_id`: an entity lists its children by these. */
export const isChildLink = (field: string, collection: string): boolean =>
  field.endsWith('_id') && !NOT_CHILD_LINKS.has(field) && collection !== 'doelniveau';
