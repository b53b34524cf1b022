// The built-in spam filter: the shipped model plus each site's lessons from its moderators,
// behind the SpamFilter port. Masthead's own comments are site 'local'; each key of the
// Akismet-compatible API is a site of its own. A check never throws: when the site's lessons
// cannot be read the result is `failed`, and the pipeline holds the comment for a recheck.
import type { SpamResult } from '../moderation/pipeline.ts';
import { SpamEngine, type Judgement } from './engine/classifier.ts';
import type { EngineInput, Features } from './engine/features.ts';
import { fingerprintOf } from './engine/near-duplicate.ts';
import { lessonFor, siteReadHashes, type SiteModelSnapshot, type SiteModelStore } from './engine/site-model.ts';
import type { SpamFilter } from './spam-checker.ts';

/** Masthead's own comment section, as a site of the spam engine. */
export const LOCAL_SITE = 'local';

/** One input as judged: its features, what the site model held for them, and the judgement. */
export interface Judged {
  features: Features;
  site: SiteModelSnapshot;
  judgement: Judgement;
}

export class EngineSpamChecker implements SpamFilter {
  constructor(
    private readonly engine: SpamEngine,
    private readonly store: SiteModelStore,
  ) {}

  /**
   * Input may carry more than the port's fields: the honeypot, the fill time and the author's
   * history here (`EngineInput`); each is evidence when present.
   */
  async check(input: EngineInput): Promise<SpamResult> {
    return this.checkForSite(LOCAL_SITE, input);
  }

  async checkForSite(siteId: string, input: EngineInput): Promise<SpamResult> {
    let judged: { judgement: Judgement };
    try {
      judged = await this.judge(siteId, input);
    } catch (error) {
      return { kind: 'failed', reason: `the spam engine could not read this site’s lessons (${describe(error)})` };
    }
    const { verdict, reasons } = judged.judgement;
    return verdict === 'ham' ? { kind: 'ham', reasons } : { kind: 'spam', blatant: verdict === 'discard', reasons };
  }

  /** Teaches the site's model one moderator decision. Throws when the lesson cannot be stored. */
  async learn(siteId: string, input: EngineInput, label: 'spam' | 'ham'): Promise<void> {
    await this.learnJudged(siteId, await this.judge(siteId, input), label);
  }

  /** The full judgement with the features and site model it read, for `spam eval` and the desk's details. */
  async judge(siteId: string, input: EngineInput): Promise<Judged> {
    const features = this.engine.features(input);
    // Only what the site model reads: not the traits, the length or the character n-grams.
    const site = await this.store.read(siteId, siteReadHashes(features), fingerprintOf(features));
    return { features, site, judgement: this.engine.judge(features, input, site) };
  }

  /** Learns from an input already judged (spares a second read in `spam eval --online`). */
  async learnJudged(siteId: string, { features, site, judgement }: Judged, label: 'spam' | 'ham'): Promise<void> {
    // The step is taken from the score without a near copy's pull: that pull is the lessons'
    // own echo, and learning from it would under-teach a campaign and over-teach a rescue.
    await this.store.learn(siteId, lessonFor(features, judgement.logit - judgement.parts.nearDuplicate, label, site));
  }
}

/**
 * The checker the app uses: the shipped model from models/ and the site lessons in `store`
 * (the database's SiteModelRepository). Throws SpamModelError, naming the file, when the
 * model is missing or corrupt.
 */
export function loadEngineSpamChecker(store: SiteModelStore): EngineSpamChecker {
  return new EngineSpamChecker(SpamEngine.load(), store);
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : ((error as Error)?.name ?? 'error');
}
