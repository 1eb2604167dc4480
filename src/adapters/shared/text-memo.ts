/**
 * A memo of a pure function of texts that a file repeats (a pupil's pseudonym of 100+ characters on
 * every record), without hashing each text whole: a Map lookup makes V8 hash every character of a
 * fresh string (JSON.parse gives a new one per record), about 300 ns for a 166-character pseudonym
 * here, as long as parsing the rest of the record takes. This reads at most 32 characters of the
 * text to find its slot and compares the text with the one stored there (===). At most `tries` slots
 * are tried; when they hold other texts, the value is worked out again and takes the first slot, so
 * texts made to share slots cost at most the function itself, never a wrong answer. Bounded: full,
 * it starts over.
 */
export function textMemo<V>(compute: (text: string) => V, size = 16_384, tries = 8): (text: string) => V {
  if (!Number.isInteger(Math.log2(size))) throw new Error('size must be a power of two');
  const mask = size - 1;
  const keys: (string | null)[] = new Array<string | null>(size).fill(null);
  const values: V[] = new Array<V>(size);
  let count = 0;
  return (text) => {
    const length = text.length;
    const step = (length >> 4) + 1;
    let hash = length;
    // Its last 16 characters (where ids and digests differ most), then 16 spread over the rest.
    const tail = Math.max(0, length - 16);
    for (let at = length - 1; at >= tail; at -= 1) hash = Math.imul(hash ^ text.charCodeAt(at), 16_777_619);
    for (let at = tail - 1; at >= 0; at -= step) hash = Math.imul(hash ^ text.charCodeAt(at), 16_777_619);
    const first = (hash ^ (hash >>> 15)) & mask;
    for (let tried = 0; tried < tries; tried += 1) {
      const slot = (first + tried) & mask;
      const key = keys[slot];
      if (key === text) return values[slot] as V;
      if (key !== null) continue;
      const value = compute(text);
      let at = slot;
      if (count >= size >> 1) {
        keys.fill(null);
        count = 0;
        at = first;
      }
      keys[at] = text;
      values[at] = value;
      count += 1;
      return value;
    }
    const value = compute(text);
    keys[first] = text;
    values[first] = value;
    return value;
  };
}
