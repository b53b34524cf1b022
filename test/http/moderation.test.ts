// The moderation desk over HTTP on each dialect.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CommentService } from '../../src/modules/comments/comment.service.ts';
import { ModerationService } from '../../src/modules/moderation/moderation.service.ts';
import { RuleSpamChecker } from '../../src/modules/spam/spam-checker.ts';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { createStaff, formBody, signIn, type SignedIn } from '../support/staff.ts';

for (const dialect of testDialects()) {
  describe(`moderation desk on ${dialect}`, () => {
    let t: TestApp;
    let moderator: SignedIn;
    before(async () => {
      t = await createTestApp(dialect);
      await createStaff(t, 'moderator', 'moderator@example.org');
      moderator = await signIn(t.app, 'moderator@example.org');
    });
    after(async () => t.close());

    const post = (url: string, values: Record<string, string | string[]>, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, headers: { cookie: moderator.cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: formBody({ _csrf: moderator.csrf, ...values }) });
    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: moderator.cookie } });
    const pending = () => t.database.db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id').select(['comments.id', 'comments.body', 'articles.slug']).where('comments.status', '=', 'pending').orderBy('comments.id').execute();

    it('lists the held comments with counts for every queue, escaping what readers wrote', async () => {
      const held = await pending();
      assert.ok(held.length >= 2);
      await t.database.db.updateTable('comments').set({ body: '<img src=x onerror=alert(1)> held text' }).where('id', '=', held[0]!.id).execute();
      const res = await get('/admin/comments');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, new RegExp(`Pending \\(${held.length}\\)`));
      assert.match(res.body, /Spam \(\d+\)/);
      assert.ok(!res.body.includes('<img src=x'), 'no raw markup from a commenter');
      assert.match(res.body, /&lt;img src=x onerror=alert\(1\)&gt; held text/);
    });

    it('approves in bulk: the comments appear on their articles, with history', async () => {
      const held = await pending();
      const ids = held.slice(0, 2).map((c) => String(c.id));
      const res = await post('/admin/comments/bulk', { action: 'approve', ids }, { referer: 'https://journal.example/admin/comments?status=pending' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/comments?status=pending&done=2');
      const page = await t.app.inject({ method: 'GET', url: `/articles/${held[1]!.slug}` });
      assert.ok(page.body.includes(`id="comment-${held[1]!.id}"`));
      const events = await t.database.db.selectFrom('comment_events').select(['actor_label', 'from_status', 'to_status']).where('comment_id', '=', held[1]!.id).orderBy('id').execute();
      assert.deepEqual(events.at(-1), { actor_label: 'Test moderator', from_status: 'pending', to_status: 'approved' });
    });

    it('marks spam and restores, one comment at a time', async () => {
      const [first] = await t.database.db.selectFrom('comments').select(['id']).where('status', '=', 'approved').orderBy('id').limit(1).execute();
      assert.equal((await post(`/admin/comments/${first!.id}/spam`, {})).statusCode, 303);
      assert.equal((await t.database.db.selectFrom('comments').select('status').where('id', '=', first!.id).executeTakeFirstOrThrow()).status, 'spam');
      assert.equal((await post(`/admin/comments/${first!.id}/restore`, {})).statusCode, 303);
      assert.equal((await t.database.db.selectFrom('comments').select('status').where('id', '=', first!.id).executeTakeFirstOrThrow()).status, 'pending');
      const detail = await get(`/admin/comments/${first!.id}`);
      assert.match(detail.body, /moved it from approved to spam/);
      assert.match(detail.body, /moved it from spam to pending/);
    });

    it('edits a comment, keeping the moderator’s text when a field is wrong', async () => {
      const [c] = await t.database.db.selectFrom('comments').select(['id', 'author_name', 'author_email']).where('status', '=', 'approved').orderBy('id', 'desc').limit(1).execute();
      const bad = await post(`/admin/comments/${c!.id}`, { author: '', email: c!.author_email, url: 'not a url', comment: 'Edited <b>text</b>' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Edited &lt;b>text&lt;\/b><\/textarea>/);
      assert.equal((await post(`/admin/comments/${c!.id}`, { author: c!.author_name, email: c!.author_email, url: '', comment: 'Edited text.' })).statusCode, 303);
      assert.equal((await t.database.db.selectFrom('comments').select('body').where('id', '=', c!.id).executeTakeFirstOrThrow()).body, 'Edited text.');
    });

    it('replies as staff: published at once, nested, under the moderator’s name', async () => {
      const [c] = await t.database.db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id').select(['comments.id', 'articles.slug']).where('comments.status', '=', 'approved').orderBy('comments.id').limit(1).execute();
      assert.equal((await post(`/admin/comments/${c!.id}/reply`, { reply: 'Thank you; we have checked the figure.' })).statusCode, 303);
      const reply = await t.database.db.selectFrom('comments').select(['id', 'status', 'parent_id', 'author_name', 'staff_user_id']).orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.deepEqual([reply.status, reply.parent_id, reply.author_name], ['approved', c!.id, 'Test moderator']);
      const page = await t.app.inject({ method: 'GET', url: `/articles/${c!.slug}` });
      assert.ok(page.body.includes('Thank you; we have checked the figure.'));
      assert.ok(!page.body.includes('moderator@example.org'), 'the staff email stays private');
    });

    it('blocks an email: its later comments go to spam', async () => {
      const [c] = await t.database.db.selectFrom('comments').select(['id', 'author_email', 'author_name', 'article_id']).where('status', '=', 'approved').where('staff_user_id', 'is', null).orderBy('id').limit(1).execute();
      assert.equal((await post(`/admin/comments/${c!.id}/block-email`, {})).statusCode, 303);
      const service = new CommentService(t.database.db, t.database.dialect, t.clock, new RuleSpamChecker(), {
        publicationName: async () => 'X', articleUrl: (s) => `https://journal.example/articles/${s}`, deskUrl: () => '', unsubscribeUrl: () => '',
      }, async () => 'en');
      t.clock.set(new Date(Date.parse(TEST_NOW) + 3600_000));
      const result = await service.submitComment({ articleId: c!.article_id, parentId: null, author: c!.author_name, email: c!.author_email.toUpperCase(), url: '', comment: 'After the block.', ip: '192.0.2.201', userAgent: 'x', honeypot: '', fillSeconds: 30, notifyReplies: false });
      t.clock.set(TEST_NOW);
      assert.ok(result.kind === 'accepted');
      assert.equal(result.status, 'spam');
    });

    it('saves discussion settings, and refuses impossible ones with a message', async () => {
      const form = { commentsEnabled: '1', closeAfterDays: '0', manualApproval: '1', requirePreviouslyApproved: '1', holdLinkCount: '2', moderationWords: 'casino\n', disallowedWords: '', threadDepth: '11', minFillSeconds: '3', purgeAfterDays: '15', notifyModerators: '1', notifyAuthors: '1' };
      const bad = await post('/admin/discussion', form);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /The reply depth must be a whole number from 1 to 10./);
      assert.equal((await post('/admin/discussion', { ...form, threadDepth: '3' })).statusCode, 303);
      const page = await get('/admin/discussion');
      assert.match(page.body, /id="field-manualApproval" name="manualApproval" value="1" checked/);
      assert.match(page.body, /casino<\/textarea>/);
    });

    it('deletes spam and trash after the purge age, and nothing else', async () => {
      const moderation = new ModerationService(t.database.db, t.clock, undefined as never, async () => 'X');
      // As if all of it had been filed as spam or trash today.
      await t.database.db.updateTable('comments').set({ modified_at: TEST_NOW }).where('status', 'in', ['spam', 'trash']).execute();
      const spam = await t.database.db.selectFrom('comments').select(['id']).where('status', '=', 'spam').execute();
      const approved = (await t.database.db.selectFrom('comments').select('id').where('status', '=', 'approved').execute()).length;
      t.clock.set(new Date(Date.parse(TEST_NOW) + 14 * 86_400_000));
      assert.equal(await moderation.purgeOldSpamAndTrash(), 0, 'nothing is 15 days old yet');
      t.clock.set(new Date(Date.parse(TEST_NOW) + 16 * 86_400_000));
      assert.ok((await moderation.purgeOldSpamAndTrash()) >= spam.length);
      t.clock.set(TEST_NOW);
      assert.equal((await t.database.db.selectFrom('comments').select('id').where('status', 'in', ['spam', 'trash']).execute()).length, 0);
      assert.equal((await t.database.db.selectFrom('comments').select('id').where('status', '=', 'approved').execute()).length, approved);
    });
  });
}
