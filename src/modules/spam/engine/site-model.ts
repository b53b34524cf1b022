// A site's own lessons, on top of the shipped model. Each site keeps a sparse set of feature
// weights that are added to the shipped model's log-odds; a moderator's spam or
// not-spam decision moves them by one logistic-regression step on the combined model, so a
// lesson the shipped model already agrees with changes little and a correction changes a lot.
// Lessons are additions, never overwrites: several app servers may learn at once and every
// lesson counts (two servers may both compute their step from the same starting weights,
// which costs a little precision and never loses a lesson). Each lesson also leaves a
// fingerprint of its text, so that near-duplicates of it follow its label (near-duplicate.ts).
import type { Features } from './features.ts';
import { fingerprintOf, type NearMatch } from './near-duplicate.ts';

/** What a classification needs from a site's model, for the features of one input. */
export interface SiteModelSnapshot {
  /** Lessons learned so far. */
  lessons: { spam: number; ham: number };
  /** Weight by feature hash (unsigned 32-bit); features not in the map weigh 0. */
  weights: Map<number, number>;
  /** Lessons by label that contained the feature, for the same hashes as `weights`. */
  counts: Map<number, { spam: number; ham: number }>;
  /** The earlier lessons closest to the text, at most one per label (see near-duplicate.ts). */
  nearest: NearMatch[];
}

/** One lesson as additions to a site's model. */
export interface SiteLesson {
  label: 'spam' | 'ham';
  /** Feature hash (unsigned 32-bit) and what to add to its weight. */
  deltas: { hash: number; weight: number }[];
  /** The band keys of the text's fingerprint (fingerprintOf); empty for a short text. */
  fingerprint: number[];
}

/** Storage of site models: the database in production, memory in `spam eval --online` and tests. */
export interface SiteModelStore {
  /**
   * The site's lesson counts, the weights of `hashes` (absent ones are left out) and, for a
   * text with a fingerprint, the earlier lesson of each label sharing the most bands with it.
   */
  read(siteId: string, hashes: Uint32Array, fingerprint?: readonly number[]): Promise<SiteModelSnapshot>;
  /** Adds a lesson atomically: all of it or none, and never overwriting a concurrent one. */
  learn(siteId: string, lesson: SiteLesson): Promise<void>;
}

export const EMPTY_SITE: SiteModelSnapshot = Object.freeze({ lessons: Object.freeze({ spam: 0, ham: 0 }), weights: new Map<number, number>(), counts: new Map(), nearest: [] }) as SiteModelSnapshot;

