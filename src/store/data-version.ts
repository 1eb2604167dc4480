/**
 * A number per object the store or a view hands out (a query's data array, a memoised rule): the
 * same object always gets the same number, a new one a new number. A query key that holds the
 * numbers of its inputs names one computation over exactly those inputs, so it is cached while
 * they last and never served for other data (no invalidation needed).
 */
const versions = new WeakMap<object, number>();
let next = 0;

export function versionOf(value: object): number {
  let version = versions.get(value);
  if (version === undefined) versions.set(value, (version = next += 1));
  return version;
}
