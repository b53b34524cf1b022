// Near-duplicates of comments this site's moderators have already judged. A campaign posts
// the same comment again and again with a name, a number or a few words changed; once a
// moderator has marked one copy spam, the rest should follow it, and once a moderator has
// rescued a reader's text, a repost of it should pass. Every lesson keeps a fingerprint of its
// text: a MinHash of the text features (words, word pairs, number shapes) with 24 values, cut
// into 12 bands of 2; each band becomes one 32-bit key. Two texts whose feature sets have
// Jaccard similarity s share a band with probability s², so the share of bands in common
// estimates s without keeping or comparing the texts themselves.
import type { Features } from './features.ts';
import { combine, fmix } from './hash.ts';

export const FINGERPRINT_BANDS = 12;
const ROWS = 2;
const VALUES = FINGERPRINT_BANDS * ROWS;
/**
 * Texts with fewer text features (about eight words) get no fingerprint: short stock phrases
 * ("great post, thanks!") are written by readers and spammers alike.
 */
export const MIN_FINGERPRINT_FEATURES = 16;
/**
 * How long a judged text is remembered for its near-duplicates: a campaign's life, with room.
 * Older fingerprints are ignored when read and deleted by an hourly job.
 */
export const FINGERPRINT_DAYS = 30;
/** Bands in common from which an earlier lesson counts as the same text: similarity about 0.58. */
export const MIN_SHARED_BANDS = 4;
/** Log-odds for a near-duplicate at the least similarity, and at most (an exact copy). */
const LEAST_SHIFT = 2;
const MOST_SHIFT = 6;

// One odd multiplier and one seed per MinHash value: value k of feature h is a cheap
// permutation of h's mixed hash, so the 24 values cost two multiplications each.
const seeds = Uint32Array.from({ length: VALUES }, (_, k) => fmix(0x9e3779b9 + k * 0x632be5ab));
const multipliers = Uint32Array.from({ length: VALUES }, (_, k) => (fmix(0x85ebca6b ^ (k + 1)) | 1) >>> 0);
const mins = new Uint32Array(VALUES);

/** The band keys of a text's fingerprint (unsigned 32-bit), or none for a short text. */
export function fingerprintOf(features: Features): number[] {
  const n = features.textCount;
  if (n < MIN_FINGERPRINT_FEATURES) return [];
  mins.fill(0xffffffff);
  for (let i = 0; i < n; i++) {
    const h = features.hashes[i]!;
    for (let k = 0; k < VALUES; k++) {
      let v = Math.imul(h ^ seeds[k]!, multipliers[k]!);
      v ^= v >>> 15;
      v >>>= 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  const keys: number[] = [];
  for (let b = 0; b < FINGERPRINT_BANDS; b++) {
    let key = fmix(b + 1);
    for (let r = 0; r < ROWS; r++) key = combine(key, mins[b * ROWS + r]!);
    keys.push(key);
  }
  return keys;
}

/** The closest earlier lesson of one label: how many bands it shares with the text, and when it was learned. */
export interface NearMatch {
  label: 'spam' | 'ham';
  shared: number;
  learnedAt: string;
}

/** Estimated Jaccard similarity of two texts sharing `shared` of the bands. */
export const similarityOf = (shared: number): number => Math.sqrt(Math.min(shared, FINGERPRINT_BANDS) / FINGERPRINT_BANDS);

/**
 * What the closest earlier lessons say: log-odds toward their label and a reason, or nothing
 * when no lesson is close enough. When both labels have a close lesson, the closer one counts;
 * on a tie, the later decision (moderators change their minds), and at the same moment the
 * reader's side (ham).
 */
export function nearDuplicateEvidence(matches: readonly NearMatch[]): { logit: number; reason: string } | undefined {
  let best: NearMatch | undefined;
  for (const m of matches) {
    if (m.shared < MIN_SHARED_BANDS) continue;
    if (!best || m.shared > best.shared || (m.shared === best.shared && (m.learnedAt > best.learnedAt || (m.learnedAt === best.learnedAt && m.label === 'ham')))) best = m;
  }
  if (!best) return undefined;
  const similarity = similarityOf(best.shared);
  const size = Math.min(MOST_SHIFT, LEAST_SHIFT + (MOST_SHIFT - LEAST_SHIFT) * ((similarity - 0.5) / 0.5));
  const alike = `about ${Math.round(similarity * 100)} % alike`;
  const day = best.learnedAt.slice(0, 10);
  return best.label === 'spam'
    ? { logit: size, reason: `Nearly the same as a comment marked spam here on ${day} (${alike}).` }
    : { logit: -size, reason: `Nearly the same as a comment marked not spam here on ${day} (${alike}).` };
}
