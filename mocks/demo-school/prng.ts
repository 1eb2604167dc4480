/** Seeded pseudo-random numbers (mulberry32): the demo school is the same on every machine. */
export type Random = () => number;

export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a string, so each supplier and pupil gets its own stream. */
export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export const between = (random: Random, min: number, max: number) => min + (max - min) * random();
export const intBetween = (random: Random, min: number, max: number) => Math.floor(between(random, min, max + 1));
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Roughly normal noise (sum of four uniforms minus 2): mean 0, standard deviation about 0.58. */
export function gaussian(random: Random): number {
  return random() + random() + random() + random() - 2;
}

export function hex(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += Math.floor(random() * 16).toString(16);
  return out;
}
