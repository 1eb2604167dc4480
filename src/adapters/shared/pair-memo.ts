import type { CodeMapping } from '@/domain/source';

/**
 * What a supplier code made of two parts gives under a mapping (its text, its goals, its level),
 * worked out once per pair and mapping instead of once per record: a page names a few dozen pairs,
 * and building the code text and looking it up in the mapping cost as much as checking the record.
 * The mapping is read-only (a new mapping is a new object); bounded, it starts over when full.
 */
export function pairMemo<A, B, V>(build: (mapping: CodeMapping, first: A, second: B) => V): (mapping: CodeMapping, first: A, second: B) => V {
  const byMapping = new WeakMap<CodeMapping, Map<A, Map<B, V>>>();
  return (mapping, first, second) => {
    let byFirst = byMapping.get(mapping);
    if (byFirst === undefined) {
      byFirst = new Map();
      byMapping.set(mapping, byFirst);
    }
    let bySecond = byFirst.get(first);
    if (bySecond === undefined) {
      if (byFirst.size >= 10_000) byFirst.clear();
      bySecond = new Map();
      byFirst.set(first, bySecond);
    }
    let value = bySecond.get(second);
    if (value === undefined) {
      if (bySecond.size >= 10_000) bySecond.clear();
      value = build(mapping, first, second);
      bySecond.set(second, value);
    }
    return value;
  };
}
