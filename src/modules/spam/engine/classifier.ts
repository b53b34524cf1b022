// The engine's judgement: the shipped model's log-odds, plus the site's own lessons (its
// feature weights and any near-duplicate of a comment its moderators judged), plus a
// few hand-set rules for signals no e-mail corpus can teach (the honeypot, the fill time, the
// author's history here, link markup and web addresses in the name). The sum becomes a
// probability; thresholds chosen on validation data turn it into a verdict, and the largest
// contributions become reasons a moderator can read.
import { extractFeatures, FEATURE_VERSION, SHORT_TEXT_CHARS, type EngineInput, type Features } from './features.ts';
import { loadShippedModel, type ShippedModel } from './model.ts';
import { nearDuplicateEvidence } from './near-duplicate.ts';
import { EMPTY_SITE, siteContribution, siteLogit, type SiteModelSnapshot } from './site-model.ts';

export type EngineVerdict = 'ham' | 'spam' | 'discard';

export interface Judgement {
  verdict: EngineVerdict;
  /** Probability of spam, 0..1. */
  probability: number;
  /** Log-odds of spam: shipped + site + nearDuplicate + rules. */
  logit: number;
  /**
   * `site` is the site's learned weights; `nearDuplicate` the pull of an earlier lesson's near
   * copy, kept apart because the learner must not learn from it (a lesson about a copy would
   * otherwise be taught the copy's own bonus) and it alone never makes a comment discarded.
   */
  parts: { shipped: number; site: number; nearDuplicate: number; rules: number };
  /** Sentences for the moderation desk, strongest first. */
  reasons: string[];
}

interface Rule {
  logit: number;
  reason: string;
  /** Decides the verdict alone: discard (a robot for sure). */
  blatant?: boolean;
}

// A threshold of 1 or more flags nothing (a band where validation allowed no spam call).
const logitOf = (p: number) => (p >= 1 ? Infinity : Math.log(p / (1 - p)));
const percent = (p: number) => (p >= 0.995 && p < 1 ? '> 99' : p > 0 && p < 0.005 ? '< 1' : String(Math.round(p * 100)));

/** Faster than the fastest typists (about 8 characters a second), with room. */
const TYPING_CHARS_PER_SECOND = 12;

/** Hand-set evidence for what the corpus cannot teach; each value is in log-odds. */
export function rulesFor(input: EngineInput): Rule[] {
  const rules: Rule[] = [];
  if (input.honeypot !== undefined && input.honeypot !== '') rules.push({ logit: 12, reason: 'Filled in the hidden field that only robots see.', blatant: true });
  if (input.fillSeconds !== undefined && Number.isFinite(input.fillSeconds)) {
    // People need several seconds to type a comment; scripts post at once. Between 2 and 5 s a
    // quick "Thank you!" is a reader's; a long text sent that fast was not typed here.
    const seconds = input.fillSeconds;
    if (seconds < 2) rules.push({ logit: 5, reason: `Sent ${seconds.toFixed(1)} s after the form was shown.` });
    else if (seconds < 5 && input.comment.length > seconds * TYPING_CHARS_PER_SECOND) {
      // Characters as typed: an emoji is one key, though two UTF-16 units.
      const typed = [...input.comment].length;
      if (typed > seconds * TYPING_CHARS_PER_SECOND) rules.push({ logit: 1.5, reason: `Sent only ${seconds.toFixed(1)} s after the form was shown, too soon to have typed its ${typed} characters.` });
    }
  }
  if (input.history && (input.history.approved > 0 || input.history.spam > 0)) {
    const { approved, spam } = input.history;
    // Smoothed log-ratio: one earlier approved comment is worth about 1.4 in log-odds, five about 3.6.
    const shift = 2 * Math.log((spam + 1) / (approved + 1));
    rules.push({ logit: shift, reason: `This email address has ${approved} approved and ${spam} spam comments here.` });
  }
  if (/\[url[=\]]|<a\s+href\s*=/i.test(input.comment)) rules.push({ logit: 1.5, reason: 'Link markup ([url] or <a href>) in the text.' });
  if (input.author && /https?:\/\/|www\.[a-z0-9-]+\.[a-z]/i.test(input.author)) rules.push({ logit: 2, reason: 'A web address in the name.' });
  // A reaction made only of emoji or punctuation ("👏👏👏") says nothing a spammer needs to say:
  // the model's few character n-grams must not decide it alone. With a website given, it may be
  // the website that is for sale, so then it is no evidence.
  if (input.comment.trim() !== '' && !/[\p{L}\p{N}]/u.test(input.comment) && !input.url?.trim()) rules.push({ logit: -2, reason: 'No words or links in the text: nothing in it to sell.' });
  return rules;
}

/** The header's threshold of each band, in band order (thresholdBand): longer texts, short texts, comments with their author fields. */
export const BAND_THRESHOLDS = ['spam', 'spamShort', 'spamComment'] as const;

