// A site's own lessons, on top of the shipped model. Each site keeps a sparse set of feature
// weights that are added to the shipped model's log-odds; a moderator's spam or
// not-spam decision moves them by one logistic-regression step on the combined model, so a
// lesson the shipped model already agrees with changes little and a correction changes a lot.
// Each feature's step shrinks with the lessons that already contained it (1/√(1 + n), as in
// AdaGrad): a spammer's new link host moves at full step, a word in every other lesson settles
// (ADR 0007).
// Lessons are additions, never overwrites: several app servers may learn at once and every
// lesson counts (two servers may both compute their step from the same starting weights,
// which costs a little precision and never loses a lesson). Each lesson also leaves a
// fingerprint of its text, so that near-duplicates of it follow its label (near-duplicate.ts).
import type { Features } from './features.ts';
import { fingerprintCutoff, fingerprintOf, type NearMatch } from './near-duplicate.ts';

/** What a classification needs from a site's model, for the features of one input. */
export interface SiteModelSnapshot {
  /** Lessons learned so far. */
  lessons: { spam: number; ham: number };
  /** Weight by feature hash (unsigned 32-bit); features not in the map weigh 0. */
  weights: ReadonlyMap<number, number>;
  /** How many lessons so far contained each feature, by hash; features not in the map: none. */
  lessonsWith: ReadonlyMap<number, number>;
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
   * The site's lesson counts, the weights of `hashes` and how many lessons contained each
   * (absent ones are left out of both) and, for a
   * text with a fingerprint, the earlier lesson of each label sharing the most bands with it.
   */
  read(siteId: string, hashes: Uint32Array, fingerprint?: readonly number[]): Promise<SiteModelSnapshot>;
  /** Adds a lesson atomically: all of it or none, and never overwriting a concurrent one. */
  learn(siteId: string, lesson: SiteLesson): Promise<void>;
}

/** A site that has learned nothing. */
export function emptySite(): SiteModelSnapshot {
  return { lessons: { spam: 0, ham: 0 }, weights: new Map(), lessonsWith: new Map(), nearest: [] };
}

export const EMPTY_SITE: SiteModelSnapshot = Object.freeze(emptySite());

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
  /**
   * Step size for feature weights: a lesson on features no earlier lesson contained moves its
   * own text's log-odds by rate × error; each feature's share of it is divided by √(1 + n),
   * n the lessons that contained the feature before.
   */
  rate: number;
}

// Chosen by a development replay: a model built from 60 % of each training part, then the
// other 40 % replayed as lessons (texts that model never saw; never the test parts). There is
// deliberately no site-wide bias: moderators report mistakes far more than successes, and a
// learned bias would drift until every newcomer looked like spam. (A second learner on the
// lessons' per-feature counts, naive Bayes, was removed after that replay: with lessons that
// are mostly corrections, as a desk's are, it doubled the e-mail false positives.)
export const DEFAULT_SITE_RATES: SiteLearningRates = { rate: 5 };

/** Log-odds below 0 that a ham lesson's own text reaches at least: p = 12 %. */
const RESCUE_MARGIN = 2;

/** The hashes of the features the site model reads (site value above 0): what a store is asked for. */
export function siteReadHashes(features: Features): Uint32Array {
  return features.hashes.filter((_, i) => features.siteValues[i] !== 0);
}

