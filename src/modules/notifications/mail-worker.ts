// Sends what the outbox holds. Rows are claimed with a lease first, so several app servers
// can run the worker without sending a mail twice; failures retry with growing waits.
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import type { Schema } from '../../db/schema.ts';
import type { Mailer } from './mailer.ts';
import { OutboxRepository } from './outbox.repository.ts';

const BATCH = 20;
const LEASE_MS = 5 * 60_000;
/** Waits after the 1st, 2nd… failure; after the last the mail is given up (kept, with its error). */
const RETRY_WAITS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000, 24 * 3600_000];
const GIVE_UP = '9999-12-31T00:00:00.000Z';

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export class MailWorker {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
    private readonly from: string,
  ) {}

  async deliverDue(): Promise<DeliveryReport> {
    const outbox = new OutboxRepository(this.db);
    const now = this.clock.now();
    const claimed = await outbox.claimDue(now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString(), BATCH);
    const report = { sent: 0, failed: 0 };
    for (const mail of claimed) {
      try {
        await this.mailer.send({ to: mail.recipient, from: this.from, subject: mail.subject, text: mail.body });
        await outbox.markSent(mail.id, this.clock.now().toISOString());
        report.sent++;
      } catch (error) {
        const wait = RETRY_WAITS_MS[mail.attempts - 1];
        const next = wait === undefined ? GIVE_UP : new Date(this.clock.now().getTime() + wait).toISOString();
        await outbox.retryLater(mail.id, next, String((error as Error).message ?? error));
        report.failed++;
      }
    }
    return report;
  }
}