/** Of several matches, the one per label with the most shared bands (the latest on a tie). */
export function closestPerLabel(matches: Iterable<NearMatch>): NearMatch[] {
  const best = new Map<string, NearMatch>();
  for (const m of matches) {
    const b = best.get(m.label);
    if (!b || m.shared > b.shared || (m.shared === b.shared && m.learnedAt > b.learnedAt)) best.set(m.label, m);
  }
  return [...best.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export interface SiteLearningRates {
  /** Step size for feature weights: a lesson moves its own text's log-odds by about rate × error. */
  rate: number;
}

// Chosen, with the naive-Bayes constants below, by replaying the training parts of the SMS
// and SpamAssassin collections as streams of lessons (never their test parts). There is deliberately no site-wide bias: moderators report mistakes far
// more than successes, and a learned bias would drift until every newcomer looked like spam.
export const DEFAULT_SITE_RATES: SiteLearningRates = { rate: 5 };

// The lesson counts add a second, faster learner: Robinson's smoothed per-feature spam
// probability (as in SpamBayes), in log-odds, weighted by NB_WEIGHT. It needs lessons of both
// kinds to compare with: with only spam lessons, every common word would look like spam.
const NB_WEIGHT = 0.3;
const NB_STRENGTH = 3;
const NB_MIN_LESSONS = 5;
const NB_FULL_FEATURES = 60;
/** Log-odds below 0 that a ham lesson's own text reaches at least: p = 12 %. */
const RESCUE_MARGIN = 2;

/** Log-odds from the lesson counts of one feature (0 without enough lessons). */
export function countEvidence(site: SiteModelSnapshot, hash: number): number {
  const { spam: totalSpam, ham: totalHam } = site.lessons;
  if (totalSpam < NB_MIN_LESSONS || totalHam < NB_MIN_LESSONS) return 0;
  const c = site.counts.get(hash);
  if (!c) return 0;
  // Frequencies within each class, so that a site with more ham lessons is not biased to ham.
  const inSpam = c.spam / totalSpam;
  const inHam = c.ham / totalHam;
  const seen = c.spam + c.ham;
  const p = inSpam / (inSpam + inHam);
  // Shrunk toward 0.5 by NB_STRENGTH imaginary lessons: one sighting is weak evidence.
  const f = (0.5 * NB_STRENGTH + seen * p) / (NB_STRENGTH + seen);
  return NB_WEIGHT * Math.log(f / (1 - f));
}

/** What feature i adds to the log-odds through the site model. */
export function siteContribution(features: Features, i: number, site: SiteModelSnapshot): number {
  const hash = features.hashes[i]!;
  const w = site.weights.get(hash);
  if (w === undefined) return 0;
  // Naive Bayes counts correlated words as independent evidence; in a long text that adds up
  // to overconfidence, so beyond NB_FULL_FEATURES features the evidence is scaled down.
  // The site model reads only the first siteCount features; text features count 1 each here
  // (the shipped model's values for them are scaled to the text's length).
  const scale = features.siteCount <= NB_FULL_FEATURES ? 1 : Math.sqrt(NB_FULL_FEATURES / features.siteCount);
  return w * features.siteValues[i]! + countEvidence(site, hash) * (i < features.textCount ? 1 : features.values[i]!) * scale;
}

/** Log-odds the site model adds for these features. */
export function siteLogit(features: Features, site: SiteModelSnapshot): number {
  let z = 0;
  if (site.weights.size === 0) return z;
  for (let i = 0; i < features.siteCount; i++) z += siteContribution(features, i, site);
  return z;
}

/**
 * The additions one lesson makes: a logistic-regression step on the combined log-odds
 * (`combinedLogit` = shipped + site + rules, as the input was judged before the lesson).
 */
export function lessonFor(features: Features, combinedLogit: number, label: 'spam' | 'ham', rates: SiteLearningRates = DEFAULT_SITE_RATES): SiteLesson {
  const fingerprint = fingerprintOf(features);
  const y = label === 'spam' ? 1 : 0;
  let gradient = y - 1 / (1 + Math.exp(-combinedLogit));
  // A reader rescued by a moderator must pass next time: a ham lesson takes its own text at
  // least RESCUE_MARGIN log-odds below even, however sure the judgement was (a short text the
  // shipped model is sure of can sit 7 log-odds past the threshold, beyond one plain step).
  // Spam lessons keep the plain step: a large step toward spam would hit readers' words too.
  if (y === 0 && rates.rate > 0) {
    const needed = combinedLogit + RESCUE_MARGIN;
    if (needed > rates.rate * Math.abs(gradient)) gradient = -needed / rates.rate;
  }
  const deltas: SiteLesson['deltas'] = [];
  for (let i = 0; i < features.siteCount; i++) {
    const weight = rates.rate * gradient * features.siteValues[i]!;
    if (weight !== 0) deltas.push({ hash: features.hashes[i]!, weight });
  }
  return { label, deltas, fingerprint };
}

/** Site models in memory, for one process: `spam eval --online`, tests and the contract suite. */
export class InMemorySiteModelStore implements SiteModelStore {
  private readonly sites = new Map<
    string,
    { spam: number; ham: number; features: Map<number, { weight: number; spam: number; ham: number }>; bands: Map<number, { id: number; label: 'spam' | 'ham'; learnedAt: string }[]> }
  >();
  private lessonIds = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async read(siteId: string, hashes: Uint32Array, fingerprint: readonly number[] = []): Promise<SiteModelSnapshot> {
    const site = this.sites.get(siteId);
    const weights = new Map<number, number>();
    const counts = new Map<number, { spam: number; ham: number }>();
    if (!site) return { lessons: { spam: 0, ham: 0 }, weights, counts, nearest: [] };
    for (const h of hashes) {
      const f = site.features.get(h);
      if (!f) continue;
      weights.set(h, f.weight);
      counts.set(h, { spam: f.spam, ham: f.ham });
    }
    const shared = new Map<number, NearMatch>();
    for (const key of new Set(fingerprint)) {
      for (const { id, label, learnedAt } of site.bands.get(key) ?? []) {
        const m = shared.get(id);
        if (m) m.shared++;
        else shared.set(id, { label, shared: 1, learnedAt });
      }
    }
    return { lessons: { spam: site.spam, ham: site.ham }, weights, counts, nearest: closestPerLabel(shared.values()) };
  }

  async learn(siteId: string, lesson: SiteLesson): Promise<void> {
    let site = this.sites.get(siteId);
    if (!site) this.sites.set(siteId, (site = { spam: 0, ham: 0, features: new Map(), bands: new Map() }));
    const spam = lesson.label === 'spam' ? 1 : 0;
    site.spam += spam;
    site.ham += 1 - spam;
    // Like the database: a hash listed twice in one lesson counts its weights twice, its lesson once.
    const seen = new Set<number>();
    for (const { hash, weight } of lesson.deltas) {
      let f = site.features.get(hash);
      if (!f) site.features.set(hash, (f = { weight: 0, spam: 0, ham: 0 }));
      f.weight += weight;
      if (seen.has(hash)) continue;
      seen.add(hash);
      f.spam += spam;
      f.ham += 1 - spam;
    }
    const id = ++this.lessonIds;
    const learnedAt = this.now().toISOString();
    for (const key of new Set(lesson.fingerprint)) {
      const list = site.bands.get(key) ?? [];
      list.push({ id, label: lesson.label, learnedAt });
      site.bands.set(key, list);
    }
  }
}
