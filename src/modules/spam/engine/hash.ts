// 32-bit hashing for the classifier's features. Features are never stored as strings: a
// token becomes an unsigned 32-bit hash, a word pair the mix of its two hashes, and each kind
// of feature (word, pair, link host, …) gets its own seed so that equal strings of different
// kinds do not collide on purpose. The shipped model uses the low bits; site models keep all 32.

/** FNV-1a over the UTF-16 code units of `text[start, end)`, starting from `seed`. */
export function hashRange(text: string, start: number, end: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Hash of a whole string in a namespace. */
export function hashString(text: string, seed: number): number {
  return hashRange(text, 0, text.length, seed);
}

/** Combines two hashes, order-sensitive (a pair "free money" differs from "money free"). */
export function combine(a: number, b: number): number {
  return fmix((Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15)) >>> 0);
}

/** Murmur3's finaliser: spreads FNV's weak low bits over the whole word. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Namespaces of features; changing one changes every hash, so the model records FEATURE_VERSION. */
export const NS = {
  word: 0x01,
  pair: 0x02,
  shape: 0x03,
  host: 0x04,
  tld: 0x05,
  stat: 0x06,
  urlHost: 0x07,
  emailDomain: 0x08,
  author: 0x09,
  context: 0x0a,
  agent: 0x0b,
  chars: 0x0c,
} as const;
