// Test plan R3 / D5: a remote spam service that fails (500), hangs, answers garbage or is not
// there. No comment is lost, none is published unchecked, the answer comes within the 4 s
// timeout plus a second, and the recheck job files them once the service recovers.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { CommentService } from '../../src/modules/comments/comment.service.ts';
import { ModerationService } from '../../src/modules/moderation/moderation.service.ts';
import { RuleSpamChecker } from '../../src/modules/spam/spam-checker.ts';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { freePort } from '../support/project.ts';
import { resolveTestHosts } from '../support/dns.ts';

const dialect = testDialects()[0]!;
type Mode = 'error' | 'hang' | 'garbage' | 'spam' | 'ham';

describe('remote spam service faults', () => {
  let t: TestApp;
  let server: Server;
  let mode: Mode = 'error';
  let port: number;
  let service: CommentService;
  let articleId: number;
  const hanging = new Set<import('node:http').ServerResponse>();

  let restoreDns: () => void;

  before(async () => {
    restoreDns = resolveTestHosts();
    t = await createTestApp(dialect);
    port = await freePort();
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        if (mode === 'hang') return void hanging.add(response);
        if (mode === 'error') return void response.writeHead(500).end('Internal Server Error');
        if (mode === 'garbage') return void response.writeHead(200).end('<html>maybe</html>');
        response.writeHead(200, { 'content-type': 'text/plain' }).end(mode === 'spam' ? 'true' : 'false');
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    await t.database.db
      .insertInto('settings')
      .values({ key: 'discussion', value: JSON.stringify({ remoteCheckerEnabled: true, remoteCheckerHost: `http://spam.masthead.test:${port}`, remoteCheckerKey: 'abcdef123456' }), updated_at: TEST_NOW })
      .execute();
    service = new CommentService(t.database.db, t.database.dialect, t.clock, new RuleSpamChecker(), {
      publicationName: async () => 'R', articleUrl: (s) => `https://journal.example/articles/${s}`, deskUrl: () => '', unsubscribeUrl: () => '',
    }, async () => 'en');
    articleId = (await t.database.db.selectFrom('articles').select('id').where('slug', '=', 'what-the-tarrow-bridge-tolls-really-cost').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    restoreDns();
    for (const r of hanging) r.destroy();
    server.close();
    await t.close();
  });

  // A returning commenter, whom the rules alone would publish at once.
  const returning = async () => t.database.db.selectFrom('comments').select(['author_name', 'author_email']).where('status', '=', 'approved').where('article_id', '=', articleId).executeTakeFirstOrThrow();
  let n = 0;
  async function submit() {
    const who = await returning();
    t.clock.set(new Date(Date.parse(TEST_NOW) + ++n * 60_000));
    return service.submitComment({ articleId, parentId: null, author: who.author_name, email: who.author_email, url: '', comment: `Checked while the service is down, number ${n}.`, ip: `192.0.2.${n}`, userAgent: 'x', honeypot: '', fillSeconds: 30, notifyReplies: false });
  }

  it('control: a healthy service lets the rules publish a returning commenter', async () => {
    mode = 'ham';
    const result = await submit();
    assert.ok(result.kind === 'accepted' && result.status === 'approved');
  });

  for (const fault of ['error', 'garbage', 'refused'] as const) {
    it(`holds the comment when the service ${fault === 'refused' ? 'is not there' : `answers with ${fault}`}`, async () => {
      mode = fault === 'refused' ? 'error' : fault;
      if (fault === 'refused') await t.database.db.updateTable('settings').set({ value: JSON.stringify({ remoteCheckerEnabled: true, remoteCheckerHost: 'http://spam.masthead.test:1', remoteCheckerKey: 'abcdef123456' }) }).execute();
      const result = await submit();
      if (fault === 'refused') await t.database.db.updateTable('settings').set({ value: JSON.stringify({ remoteCheckerEnabled: true, remoteCheckerHost: `http://spam.masthead.test:${port}`, remoteCheckerKey: 'abcdef123456' }) }).execute();
      assert.ok(result.kind === 'accepted' && result.commentId !== null);
      assert.equal(result.status, 'pending', 'never published unchecked');
      const event = await t.database.db.selectFrom('comment_events').select('reasons').where('comment_id', '=', result.commentId!).executeTakeFirstOrThrow();
      assert.match(event.reasons, /Spam check failed/);
    });
  }

  it('answers within the 4 s timeout plus a second when the service hangs', async () => {
    mode = 'hang';
    const started = Date.now();
    const result = await submit();
    const took = Date.now() - started;
    assert.ok(result.kind === 'accepted' && result.status === 'pending');
    assert.ok(took >= 3900 && took <= 5000, `took ${took} ms`);
  });

  it('rechecks the held comments after 20 minutes, filing spam and leaving clean ones to a moderator', async () => {
    const moderation = new ModerationService(t.database.db, t.clock, service, async () => 'R');
    const held = await t.database.db.selectFrom('comments').select('id').where('status', '=', 'pending').where('body', 'like', 'Checked while the service is down%').execute();
    assert.equal(held.length, 4);
    mode = 'spam';
    assert.deepEqual(await moderation.recheckFailedSpamChecks('en'), { rechecked: 0, spam: 0, passed: 0 }, 'not before 20 minutes');
    t.clock.set(new Date(t.clock.now().getTime() + 21 * 60_000));
    const report = await moderation.recheckFailedSpamChecks('en');
    assert.equal(report.rechecked, 4);
    assert.equal(report.spam, 4);
    const statuses = await t.database.db.selectFrom('comments').select('status').where('id', 'in', held.map((h) => h.id)).execute();
    assert.deepEqual(statuses.map((s) => s.status), ['spam', 'spam', 'spam', 'spam']);
  });
});