/** What feature i adds to the log-odds through the site model. */
export function siteContribution(features: Features, i: number, site: SiteModelSnapshot): number {
  const w = site.weights.get(features.hashes[i]!);
  return w === undefined ? 0 : w * features.siteValues[i]!;
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
 * (`combinedLogit` = shipped + site + rules, as the input was judged before the lesson), each
 * feature's share divided by √(1 + the lessons in `site` that contained it already).
 */
export function lessonFor(
  features: Features,
  combinedLogit: number,
  label: 'spam' | 'ham',
  site: Pick<SiteModelSnapshot, 'lessonsWith'> = EMPTY_SITE,
  rates: SiteLearningRates = DEFAULT_SITE_RATES,
): SiteLesson {
  const fingerprint = fingerprintOf(features);
  const y = label === 'spam' ? 1 : 0;
  const steps = new Float64Array(features.siteCount);
  // How far a unit error moves the lesson's own text: rate × Σ value² / √(1 + n).
  let reach = 0;
  for (let i = 0; i < features.siteCount; i++) {
    const value = features.siteValues[i]!;
    if (value === 0) continue;
    steps[i] = (rates.rate * value) / Math.sqrt(1 + (site.lessonsWith.get(features.hashes[i]!) ?? 0));
    reach += steps[i]! * value;
  }
  let gradient = y - 1 / (1 + Math.exp(-combinedLogit));
  // A reader rescued by a moderator must pass next time: a ham lesson takes its own text at
  // least RESCUE_MARGIN log-odds below even, however sure the judgement was (a short text the
  // shipped model is sure of can sit 7 log-odds past the threshold, beyond one plain step).
  // Spam lessons keep the plain step: a large step toward spam would hit readers' words too.
  if (y === 0 && reach > 0) {
    const needed = combinedLogit + RESCUE_MARGIN;
    if (needed > reach * Math.abs(gradient)) gradient = -needed / reach;
  }
  const deltas: SiteLesson['deltas'] = [];
  for (let i = 0; i < features.siteCount; i++) {
    const weight = gradient * steps[i]!;
    if (weight !== 0) deltas.push({ hash: features.hashes[i]!, weight });
  }
  return { label, deltas, fingerprint };
}

interface StoredFingerprint {
  id: number;
  label: 'spam' | 'ham';
  learnedAt: string;
}

/** Site models in memory, for one process: `spam eval --online`, tests and the contract suite. */
export class InMemorySiteModelStore implements SiteModelStore {
  private readonly sites = new Map<
    string,
    { spam: number; ham: number; weights: Map<number, number>; lessonsWith: Map<number, number>; bands: Map<number, StoredFingerprint[]> }
  >();
  private lessonIds = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async read(siteId: string, hashes: Uint32Array, fingerprint: readonly number[] = []): Promise<SiteModelSnapshot> {
    const site = this.sites.get(siteId);
    if (!site) return emptySite();
    const weights = new Map<number, number>();
    const lessonsWith = new Map<number, number>();
    for (const h of hashes) {
      const w = site.weights.get(h);
      if (w !== undefined) weights.set(h, w);
      const n = site.lessonsWith.get(h);
      if (n !== undefined) lessonsWith.set(h, n);
    }
    const shared = new Map<number, NearMatch>();
    const cutoff = fingerprintCutoff(this.now());
    for (const key of new Set(fingerprint)) {
      for (const { id, label, learnedAt } of site.bands.get(key) ?? []) {
        if (learnedAt < cutoff) continue;
        const m = shared.get(id);
        if (m) m.shared++;
        else shared.set(id, { label, shared: 1, learnedAt });
      }
    }
    return { lessons: { spam: site.spam, ham: site.ham }, weights, lessonsWith, nearest: closestPerLabel(shared.values()) };
  }

  async learn(siteId: string, lesson: SiteLesson): Promise<void> {
    let site = this.sites.get(siteId);
    if (!site) this.sites.set(siteId, (site = { spam: 0, ham: 0, weights: new Map(), lessonsWith: new Map(), bands: new Map() }));
    if (lesson.label === 'spam') site.spam++;
    else site.ham++;
    // Like the database: a hash listed twice in one lesson counts its weights twice, the lesson once.
    for (const { hash, weight } of lesson.deltas) site.weights.set(hash, (site.weights.get(hash) ?? 0) + weight);
    for (const hash of new Set(lesson.deltas.map((d) => d.hash))) site.lessonsWith.set(hash, (site.lessonsWith.get(hash) ?? 0) + 1);
    const learnedAt = this.now().toISOString();
    const keys = new Set(lesson.fingerprint);
    if (keys.size === 0) return;
    // Like the database: the same fingerprint with the same label is dated anew, not added again.
    const counts = new Map<StoredFingerprint, number>();
    for (const key of keys) for (const f of site.bands.get(key) ?? []) if (f.label === lesson.label) counts.set(f, (counts.get(f) ?? 0) + 1);
    const same = [...counts].find(([, n]) => n === keys.size)?.[0];
    if (same) {
      same.learnedAt = learnedAt;
      return;
    }
    const stored: StoredFingerprint = { id: ++this.lessonIds, label: lesson.label, learnedAt };
    for (const key of keys) {
      const list = site.bands.get(key) ?? [];
      list.push(stored);
      site.bands.set(key, list);
    }
  }
}