/**
 * Which threshold judges an input: 2 for a comment with its author's name, email or website
 * (the context features add evidence that texts alone lack, so its scores spread otherwise),
 * else 1 for a short text (SHORT_TEXT_CHARS), else 0.
 */
export function thresholdBand(input: EngineInput, features: Features): 0 | 1 | 2 {
  if (input.author?.trim() || input.email?.trim() || input.url?.trim()) return 2;
  return features.text.length <= SHORT_TEXT_CHARS ? 1 : 0;
}

export class SpamEngine {
  /** Per threshold band, as probabilities and as log-odds. */
  private readonly thresholds: number[];
  private readonly spamLogits: number[];
  private readonly blatantLogit: number;

  constructor(readonly model: ShippedModel) {
    const { thresholds } = model.header;
    // A model without a band's own threshold uses the band before it (an older model's).
    let previous = thresholds.spam;
    this.thresholds = BAND_THRESHOLDS.map((name) => (previous = thresholds[name] ?? previous));
    this.spamLogits = this.thresholds.map(logitOf);
    this.blatantLogit = logitOf(thresholds.blatant);
  }

  /** Loads the shipped model from `models/` (or `file`); throws naming the file when it is missing or corrupt. */
  static load(file?: string): SpamEngine {
    return new SpamEngine(loadShippedModel(FEATURE_VERSION, file));
  }

  features(input: EngineInput): Features {
    return extractFeatures(input);
  }

  /** Judges an input with a site's lessons (none by default). */
  classify(input: EngineInput, site: SiteModelSnapshot = EMPTY_SITE): Judgement {
    return this.judge(this.features(input), input, site);
  }

  /** Judges features already extracted (the checker reads the site model for them first). */
  judge(features: Features, input: EngineInput, site: SiteModelSnapshot = EMPTY_SITE): Judgement {
    const shipped = this.model.logit(features.hashes, features.values);
    const near = nearDuplicateEvidence(site.nearest);
    const nearShift = near?.logit ?? 0;
    const siteShift = siteLogit(features, site);
    const rules = rulesFor(input);
    let ruleShift = 0;
    for (const r of rules) ruleShift += r.logit;
    const logit = shipped + siteShift + nearShift + ruleShift;
    const probability = 1 / (1 + Math.exp(-logit));
    const blatant = rules.some((r) => r.blatant) || logit - nearShift >= this.blatantLogit;
    const band = thresholdBand(input, features);
    const verdict: EngineVerdict = blatant ? 'discard' : logit >= this.spamLogits[band]! ? 'spam' : 'ham';
    return { verdict, probability, logit, parts: { shipped, site: siteShift, nearDuplicate: nearShift, rules: ruleShift }, reasons: this.reasons(features, site, rules, near, verdict, probability, this.thresholds[band]!) };
  }

  private reasons(features: Features, site: SiteModelSnapshot, rules: Rule[], near: Rule | undefined, verdict: EngineVerdict, probability: number, threshold: number): string[] {
    const spammy = verdict !== 'ham';
    const reasons = [`Spam probability ${percent(probability)} % (spam from ${percent(threshold)} %).`];
    for (const r of near ? [...rules, near] : rules) if (r.logit > 0 === spammy) reasons.push(r.reason);
    // The three strongest pieces of evidence in the verdict's direction, from either model.
    const top: { contribution: number; index: number; fromSite: boolean }[] = [];
    const sign = spammy ? 1 : -1;
    const learned = site.weights.size > 0;
    // Only the features a reader can recognise: not the length or character n-grams.
    for (let i = 0; i < features.siteCount; i++) {
      const shipped = this.model.weightOf(features.hashes[i]!) * features.values[i]!;
      const local = learned ? siteContribution(features, i, site) : 0;
      const contribution = sign * (shipped + local);
      if (contribution < 0.3) continue;
      if (top.length < 3 || contribution > top[top.length - 1]!.contribution) {
        top.push({ contribution, index: i, fromSite: sign * local > sign * shipped });
        top.sort((a, b) => b.contribution - a.contribution);
        if (top.length > 3) top.pop();
      }
    }
    const words: string[] = [];
    const context: string[] = [];
    const lessons: string[] = [];
    for (const t of top) {
      const name = features.names.get(t.index);
      const label = name ?? `“${features.text.slice(features.spanStart[t.index]!, features.spanEnd[t.index]!).replace(/\s+/g, ' ').slice(0, 40)}”`;
      (t.fromSite ? lessons : name ? context : words).push(label);
    }
    if (words.length) reasons.push(`${spammy ? 'Words typical of spam' : 'Words typical of readers’ comments'}: ${words.join(', ')}.`);
    if (context.length) reasons.push(`${spammy ? 'Signs of spam' : 'Signs of a reader'}: ${context.join(', ')}.`);
    if (lessons.length) reasons.push(`Learned from this site’s moderators: ${lessons.join(', ')}.`);
    return reasons;
  }
}
