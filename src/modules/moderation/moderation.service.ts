// Moderators' decisions on comments: status changes (with history and the notifications an
// approval owes), edits, staff replies, and blocks.
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import type { Schema } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../audit/audit.ts';
import { commentStatuses, type CommentStatus } from '../comments/comment.ts';
import { contentHash, type CommentService } from '../comments/comment.service.ts';
import { COMMENT_LIMITS } from './comment-limits.ts';
import { DiscussionSettingsRepository } from './discussion-settings.repository.ts';
import { OutboxRepository } from '../notifications/outbox.repository.ts';

export type ModerationAction = 'approve' | 'unapprove' | 'spam' | 'trash' | 'restore';

export const actionTargets: Record<ModerationAction, CommentStatus> = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  trash: 'trash',
  restore: 'pending',
};

export const actionLabels: Record<ModerationAction, string> = {
  approve: 'Approve',
  unapprove: 'Unapprove',
  spam: 'Mark as spam',
  trash: 'Move to trash',
  restore: 'Restore',
};

export function isModerationAction(value: string): value is ModerationAction {
  return value in actionTargets;
}

/** Listens to moderators' spam and not-spam decisions (the learning spam engine subscribes). */
export type FeedbackListener = (commentId: number, verdict: 'spam' | 'ham') => Promise<void>;

export class CommentEditError extends Error {
  constructor(readonly fields: Partial<Record<'author' | 'email' | 'url' | 'comment', string>>) {
    super('invalid comment edit');
    this.name = 'CommentEditError';
  }
}

