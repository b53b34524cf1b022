// The Akismet-compatible API end to end with the real npm client (akismet-api@6) over real
// HTTP. The client sends the key as the first label of the host name, so the test resolves
// *.masthead.test to 127.0.0.1 inside this process, keeping the Host header as in production.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { AkismetService } from '../../src/modules/spam/api/akismet.service.ts';
import { RuleSpamChecker, type SpamCheckInput } from '../../src/modules/spam/spam-checker.ts';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { resolveTestHosts } from '../support/dns.ts';

const require = createRequire(import.meta.url);
const { AkismetClient } = require('akismet-api') as { AkismetClient: new (options: Record<string, unknown>) => any };

/** The rule-based filter, recording what it is taught (the learning engine has its own tests). */
class RecordingFilter extends RuleSpamChecker {
  lessons: { siteId: string; input: SpamCheckInput; label: string }[] = [];
  override async learn(siteId: string, input: SpamCheckInput, label: 'spam' | 'ham'): Promise<void> {
    this.lessons.push({ siteId, input, label });
  }
}

for (const dialect of testDialects()) {
  describe(`Akismet-compatible API on ${dialect}`, () => {
    let t: TestApp;
    let base: string;
    let key: string;
    const filter = new RecordingFilter();
    let client: any;
    let restoreDns: () => void;

    before(async () => {
      restoreDns = resolveTestHosts();
      t = await createTestApp(dialect, { spamFilter: filter });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const port = (t.app.server.address() as { port: number }).port;
      base = `http://127.0.0.1:${port}`;
      key = (await new AkismetService(t.database.db, t.clock, filter).addKey('https://blog.example')).key;
      client = new AkismetClient({ key, blog: 'https://blog.example', host: `spam.masthead.test:${port}`, protocol: 'http' });
    });
    after(async () => {
      restoreDns();
      await t.close();
    });

    const comment = { ip: '203.0.113.9', useragent: 'Mozilla/5.0', content: 'I agree with the point about the bridge tolls.', name: 'Ruth', email: 'ruth@example.org', permalink: 'https://blog.example/post' };

    it('verifies a key, and refuses an unknown one', async () => {
      assert.equal(await client.verifyKey(), true);
      const stranger = new AkismetClient({ key: 'ffffffffffffffffffffffff', blog: 'https://blog.example', host: client.host, protocol: 'http' });
      assert.equal(await stranger.verifyKey(), false);
    });

    it('checks comments, honouring the test conventions', async () => {
      assert.equal(await client.checkSpam(comment), false);
      assert.equal(await client.checkSpam({ ...comment, name: 'akismet-guaranteed-spam' }), true);
      assert.equal(await client.checkSpam({ ...comment, email: 'akismet-guaranteed-spam@example.com' }), true);
      assert.equal(await client.checkSpam({ ...comment, name: 'akismet-guaranteed-spam', role: 'administrator' }), true, 'the guaranteed-spam author wins');
      assert.equal(await client.checkSpam({ ...comment, content: 'cheap pills viagra casino https://a.example https://b.example https://c.example', role: 'administrator' }), false);
    });

    it('answers a bad key with invalid and a debug hint, which the client rejects', async () => {
      const stranger = new AkismetClient({ key: 'ffffffffffffffffffffffff', blog: 'https://blog.example', host: client.host, protocol: 'http' });
      await assert.rejects(stranger.checkSpam(comment), /invalid|Invalid/);
      const res = await fetch(`${base}/1.1/comment-check`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'api_key=nope&blog=https://blog.example&user_ip=1.2.3.4' });
      assert.equal(await res.text(), 'invalid');
      assert.match(res.headers.get('x-akismet-debug-help')!, /Invalid key/);
    });

    it('says which required field is missing, with 400, never 500', async () => {
      const res = await fetch(`${base}/1.1/comment-check`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${key}&user_ip=1.2.3.4` });
      assert.equal(res.status, 400);
      assert.equal(await res.text(), 'Missing required field: blog.');
      const huge = await fetch(`${base}/1.1/comment-check`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${key}&blog=x&user_ip=1.2.3.4&comment_content=${'a'.repeat(100_000)}` });
      assert.equal(huge.status, 413);
      const empty = await fetch(`${base}/1.1/comment-check`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${key}&blog=x&user_ip=1.2.3.4&comment_content=` });
      assert.equal(empty.status, 200);
      assert.match(await empty.text(), /^(true|false)$/);
    });

    it('returns a guid, and the discard tip for blatant spam', async () => {
      const res = await fetch(`${base}/1.1/comment-check`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ api_key: key, blog: 'https://blog.example', user_ip: '198.51.100.1', comment_author: 'Best SEO www.spam.example', comment_content: 'cheap pills viagra casino https://a.example https://b.example https://c.example' }).toString(),
      });
      assert.equal(await res.text(), 'true');
      assert.match(res.headers.get('x-akismet-guid')!, /^[0-9a-f-]{36}$/);
      assert.equal(res.headers.get('x-akismet-pro-tip'), 'discard');
    });

    it('takes feedback, trains the key’s own site, and never trains on is_test', async () => {
      filter.lessons.length = 0;
      await client.submitSpam({ ...comment, content: 'Missed spam about cheap loans.' });
      await client.submitHam({ ...comment, content: 'A perfectly fine comment.' });
      await client.submitSpam({ ...comment, content: 'Only a test.', isTest: true });
      assert.deepEqual(filter.lessons.map((l) => [l.label, l.input.comment]), [['spam', 'Missed spam about cheap loans.'], ['ham', 'A perfectly fine comment.']]);
      assert.match(filter.lessons[0]!.siteId, /^key:\d+$/);
    });

    it('reports usage per site and month', async () => {
      const month = t.clock.now().toISOString().slice(0, 7);
      const sites = await (await fetch(`${base}/1.2/key-sites?api_key=${key}&month=${month}`)).json() as Record<string, any>;
      const entry = sites[month][0];
      assert.equal(entry.site, 'https://blog.example');
      assert.ok(entry.api_calls >= 6);
      assert.ok(entry.spam >= 3);
      const limit = await (await fetch(`${base}/1.2/usage-limit?api_key=${key}`)).json() as Record<string, any>;
      assert.equal(limit.usage, entry.api_calls);
      assert.equal(limit.throttled, false);
      const csv = await (await fetch(`${base}/1.2/key-sites?api_key=${key}&format=csv`)).text();
      assert.match(csv, /^Site,Total API Calls/);
    });

    it('limits calls per key and minute across app servers, answering 429 with Retry-After', async () => {
      // A second app server on the same database: the limit is the key's, not each server's.
      const second = await createTestApp(dialect, { spamFilter: filter, alongside: t });
      try {
        await second.app.listen({ host: '127.0.0.1', port: 0 });
        const secondBase = `http://127.0.0.1:${(second.app.server.address() as { port: number }).port}`;
        const service = new AkismetService(t.database.db, t.clock, filter);
        const small = (await service.addKey('https://small.example', 4)).key;
        const call = (server: string) =>
          fetch(`${server}/1.1/comment-check`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${small}&blog=https://small.example&user_ip=192.0.2.4&comment_content=Hello` });
        const answers: Response[] = [];
        for (let i = 0; i < 6; i++) answers.push(await call(i % 2 === 0 ? base : secondBase));
        assert.deepEqual(answers.map((r) => r.status), [200, 200, 200, 200, 429, 429]);
        const refused = answers[5]!;
        assert.equal(refused.headers.get('retry-after'), '60');
        assert.equal(await refused.text(), 'Rate limit exceeded for this key; try again in a minute.');
        // Other keys are not held back, and the next minute starts afresh.
        assert.equal((await fetch(`${base}/1.1/comment-check`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${key}&blog=https://blog.example&user_ip=192.0.2.4&comment_content=Hello` })).status, 200);
        t.clock.set(new Date(t.clock.now().getTime() + 60_000));
        assert.equal((await call(base)).status, 200);
        t.clock.set(new Date(t.clock.now().getTime() + 10 * 60_000));
        assert.ok((await service.purgeOldRateCounts()) >= 2);
      } finally {
        t.clock.set(new Date(TEST_NOW));
        await second.close();
      }
    });

    it('answers 503 with X-akismet-error, never false, when it cannot check', async () => {
      // A client that reads only the body must not take a failure for "not spam".
      class FailingFilter extends RecordingFilter {
        override async checkForSite() {
          return { kind: 'failed' as const, reason: 'the engine is down' };
        }
      }
      const failing = new FailingFilter();
      const broken = await createTestApp(dialect, { spamFilter: failing });
      try {
        await broken.app.listen({ host: '127.0.0.1', port: 0 });
        const port = (broken.app.server.address() as { port: number }).port;
        const brokenKey = (await new AkismetService(broken.database.db, broken.clock, failing).addKey('https://blog.example')).key;
        const brokenClient = new AkismetClient({ key: brokenKey, blog: 'https://blog.example', host: `spam.masthead.test:${port}`, protocol: 'http' });
        await assert.rejects(brokenClient.checkSpam(comment), /Service Unavailable|could not answer/);
        const post = (path: string) =>
          fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${brokenKey}&blog=https://blog.example&user_ip=192.0.2.4&comment_content=Hello` });
        const expectHeld = async (res: Response) => {
          assert.equal(res.status, 503);
          assert.equal(res.headers.get('retry-after'), '60');
          assert.match(res.headers.get('x-akismet-error') ?? '', /hold the comment/);
          assert.notEqual(await res.text(), 'false');
        };
        await expectHeld(await post('/1.1/comment-check'));
        // The database failing (here its rate-limit table is gone) is answered the same way, everywhere.
        await broken.database.db.schema.dropTable('spam_api_minutes').execute();
        for (const path of ['/1.1/comment-check', '/1.1/submit-spam', '/1.1/submit-ham']) await expectHeld(await post(path));
        await expectHeld(await fetch(`http://127.0.0.1:${port}/1.2/usage-limit?api_key=${brokenKey}`));
      } finally {
        await broken.close();
      }
    });

    it('deletes checked payloads after 15 days', async () => {
      const service = new AkismetService(t.database.db, t.clock, filter);
      const stored = (await t.database.db.selectFrom('spam_api_checks').select('guid').execute()).length;
      assert.ok(stored > 0);
      t.clock.set(new Date(t.clock.now().getTime() + 16 * 86_400_000));
      assert.equal(await service.purgeOldChecks(), stored);
      t.clock.set(new Date(t.clock.now().getTime() - 16 * 86_400_000));
    });
  });
}
