/** Lower case without accents, so "Zoë" is found by "zoe" and "Çelik" by "celik". */
export const foldName = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('nl');

export interface NamedPupil {
  readonly key: number;
  readonly name: string;
  readonly group: string;
}

/**
 * The pupils whose name holds every typed word, best first: a name that starts with the text,
 * then a name with a word that starts with it, then any other match; alphabetical within each.
 */
export function matchPupils(pupils: readonly NamedPupil[], query: string, limit = 10): NamedPupil[] {
  const folded = foldName(query.trim());
  if (folded === '') return [];
  const words = folded.split(/\s+/);
  const rank = (name: string) => {
    if (name.startsWith(folded)) return 0;
    return name.split(/[\s-]+/).some((word) => word.startsWith(words[0] ?? '')) ? 1 : 2;
  };
  return pupils
    .map((pupil) => ({ pupil, name: foldName(pupil.name) }))
    .filter(({ name }) => words.every((word) => name.includes(word)))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.pupil.name.localeCompare(b.pupil.name, 'nl', { numeric: true }))
    .slice(0, limit)
    .map(({ pupil }) => pupil);
}
