// Submitting comments: the moderation pipeline with its context read from the database,
// the comment, its history and its notifications written in one transaction, and the
// answer given only after the commit.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import { writeTransaction, type DialectName } from '../../db/dialect.ts';
import type { Schema } from '../../db/schema.ts';
import { isPublic } from '../articles/article.queries.ts';
import { DiscussionSettingsRepository } from '../moderation/discussion-settings.repository.ts';
import { closedPhase, fieldsPhase, FLOOD_SECONDS, runPipeline, type PipelineContext, type Refusal, type SpamResult, type Submission } from '../moderation/pipeline.ts';
import { heldCommentMail, newCommentMail, replyMail } from '../notifications/comment-mail.ts';
import { OutboxRepository, type OutgoingMail } from '../notifications/outbox.repository.ts';
import type { SpamCheckInput, SpamChecker } from '../spam/spam-checker.ts';
import { checkRemotely } from '../spam/remote-spam-checker.ts';
import type { DiscussionSettings } from '../moderation/discussion-settings.ts';
import type { CommentStatus } from './comment.ts';

export type SubmitResult =
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'accepted'; commentId: number | null; status: CommentStatus; articleSlug: string };

export interface CommentLinks {
  publicationName: () => Promise<string>;
  articleUrl: (slug: string) => string;
  deskUrl: (commentId: number) => string;
  unsubscribeUrl: (commentId: number) => string;
}

