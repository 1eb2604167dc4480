/**
 * Which goals a supplier's code most likely means, by the words of the code (an activity IRI, a
 * method's code, a title) against the goals' titles. Pure. Words that no goal has weigh nothing, and
 * a word that many goals share weighs little (inverse document frequency), so "levels", a host name
 * or a number never decide; a word's inflection counts nearly as much as the word ("variabele" and
 * "variabelen").
 */
export interface GoalText {
  readonly id: string;
  readonly label: string;
}

export interface Suggestion {
  readonly id: string;
  readonly label: string;
  /** How well the codes' words match the goal's: higher is better, 0 is no match. */
  readonly score: number;
}

const MIN_WORD = 3;
/** A shared beginning of at least this many letters makes two words the same word inflected. */
const MIN_STEM = 5;
const INFLECTED = 0.8;

/** The words of a text: lower case, letters only (any script), of at least three letters. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/\p{L}+/gu) ?? []
  ).filter((word) => word.length >= MIN_WORD);
}

/** 1 for the same word, 0.8 for the same word inflected (a shared stem of most of the shorter one), else 0. */
export function wordMatch(a: string, b: string): number {
  if (a === b) return 1;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  const shorter = Math.min(a.length, b.length);
  return common >= MIN_STEM && common >= shorter - 2 ? INFLECTED : 0;
}

/**
 * The goals ranked by how well they match all `codes` together (the sum over the codes), best first;
 * goals without any match are left out; at most `limit`. Ties keep the goals' order.
 */
export function rankGoals(codes: readonly string[], goals: readonly GoalText[], limit = 5): Suggestion[] {
  const goalWords = goals.map((goal) => [...new Set(wordsOf(goal.label))]);
  const documents = new Map<string, number>();
  for (const words of goalWords) for (const word of words) documents.set(word, (documents.get(word) ?? 0) + 1);
  // Weight of a goal word: rarer across the goals is more telling.
  const weight = (word: string) => Math.log(1 + goals.length / (documents.get(word) ?? goals.length));
  const codeWords = codes.map((code) => [...new Set(wordsOf(code))]);
  const scored = goals.map((goal, index) => {
    const words = goalWords[index] as string[];
    let score = 0;
    for (const wordsOfCode of codeWords) {
      for (const word of wordsOfCode) {
        let best = 0;
        for (const candidate of words) best = Math.max(best, wordMatch(word, candidate) * weight(candidate));
        score += best;
      }
    }
    return { id: goal.id, label: goal.label, score, index };
  });
  return scored
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ id, label, score }) => ({ id, label, score }));
}

/**
 * Codes of one family: the code without its last part (a level number, an item), for codes such as
 * `…/werelden/variabelen/levels/3`. Families of two or more codes, largest first.
 */
export function codeFamilies(codes: readonly string[]): { readonly stem: string; readonly codes: readonly string[] }[] {
  const families = new Map<string, string[]>();
  for (const code of codes) {
    const cut = code.replace(/[/#:._-]*[^/#:._-]+$/, '');
    if (cut === '' || cut === code) continue;
    families.set(cut, [...(families.get(cut) ?? []), code]);
  }
  return [...families]
    .filter(([, members]) => members.length >= 2)
    .map(([stem, members]) => ({ stem, codes: members }))
    .sort((a, b) => b.codes.length - a.codes.length || a.stem.localeCompare(b.stem));
}
