import { compareNumeric } from '@/domain/progress/sort-rows';

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
  const byName = compareNumeric('nl');
  // Each name ranked once, and one collator for the sort (not one per comparison, as localeCompare with a locale makes).
  return pupils
    .map((pupil) => ({ pupil, name: foldName(pupil.name) }))
    .filter(({ name }) => words.every((word) => name.includes(word)))
    .map((match) => ({ ...match, rank: rank(match.name) }))
    .sort((a, b) => a.rank - b.rank || byName(a.pupil.name, b.pupil.name))
    .slice(0, limit)
    .map(({ pupil }) => pupil);
}