/** Normalised text for duplicate detection: case and spacing do not make a comment new. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
}

export class ArticleNotOpenError extends Error {}

export class CommentService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: DialectName,
    private readonly clock: Clock,
    private readonly spamChecker: SpamChecker,
    private readonly links: CommentLinks,
    private readonly language: () => Promise<string>,
  ) {}

  /**
   * `known` takes what the caller already read in this request (the publication's language and
   * name), sparing the same reads again; without it they are read here.
   */
  async submitComment(raw: Submission & { notifyReplies: boolean }, known: { language?: string; publicationName?: string } = {}): Promise<SubmitResult> {
    const now = this.clock.now();
    const nowIso = now.toISOString();
    const submission: Submission = {
      ...raw,
      author: raw.author.normalize('NFC').trim(),
      email: raw.email.normalize('NFC').trim(),
      url: raw.url.normalize('NFC').trim(),
      comment: raw.comment.normalize('NFC'),
    };
    const article = await this.db
      .selectFrom('articles')
      .select(['id', 'slug', 'title', 'comments_open', 'published_at'])
      .where('id', '=', submission.articleId)
      .where(isPublic(nowIso))
      .executeTakeFirst();
    if (!article) throw new ArticleNotOpenError('no public article with this id');
    const settings = await new DiscussionSettingsRepository(this.db).getSettings();
    const articleFacts = { commentsOpen: article.comments_open === 1, publishedAt: article.published_at! };

    // Cheap refusals first, so the spam checker (perhaps remote) never sees a form that failed.
    const partial = { settings, article: articleFacts, now, parentOk: true } as PipelineContext;
    const early = closedPhase(submission, partial) ?? fieldsPhase(submission, partial);
    if (early && 'refused' in early) return { kind: 'refused', refusal: early };

    // Outside the write transaction: a slow checker must not hold the database's write lock.
    const spam = await this.checkSpam(settings, { ...submission, language: known.language ?? (await this.language()) });
    // Read before the transaction: on SQLite the transaction holds the only connection.
    const publicationName = known.publicationName ?? (await this.links.publicationName());

    const hash = contentHash(submission.comment);
    const outcome = await writeTransaction(this.db, this.dialect, async (trx: Kysely<Schema>) => {
      const since = new Date(now.getTime() - FLOOD_SECONDS * 1000).toISOString();
      const [recent, duplicate, previous, blocked, parent] = await Promise.all([
        trx.selectFrom('comments').select('id')
          .where((eb) => eb.or([eb('author_ip', '=', submission.ip), eb('author_email', '=', submission.email)]))
          .where('created_at', '>', since).limit(1).execute(),
        trx.selectFrom('comments').select('id').where('article_id', '=', article.id).where('content_hash', '=', hash).where('status', '!=', 'trash').limit(1).executeTakeFirst(),
        trx.selectFrom('comments').select('id').where('author_email', '=', submission.email).where('author_name', '=', submission.author).where('status', '=', 'approved').limit(1).executeTakeFirst(),
        trx.selectFrom('comment_blocks').select('id')
          .where((eb) => eb.or([eb.and([eb('kind', '=', 'email'), eb('value', '=', submission.email.toLowerCase())]), eb.and([eb('kind', '=', 'ip'), eb('value', '=', submission.ip)])]))
          .limit(1).executeTakeFirst(),
        submission.parentId === null
          ? Promise.resolve(undefined)
          : trx.selectFrom('comments').select(['id', 'author_email', 'notify_replies', 'status', 'article_id']).where('id', '=', submission.parentId).executeTakeFirst(),
      ]);
      const parentOk = submission.parentId === null || (parent !== undefined && parent.article_id === article.id && parent.status === 'approved');
      const result = runPipeline(submission, {
        settings, article: articleFacts, now, recentFromSender: recent.length, duplicate: duplicate !== undefined,
        previouslyApproved: previous !== undefined, blocked: blocked !== undefined, parentOk, spam,
      });
      if (!result.accepted) return { kind: 'refused' as const, refusal: result as Refusal };
      const { verdict } = result;
      if (verdict.discard) return { kind: 'accepted' as const, commentId: null, status: 'spam' as const, articleSlug: article.slug };

      const inserted = await trx
        .insertInto('comments')
        .values({
          article_id: article.id,
          parent_id: submission.parentId,
          author_name: submission.author,
          author_email: submission.email,
          author_url: submission.url || null,
          author_ip: submission.ip,
          user_agent: submission.userAgent.slice(0, 500),
          body: submission.comment,
          status: verdict.status,
          created_at: nowIso,
          modified_at: nowIso,
          notify_replies: raw.notifyReplies ? 1 : 0,
          content_hash: hash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('comment_events')
        .values({ comment_id: inserted.id, at: nowIso, actor_id: null, actor_label: 'moderation rules', kind: 'verdict', from_status: null, to_status: verdict.status, reasons: JSON.stringify(verdict.reasons) })
        .execute();
      const mails = await this.notificationsFor(trx, {
        id: inserted.id, status: verdict.status, reasons: verdict.reasons, articleId: article.id, articleSlug: article.slug, articleTitle: article.title,
        author: submission.author, email: submission.email, text: submission.comment, parent: parent && parentOk ? { id: parent.id, email: parent.author_email, notify: parent.notify_replies === 1 } : undefined,
      }, settings, publicationName);
      await new OutboxRepository(trx).enqueue(mails, nowIso);
      return { kind: 'accepted' as const, commentId: inserted.id, status: verdict.status, articleSlug: article.slug };
    });
    return outcome;
  }

  /** The sender's earlier comments on this site that moderators settled, as evidence for the spam engine. */
  private async historyOf(email: string): Promise<{ approved: number; spam: number }> {
    const rows = await this.db
      .selectFrom('comments')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('author_email', '=', email)
      .where('status', 'in', ['approved', 'spam'])
      .groupBy('status')
      .execute();
    const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
    return { approved: of('approved'), spam: of('spam') };
  }

  /**
   * The built-in filter, with the sender's history here as evidence, or the remote
   * Akismet-protocol service when the site turned it on.
   */
  async checkSpam(settings: DiscussionSettings, input: SpamCheckInput): Promise<SpamResult> {
    if (!settings.remoteCheckerEnabled) return this.spamChecker.check({ ...input, history: await this.historyOf(input.email) });
    const blog = new URL(this.links.articleUrl('x')).origin;
    // The host may name its scheme (http:// for a service on the same private network).
    const plain = settings.remoteCheckerHost.startsWith('http://');
    const host = settings.remoteCheckerHost.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    return checkRemotely({ host, key: settings.remoteCheckerKey, blog, protocol: plain ? 'http' : 'https' }, input);
  }

  /** Mails a comment's new status calls for: held → moderators; approved → authors and the replied-to. */
  async notificationsFor(
    trx: Kysely<Schema>,
    c: { id: number; status: CommentStatus; reasons: string[]; articleId: number; articleSlug: string; articleTitle: string; author: string; email: string; text: string; parent?: { id: number; email: string; notify: boolean } },
    settings: { notifyModerators: boolean; notifyAuthors: boolean },
    publicationName: string,
  ): Promise<OutgoingMail[]> {
    const facts = {
      publicationName,
      articleTitle: c.articleTitle,
      articleUrl: this.links.articleUrl(c.articleSlug),
      commentAuthor: c.author,
      commentText: c.text,
      commentUrl: `${this.links.articleUrl(c.articleSlug)}#comment-${c.id}`,
    };
    const mails: OutgoingMail[] = [];
    if (c.status === 'pending' && settings.notifyModerators) {
      const moderators = await trx.selectFrom('users').select('email').where('role', 'in', ['admin', 'editor', 'moderator']).where('disabled_at', 'is', null).execute();
      const mail = heldCommentMail(facts, this.links.deskUrl(c.id), c.reasons);
      for (const m of moderators) mails.push({ recipient: m.email, ...mail });
    }
    if (c.status === 'approved') {
      if (settings.notifyAuthors) {
        const authors = await trx
          .selectFrom('users')
          .innerJoin('article_authors', 'article_authors.author_id', 'users.author_id')
          .select('users.email')
          .where('article_authors.article_id', '=', c.articleId)
          .where('users.disabled_at', 'is', null)
          .execute();
        const mail = newCommentMail(facts);
        for (const a of authors) if (a.email !== c.email.toLowerCase()) mails.push({ recipient: a.email, ...mail });
      }
      if (c.parent?.notify && c.parent.email.toLowerCase() !== c.email.toLowerCase()) {
        mails.push({ recipient: c.parent.email, ...replyMail(facts, this.links.unsubscribeUrl(c.parent.id)) });
      }
    }
    return mails;
  }
}