export class ModerationService {
  private readonly feedback: FeedbackListener[] = [];

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
    private readonly comments: CommentService,
    private readonly publicationName: () => Promise<string>,
  ) {}

  onFeedback(listener: FeedbackListener): void {
    this.feedback.push(listener);
  }

  /** Moves comments to the action's status; returns how many changed. */
  async moderate(ids: number[], action: ModerationAction, actor: Actor, reason?: string): Promise<number> {
    const to = actionTargets[action];
    const now = this.clock.now().toISOString();
    const [settings, publicationName] = await Promise.all([new DiscussionSettingsRepository(this.db).getSettings(), this.publicationName()]);
    const changed: { id: number; from: string }[] = [];
    await inTransaction(this.db, async (trx) => {
      const rows = await trx
        .selectFrom('comments')
        .innerJoin('articles', 'articles.id', 'comments.article_id')
        .select([
          'comments.id', 'comments.status', 'comments.article_id', 'comments.parent_id', 'comments.author_name', 'comments.author_email', 'comments.body',
          'articles.slug', 'articles.title',
        ])
        .where('comments.id', 'in', ids.length ? ids : [-1])
        .execute();
      for (const row of rows) {
        if (row.status === to) continue;
        await trx.updateTable('comments').set({ status: to, modified_at: now }).where('id', '=', row.id).execute();
        const lesson = to === 'spam' ? 'Reported to the spam filter as spam.' : row.status === 'spam' ? 'Reported to the spam filter as not spam.' : undefined;
        const reasons = [reason, actor.id !== null ? lesson : undefined].filter((r): r is string => Boolean(r));
        await trx
          .insertInto('comment_events')
          .values({ comment_id: row.id, at: now, actor_id: actor.id, actor_label: actor.label, kind: 'status', from_status: row.status, to_status: to, reasons: JSON.stringify(reasons) })
          .execute();
        changed.push({ id: row.id, from: row.status });
        if (to === 'approved') {
          const parent = row.parent_id
            ? await trx.selectFrom('comments').select(['id', 'author_email', 'notify_replies', 'status']).where('id', '=', row.parent_id).executeTakeFirst()
            : undefined;
          const mails = await this.comments.notificationsFor(
            trx,
            {
              id: row.id, status: 'approved', reasons: [], articleId: row.article_id, articleSlug: row.slug, articleTitle: row.title,
              author: row.author_name, email: row.author_email, text: row.body,
              parent: parent && parent.status === 'approved' ? { id: parent.id, email: parent.author_email, notify: parent.notify_replies === 1 } : undefined,
            },
            { notifyModerators: false, notifyAuthors: settings.notifyAuthors },
            publicationName,
          );
          await new OutboxRepository(trx).enqueue(mails, now);
        }
      }
      if (changed.length) {
        await new AuditRepository(trx).record(actor, { action: `comment.${action}`, subjectType: 'comment', subjectId: changed.map((c) => c.id).join(','), detail: { count: changed.length } }, now);
      }
    });
    // Moderators' spam decisions teach the spam filter; a rescue from spam is a "not spam"
    // lesson. Automatic changes (the recheck job) teach nothing, as with Akismet.
    for (const c of actor.id === null ? [] : changed) {
      const verdict = to === 'spam' ? 'spam' : c.from === 'spam' ? 'ham' : undefined;
      if (verdict) for (const listener of this.feedback) await listener(c.id, verdict);
    }
    return changed.length;
  }

  async editComment(id: number, edit: { author: string; email: string; url: string; comment: string }, actor: Actor): Promise<void> {
    const fields: CommentEditError['fields'] = {};
    if (!edit.comment.trim()) fields.comment = 'The comment cannot be empty.';
    if (!edit.author.trim()) fields.author = 'The name cannot be empty.';
    for (const name of ['author', 'email', 'url', 'comment'] as const) {
      const length = [...edit[name]].length;
      if (length > COMMENT_LIMITS[name]) fields[name] = `${length} characters; the limit is ${COMMENT_LIMITS[name]}.`;
    }
    if (edit.url.trim() && !/^https?:\/\/\S+$/i.test(edit.url.trim())) fields.url = 'A website must start with http:// or https://.';
    if (Object.keys(fields).length) throw new CommentEditError(fields);
    const now = this.clock.now().toISOString();
    await inTransaction(this.db, async (trx) => {
      await trx
        .updateTable('comments')
        .set({ author_name: edit.author.trim(), author_email: edit.email.trim(), author_url: edit.url.trim() || null, body: edit.comment, content_hash: contentHash(edit.comment), modified_at: now })
        .where('id', '=', id)
        .execute();
      await trx.insertInto('comment_events').values({ comment_id: id, at: now, actor_id: actor.id, actor_label: actor.label, kind: 'edit', from_status: null, to_status: null, reasons: '["Edited by a moderator."]' }).execute();
      await new AuditRepository(trx).record(actor, { action: 'comment.edited', subjectType: 'comment', subjectId: id }, now);
    });
  }

  /** A reply from a staff member: published at once, under their name. */
  async replyAsStaff(parentId: number, text: string, staff: { id: number; name: string; email: string }, actor: Actor): Promise<number> {
    if (!text.trim()) throw new CommentEditError({ comment: 'Write the reply.' });
    if ([...text].length > COMMENT_LIMITS.comment) throw new CommentEditError({ comment: `The limit is ${COMMENT_LIMITS.comment} characters.` });
    const now = this.clock.now().toISOString();
    const parent = await this.db.selectFrom('comments').select(['id', 'article_id', 'status']).where('id', '=', parentId).executeTakeFirst();
    if (!parent) throw new CommentEditError({ comment: 'The comment no longer exists.' });
    const id = await inTransaction(this.db, async (trx) => {
      const row = await trx
        .insertInto('comments')
        .values({
          article_id: parent.article_id, parent_id: parent.id, author_name: staff.name, author_email: staff.email, author_url: null, author_ip: null, user_agent: null,
          body: text, status: 'pending', created_at: now, modified_at: now, staff_user_id: staff.id, content_hash: contentHash(text),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('comment_events').values({ comment_id: row.id, at: now, actor_id: actor.id, actor_label: actor.label, kind: 'verdict', from_status: null, to_status: 'pending', reasons: '["A reply from the staff."]' }).execute();
      return row.id;
    });
    // Approving goes through moderate(), so the reply notifies like any approval.
    if (parent.status !== 'approved') await this.moderate([parent.id], 'approve', actor, 'Approved by replying.');
    await this.moderate([id], 'approve', actor, 'A reply from the staff.');
    return id;
  }

  async block(kind: 'email' | 'ip', value: string, actor: Actor): Promise<void> {
    const normalised = kind === 'email' ? value.trim().toLowerCase() : value.trim();
    if (!normalised) return;
    const now = this.clock.now().toISOString();
    await inTransaction(this.db, async (trx) => {
      await trx.insertInto('comment_blocks').values({ kind, value: normalised, created_at: now, created_by: actor.id }).onConflict((oc) => oc.columns(['kind', 'value']).doNothing()).execute();
      await new AuditRepository(trx).record(actor, { action: `comment.blocked_${kind}`, subjectType: 'block', detail: {} }, now);
    });
  }

  /**
   * Asks the spam checker again about comments held because a check failed: every 20 minutes
   * for 15 days, as Akismet's plugin does. Spam is filed as spam; a clean answer leaves the
   * comment for a moderator (it was never checked when it arrived, so nothing publishes it unseen).
   */
  async recheckFailedSpamChecks(language: string): Promise<{ rechecked: number; spam: number; passed: number }> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - 15 * 86_400_000).toISOString();
    const due = new Date(now.getTime() - 20 * 60_000).toISOString();
    const candidates = await this.db
      .selectFrom('comments')
      .select(['id', 'author_name', 'author_email', 'author_url', 'author_ip', 'user_agent', 'body'])
      .where('status', '=', 'pending')
      .where('created_at', '>=', since)
      .where((eb) => eb.exists(eb.selectFrom('comment_events').select('id').whereRef('comment_events.comment_id', '=', 'comments.id').where('reasons', 'like', '%Spam check failed%')))
      .orderBy('id')
      .limit(50)
      .execute();
    const settings = await new DiscussionSettingsRepository(this.db).getSettings();
    const report = { rechecked: 0, spam: 0, passed: 0 };
    for (const c of candidates) {
      const last = await this.db.selectFrom('comment_events').select(['kind', 'at', 'reasons']).where('comment_id', '=', c.id).orderBy('id', 'desc').executeTakeFirst();
      if (!last || last.at > due || (last.kind === 'recheck' && !last.reasons.includes('failed'))) continue;
      report.rechecked++;
      const result = await this.comments.checkSpam(settings, {
        comment: c.body, author: c.author_name, email: c.author_email, url: c.author_url ?? '', ip: c.author_ip ?? '', userAgent: c.user_agent ?? '', language,
      });
      const at = this.clock.now().toISOString();
      if (result.kind === 'spam') {
        report.spam++;
        await this.moderate([c.id], 'spam', { id: null, label: 'spam recheck', ip: null }, `Rechecked: ${result.reasons.join(' ')}`);
        continue;
      }
      if (result.kind === 'ham') report.passed++;
      const reason = result.kind === 'ham' ? 'Spam check passed on retry; waiting for a moderator.' : `Spam check failed again: ${result.reason}`;
      await this.db.insertInto('comment_events').values({ comment_id: c.id, at, actor_id: null, actor_label: 'spam recheck', kind: 'recheck', from_status: 'pending', to_status: 'pending', reasons: JSON.stringify([reason]) }).execute();
    }
    return report;
  }

  /** Deletes spam and trash older than the setting (15 days by default); returns how many. */
  async purgeOldSpamAndTrash(): Promise<number> {
    const settings = await new DiscussionSettingsRepository(this.db).getSettings();
    const before = new Date(this.clock.now().getTime() - settings.purgeAfterDays * 86_400_000).toISOString();
    const result = await this.db.deleteFrom('comments').where('status', 'in', ['spam', 'trash']).where('modified_at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

export { commentStatuses };
