// The mail outbox: rows written in the same transaction as what they announce, sent later by
// the mail worker with retries. A mail server that is down never delays or loses a comment.
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';

export interface OutgoingMail {
  recipient: string;
  subject: string;
  body: string;
}

export interface QueuedMail extends OutgoingMail {
  id: number;
  attempts: number;
}

export class OutboxRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async enqueue(mails: OutgoingMail[], now: string): Promise<void> {
    if (mails.length === 0) return;
    await this.db
      .insertInto('outbox')
      .values(mails.map((m) => ({ recipient: m.recipient, subject: m.subject, body: m.body, created_at: now, next_attempt_at: now })))
      .execute();
  }

  /**
   * Claims up to `limit` due mails by moving their next attempt to `lease`. The outer
   * conditions are checked again against each row as it is when locked, so a row another
   * worker claimed meanwhile is skipped: two app servers never send the same mail.
   */
  async claimDue(now: string, lease: string, limit: number): Promise<QueuedMail[]> {
    const due = this.db.selectFrom('outbox').select('id').where('sent_at', 'is', null).where('next_attempt_at', '<=', now).orderBy('id').limit(limit);
    return this.db
      .updateTable('outbox')
      .set((eb) => ({ next_attempt_at: lease, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', due)
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .returning(['id', 'recipient', 'subject', 'body', 'attempts'])
      .execute();
  }

  async markSent(id: number, now: string): Promise<void> {
    await this.db.updateTable('outbox').set({ sent_at: now, last_error: null }).where('id', '=', id).execute();
  }

  async retryLater(id: number, nextAttemptAt: string, error: string): Promise<void> {
    await this.db.updateTable('outbox').set({ next_attempt_at: nextAttemptAt, last_error: error.slice(0, 500) }).where('id', '=', id).execute();
  }
}
