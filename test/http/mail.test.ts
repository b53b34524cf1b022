// Notification mail through the outbox (test plan D6): a mail server that is down never
// delays or loses a comment; the worker retries, and two workers never send a mail twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MailWorker } from '../../src/modules/notifications/mail-worker.ts';
import { MemoryMailer } from '../../src/modules/notifications/mailer.ts';
import { CommentService } from '../../src/modules/comments/comment.service.ts';
import { RuleSpamChecker } from '../../src/modules/spam/spam-checker.ts';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { createStaff } from '../support/staff.ts';

for (const dialect of testDialects()) {
  describe(`mail outbox on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
      await createStaff(t, 'moderator', 'moderator@example.org');
    });
    after(async () => t.close());

    it('keeps the comment when the mail server is down, retries with growing waits, then sends once', async () => {
      const article = await t.database.db.selectFrom('articles').select('id').where('slug', '=', 'what-the-tarrow-bridge-tolls-really-cost').executeTakeFirstOrThrow();
      const service = new CommentService(t.database.db, t.database.dialect, t.clock, new RuleSpamChecker(), {
        publicationName: async () => 'The Ashgrove Review', articleUrl: (s) => `https://journal.example/articles/${s}`, deskUrl: (id) => `https://journal.example/admin/comments/${id}`, unsubscribeUrl: () => '',
      }, async () => 'en');
      const result = await service.submitComment({ articleId: article.id, parentId: null, author: 'New Reader', email: 'new.reader@example.net', url: '', comment: 'A first comment while the mail server is down.', ip: '192.0.2.150', userAgent: 'x', honeypot: '', fillSeconds: 30, notifyReplies: false });
      assert.ok(result.kind === 'accepted' && result.status === 'pending', 'the comment is stored whatever the mail server does');

      const mailer = new MemoryMailer();
      mailer.failWith = 'connect ECONNREFUSED 127.0.0.1:25';
      const worker = new MailWorker(t.database.db, t.clock, mailer, 'Desk <desk@journal.example>');
      assert.deepEqual(await worker.deliverDue(), { sent: 0, failed: 1 });
      const row = await t.database.db.selectFrom('outbox').selectAll().where('recipient', '=', 'moderator@example.org').executeTakeFirstOrThrow();
      assert.equal(row.attempts, 1);
      assert.match(row.last_error!, /ECONNREFUSED/);
      assert.equal(row.next_attempt_at, new Date(Date.parse(TEST_NOW) + 60_000).toISOString(), 'first retry after a minute');
      assert.deepEqual(await worker.deliverDue(), { sent: 0, failed: 0 }, 'not due yet');

      mailer.failWith = undefined;
      t.clock.set(new Date(Date.parse(TEST_NOW) + 61_000));
      // Two workers at once (two app servers): the mail goes out once.
      const second = new MailWorker(t.database.db, t.clock, mailer, 'Desk <desk@journal.example>');
      const reports = await Promise.all([worker.deliverDue(), second.deliverDue()]);
      t.clock.set(TEST_NOW);
      assert.equal(reports[0].sent + reports[1].sent, 1);
      assert.equal(mailer.sent.length, 1);
      assert.equal(mailer.sent[0]!.to, 'moderator@example.org');
      assert.match(mailer.sent[0]!.text, /A first comment while the mail server is down./);
      assert.match(mailer.sent[0]!.text, /Moderate it: https:\/\/journal.example\/admin\/comments\/\d+/);
      const sent = await t.database.db.selectFrom('outbox').select('sent_at').where('id', '=', row.id).executeTakeFirstOrThrow();
      assert.ok(sent.sent_at);
    });
  });
}
