// Near-duplicates of comments this site's moderators have already judged. A campaign posts
// the same comment again and again with a name, a number or a few words changed; once a
// moderator has marked one copy spam, the rest should follow it, and once a moderator has
// rescued a reader's text, a repost of it should pass. Every lesson keeps a fingerprint of its
// text: a MinHash of the text features (words, word pairs, number shapes) with 24 values, each
// stored as one 32-bit key mixed with its position. Two texts whose feature sets have Jaccard
// similarity s share each key with probability s, so the share of keys in common estimates s
// (within about ±0.1) without keeping or comparing the texts themselves, and the lookup of
// earlier lessons by key is the comparison. (Keys of 2 values each, tried first, estimate s
// from s²: too coarse, and a match at 4 of 12 let texts only 30-40 % alike through.)
import type { Features } from './features.ts';
import { combine, fmix } from './hash.ts';

export const FINGERPRINT_KEYS = 24;
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

/** The time before which a fingerprint is too old to count (ISO 8601, as stored). */
export const fingerprintCutoff = (now: Date): string => new Date(now.getTime() - FINGERPRINT_DAYS * 86_400_000).toISOString();
/** Keys in common from which an earlier lesson counts as the same text: similarity 0.625. */
export const MIN_SHARED_KEYS = 15;
/** Log-odds for a near-duplicate at the least similarity, and at most (an exact copy). */
const LEAST_SHIFT = 2;
const MOST_SHIFT = 6;

// One odd multiplier and one seed per MinHash value: value k of feature h is a cheap
// permutation of h's mixed hash, so the 24 values cost two multiplications each.
const seeds = Uint32Array.from({ length: FINGERPRINT_KEYS }, (_, k) => fmix(0x9e3779b9 + k * 0x632be5ab));
const multipliers = Uint32Array.from({ length: FINGERPRINT_KEYS }, (_, k) => (fmix(0x85ebca6b ^ (k + 1)) | 1) >>> 0);
const mins = new Uint32Array(FINGERPRINT_KEYS);

/** The keys of a text's fingerprint (unsigned 32-bit), or none for a short text. */
export function fingerprintOf(features: Features): number[] {
  const n = features.textCount;
  if (n < MIN_FINGERPRINT_FEATURES) return [];
  mins.fill(0xffffffff);
  for (let i = 0; i < n; i++) {
    const h = features.hashes[i]!;
    for (let k = 0; k < FINGERPRINT_KEYS; k++) {
      let v = Math.imul(h ^ seeds[k]!, multipliers[k]!);
      v ^= v >>> 15;
      v >>>= 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  const keys: number[] = [];
  for (let k = 0; k < FINGERPRINT_KEYS; k++) keys.push(combine(fmix(k + 1), mins[k]!));
  return keys;
}

/** The closest earlier lesson of one label: how many keys it shares with the text, and when it was learned. */
export interface NearMatch {
  label: 'spam' | 'ham';
  shared: number;
  learnedAt: string;
}

/** Estimated Jaccard similarity of two texts sharing `shared` of the keys. */
export const similarityOf = (shared: number): number => Math.min(shared, FINGERPRINT_KEYS) / FINGERPRINT_KEYS;

/**
 * What the closest earlier lessons say: log-odds toward their label and a reason, or nothing
 * when no lesson is close enough. When both labels have a close lesson, the closer one counts;
 * on a tie, the later decision (moderators change their minds), and at the same moment the
 * reader's side (ham).
 */
export function nearDuplicateEvidence(matches: readonly NearMatch[]): { logit: number; reason: string } | undefined {
  let best: NearMatch | undefined;
  for (const m of matches) {
    if (m.shared < MIN_SHARED_KEYS) continue;
    if (!best || m.shared > best.shared || (m.shared === best.shared && (m.learnedAt > best.learnedAt || (m.learnedAt === best.learnedAt && m.label === 'ham')))) best = m;
  }
  if (!best) return undefined;
  const similarity = similarityOf(best.shared);
  const least = similarityOf(MIN_SHARED_KEYS);
  const size = LEAST_SHIFT + (MOST_SHIFT - LEAST_SHIFT) * ((similarity - least) / (1 - least));
  const alike = `about ${Math.round(similarity * 100)} % alike`;
  const day = best.learnedAt.slice(0, 10);
  return best.label === 'spam'
    ? { logit: size, reason: `Nearly the same as a comment marked spam here on ${day} (${alike}).` }
    : { logit: -size, reason: `Nearly the same as a comment marked not spam here on ${day} (${alike}).` };
}
