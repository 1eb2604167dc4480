/**
 * Dictionary encoding: each distinct string gets a small int (0, 1, 2, ... in order of first
 * appearance), so aggregation can keep its sums in typed arrays indexed by code instead of in
 * nested Maps of objects keyed by long strings. The strings are opaque: nothing is derived from them.
 *
 * A plain Map does the lookup. A custom table that hashes only a sample of each pseudonym's
 * characters was tried and measured slower here than V8's own string hashing on fresh copies of
 * 160-character pseudonyms (see tests/bench/aggregate.bench.ts for how this is measured).
 */
export class StringDictionary<T extends string = string> {
  /** The distinct strings, at their code. */
  readonly values: T[] = [];
  private readonly codes = new Map<T, number>();

  get size(): number {
    return this.values.length;
  }

  /** The code of `value`, or -1 when it has none. */
  codeOf(value: T): number {
    return this.codes.get(value) ?? -1;
  }

  /** The code of `value`, giving it the next code when it is new. */
  encode(value: T): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.codes.set(value, code);
    }
    return code;
  }
}
