// The spam checker port, owned by the comment pipeline. Implementations: the learning engine
// (engine-spam-checker.ts, the default), the remote Akismet-protocol checker, and the
// rule-based checker here (a small fixed-rule filter tests use when they need a predictable one).
import type { SpamResult } from '../moderation/pipeline.ts';

export interface SpamCheckInput {
  comment: string;
  author: string;
  email: string;
  url: string;
  ip: string;
  userAgent: string;
  /** Language of the publication, e.g. en-GB. */
  language: string;
  /** Content of the hidden field people never fill, when the form has one. */
  honeypot?: string;
  /** Seconds between the form being served and sent, when known. */
  fillSeconds?: number;
  /** The sender's earlier comments on this site (same email), by their settled status. */
  history?: { approved: number; spam: number };
}

export interface SpamChecker {
  /** Never throws: a failure is a result (`failed`), and the pipeline holds the comment. */
  check(input: SpamCheckInput): Promise<SpamResult>;
}

/** Moderators' corrections, per site: Masthead itself is site 'local'; API keys have their own. */
export interface SpamLearner {
  learn(siteId: string, input: SpamCheckInput, label: 'spam' | 'ham'): Promise<void>;
}

/** A checker that also learns; the API and the moderation desk use both halves. */
export interface SpamFilter extends SpamChecker, SpamLearner {
  /** Checks with a site's own lessons on top of the shipped model. */
  checkForSite(siteId: string, input: SpamCheckInput): Promise<SpamResult>;
}

const spamWords = [
  'viagra', 'cialis', 'casino', 'payday loan', 'crypto', 'bitcoin', 'forex', 'backlink', 'seo service', 'buy followers',
  'weight loss', 'diet pill', 'replica watches', 'essay writing', 'porn', 'escort', 'betting', 'cheap pills', 'loan offer',
  'work from home', 'earn $', 'click here', 'limited offer',
];

/** Scores obvious signs of spam; blatant when several strong signs coincide. It learns nothing. */
export class RuleSpamChecker implements SpamFilter {
  async learn(_siteId: string, _input: SpamCheckInput, _label: 'spam' | 'ham'): Promise<void> {}

  async checkForSite(_siteId: string, input: SpamCheckInput): Promise<SpamResult> {
    return this.check(input);
  }

  async check(input: SpamCheckInput): Promise<SpamResult> {
    const reasons: string[] = [];
    let score = 0;
    const text = `${input.comment} ${input.author}`.toLowerCase();
    const words = spamWords.filter((w) => text.includes(w));
    if (words.length) {
      score += 2 * words.length;
      reasons.push(`Spam vocabulary: ${words.slice(0, 5).join(', ')}.`);
    }
    const links = (input.comment.match(/https?:\/\//gi) ?? []).length;
    if (links >= 3) {
      score += links;
      reasons.push(`${links} links.`);
    }
    if (/https?:\/\/|www\./i.test(input.author)) {
      score += 3;
      reasons.push('A web address in the name.');
    }
    if (/\[url=|<a\s+href=/i.test(input.comment)) {
      score += 3;
      reasons.push('Forum or HTML link markup.');
    }
    const letters = input.comment.replace(/[^A-Za-z]/g, '');
    if (letters.length > 40 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7) {
      score += 1;
      reasons.push('Mostly capital letters.');
    }
    if (score >= 3) return { kind: 'spam', blatant: score >= 8, reasons };
    return { kind: 'ham', reasons };
  }
}
