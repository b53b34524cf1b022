// The reader's comment form over HTTP on each dialect: every outcome of the pipeline, the
// reader's text kept on refusal, held comments visible only to their writer, notifications.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { demoArticles } from '../../src/modules/demo/demo.service.ts';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { absorbCookies, cookieHeader, createStaff, formBody, signIn } from '../support/staff.ts';
import { campaignComment } from '../support/spam-campaign.ts';

const slug = 'what-the-tarrow-bridge-tolls-really-cost';
const demo = demoArticles.find((a) => a.slug === slug)!;
const returning = demo.comments!.find((c) => c.status === 'approved')!;

for (const dialect of testDialects()) {
  describe(`comments on ${dialect}`, () => {
    let t: TestApp;
    let clockMs = Date.parse(TEST_NOW);
    let ipCounter = 1;
    before(async () => {
      t = await createTestApp(dialect);
      await createStaff(t, 'moderator', 'moderator@example.org');
    });
    after(async () => t.close());
    beforeEach(() => {
      // Every test starts a minute later, past any flood window.
      clockMs += 60_000;
      t.clock.set(new Date(clockMs));
    });

    /** Opens the article like a browser, waits like a person, and posts the form. */
    async function post(fields: Record<string, string>, options: { ip?: string; wait?: number; jar?: Record<string, string>; query?: string } = {}) {
      const ip = options.ip ?? `203.0.113.${ipCounter++}`;
      const jar = options.jar ?? {};
      const page = await t.app.inject({ method: 'GET', url: `/articles/${slug}${options.query ?? ''}`, remoteAddress: ip, headers: { cookie: cookieHeader(jar) } });
      absorbCookies(jar, page.headers['set-cookie']);
      const hidden = (name: string) => new RegExp(`name="${name}"(?: id="[^"]*")? value="([^"]*)"`).exec(page.body)?.[1] ?? '';
      clockMs += (options.wait ?? 20) * 1000;
      t.clock.set(new Date(clockMs));
      const res = await t.app.inject({
        method: 'POST',
        url: '/comments',
        remoteAddress: ip,
        headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Mozilla/5.0 (test)' },
        payload: formBody({
          comment_post_ID: hidden('comment_post_ID'), comment_parent: hidden('comment_parent'), _csrf: hidden('_csrf'), form_stamp: hidden('form_stamp'), hp_url: '',
          comment: 'The toll numbers deserve a second look.', author: 'Nadia Brook', email: `nadia${ipCounter}@example.net`, url: '',
          ...fields,
        }),
      });
      absorbCookies(jar, res.headers['set-cookie']);
      return { res, jar, ip };
    }
    const statusOfLatest = async () => (await t.database.db.selectFrom('comments').select(['id', 'status', 'body', 'author_name', 'parent_id']).orderBy('id', 'desc').executeTakeFirstOrThrow());

    it('shows the WordPress-shaped form with its notices', async () => {
      const page = await t.app.inject({ method: 'GET', url: `/articles/${slug}` });
      for (const name of ['comment', 'author', 'email', 'url', 'comment_parent', 'comment_post_ID', '_csrf']) assert.match(page.body, new RegExp(`name="${name}"`), name);
      assert.match(page.body, /Your email address will not be published./);
      assert.match(page.body, /Required fields are marked \*/);
      assert.match(page.body, /<label for="comment">Comment \*<\/label>/);
      assert.match(page.body, /<label for="author">Name \*<\/label>/);
      assert.match(page.body, /<label for="url">Website<\/label>/);
      assert.match(page.body, /name="wp-comment-cookies-consent" type="checkbox" value="yes"\/>/, 'remember box unticked by default');
      assert.match(page.body, /<a href="\/privacy">How your comment data is processed<\/a>/);
      assert.match(page.body, /href="\/articles\/what-the-tarrow-bridge-tolls-really-cost\?replytocom=\d+#respond"/);
    });

    it('holds a first-time commenter, shows the comment only to its writer, and tells the moderators', async () => {
      const { res, jar } = await post({ comment: 'First time here: the 2019 figures were optimistic.' });
      assert.equal(res.statusCode, 303);
      const latest = await statusOfLatest();
      assert.equal(latest.status, 'pending');
      assert.equal(res.headers.location, `/articles/${slug}?held=1#comment-${latest.id}`);
      const own = await t.app.inject({ method: 'GET', url: res.headers.location as string, headers: { cookie: cookieHeader(jar) } });
      assert.match(own.body, new RegExp(`<li class="comment comment--depth-1 comment--held" id="comment-${latest.id}">`));
      assert.match(own.body, /Your comment is awaiting moderation. Only you can see it/);
      const stranger = await t.app.inject({ method: 'GET', url: `/articles/${slug}` });
      assert.ok(!stranger.body.includes('the 2019 figures were optimistic'));
      const events = await t.database.db.selectFrom('comment_events').select(['to_status', 'reasons', 'actor_label']).where('comment_id', '=', latest.id).execute();
      assert.deepEqual(events.map((e) => [e.actor_label, e.to_status, JSON.parse(e.reasons)]), [['moderation rules', 'pending', ['First comment from this author: held for a moderator.']]]);
      const mail = await t.database.db.selectFrom('outbox').select(['recipient', 'subject']).orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(mail.recipient, 'moderator@example.org');
      assert.match(mail.subject, /Comment held for moderation: What the Tarrow Bridge tolls really cost/);
    });

    it('publishes a returning commenter at once and redirects to the comment', async () => {
      const { res } = await post({ author: returning.name, email: returning.email, comment: 'Back again with one more question about the contract.' });
      const latest = await statusOfLatest();
      assert.equal(latest.status, 'approved');
      assert.equal(res.headers.location, `/articles/${slug}?posted=1#comment-${latest.id}`);
      const page = await t.app.inject({ method: 'GET', url: `/articles/${slug}` });
      assert.match(page.body, /Back again with one more question about the contract./);
    });

    it('keeps the text and marks each bad field, focusing the first', async () => {
      const before = (await statusOfLatest()).id;
      const { res } = await post({ comment: 'My <careful> reply & more', author: '', email: 'nope', url: 'ftp://x' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /My &lt;careful> reply &amp; more<\/textarea>/);
      assert.match(res.body, /<span class="comment-form__error" id="author-error">Give your name.<\/span>/);
      assert.match(res.body, /id="email-error">This does not look like an email address./);
      assert.match(res.body, /id="url-error">A website must start with http:\/\/ or https:\/\/./);
      assert.match(res.body, /id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required aria-invalid="true" aria-describedby="author-error" autofocus/);
      assert.equal((await statusOfLatest()).id, before, 'nothing stored');
    });

    it('stores a name exactly at the limit and refuses one over it, never truncating', async () => {
      const exact = 'N'.repeat(245);
      await post({ author: exact, comment: 'At the limit.' });
      assert.equal((await statusOfLatest()).author_name, exact);
      const before = (await statusOfLatest()).id;
      const { res } = await post({ author: 'N'.repeat(246), comment: 'Over the limit.' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /246 characters long; the limit is 245/);
      assert.equal((await statusOfLatest()).id, before);
    });

    it('answers 429 to a second comment from the same address within 15 s, keeping the text', async () => {
      const ip = '198.51.100.200';
      await post({ comment: 'One thing.', email: 'fast@example.org' }, { ip });
      const { res } = await post({ comment: 'And another thing, quickly.', email: 'fast@example.org' }, { ip, wait: 5 });
      assert.equal(res.statusCode, 429);
      assert.equal(res.headers['retry-after'], '15');
      assert.match(res.body, /And another thing, quickly.<\/textarea>/);
    });

    it('answers 409 to the same text on the same article', async () => {
      await post({ comment: 'Exactly the same words.' });
      const { res } = await post({ comment: 'exactly   the same WORDS.' });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /You have already posted this comment here./);
    });

    it('holds a comment with two links', async () => {
      const { res } = await post({ comment: 'Sources: https://a.example/x and https://b.example/y' });
      assert.equal(res.statusCode, 303);
      assert.equal((await statusOfLatest()).status, 'pending');
    });

    it('files a filled honeypot and a too-quick form as spam, with the ordinary held answer', async () => {
      const trap = await post({ hp_url: 'https://spam.example', comment: 'Robot text one.' });
      assert.equal(trap.res.statusCode, 303);
      assert.equal(trap.res.headers.location, `/articles/${slug}?held=1#respond`);
      assert.equal((await statusOfLatest()).status, 'spam');
      await post({ comment: 'Robot text two.' }, { wait: 1 });
      assert.equal((await statusOfLatest()).status, 'spam');
    });

    it('refuses a post without the form token, keeping the text', async () => {
      const res = await t.app.inject({
        method: 'POST', url: '/comments', remoteAddress: '192.0.2.77', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: formBody({ comment_post_ID: String((await t.database.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id), comment: 'Forged from elsewhere', author: 'X', email: 'x@example.org' }),
      });
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /Forged from elsewhere<\/textarea>/);
    });

    it('remembers name, email and website only when asked', async () => {
      const asked = await post({ author: returning.name, email: returning.email, comment: 'Remember me, please.', 'wp-comment-cookies-consent': 'yes', url: 'https://ruth.example' });
      assert.ok(asked.jar.mh_commenter, 'cookie set');
      const page = await t.app.inject({ method: 'GET', url: `/articles/${slug}`, headers: { cookie: cookieHeader(asked.jar) } });
      assert.ok(page.body.includes(`id="email" name="email" type="email" value="${returning.email}"`));
      const notAsked = await post({ comment: 'Do not remember me.' });
      assert.equal(notAsked.jar.mh_commenter, undefined);
    });

    it('nests a reply under its parent, and mails the parent’s author with a working unsubscribe link', async () => {
      const parent = await t.database.db.selectFrom('comments').select(['id', 'author_name']).where('status', '=', 'approved').where('author_email', '!=', returning.email).where('parent_id', 'is', null)
        .where('article_id', '=', (await t.database.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id)
        .orderBy('id').executeTakeFirstOrThrow();
      await t.database.db.updateTable('comments').set({ notify_replies: 1 }).where('id', '=', parent.id).execute();
      const form = await t.app.inject({ method: 'GET', url: `/articles/${slug}?replytocom=${parent.id}` });
      assert.match(form.body, new RegExp(`Reply to ${parent.author_name}`));
      const { res } = await post({ author: returning.name, email: returning.email, comment: 'A reply in the thread.' }, { query: `?replytocom=${parent.id}` });
      assert.equal(res.statusCode, 303);
      const reply = await statusOfLatest();
      assert.equal(reply.parent_id, parent.id);
      const page = await t.app.inject({ method: 'GET', url: `/articles/${slug}` });
      assert.match(page.body, new RegExp(`id="comment-${parent.id}">[\\s\\S]*<ol class="comment-replies">[\\s\\S]*id="comment-${reply.id}"`));
      const mail = await t.database.db.selectFrom('outbox').select(['recipient', 'body']).where('subject', 'like', '%replied to your comment%').orderBy('id', 'desc').executeTakeFirstOrThrow();
      const link = /https:\/\/journal\.example(\/comments\/unsubscribe\?c=\d+&s=[\w-]+)/.exec(mail.body)![1]!;
      assert.equal((await t.app.inject({ method: 'GET', url: link })).statusCode, 200);
      const after = await t.database.db.selectFrom('comments').select('notify_replies').where('id', '=', parent.id).executeTakeFirstOrThrow();
      assert.equal(after.notify_replies, 0);
      assert.equal((await t.app.inject({ method: 'GET', url: link.replace(/s=[\w-]+/, 's=forged') })).statusCode, 400);
    });

    it('learns from the moderators: once they file a campaign as spam, its next comment is filed as spam', async () => {
      const campaign = (n: number) => {
        const { comment, author, email, url } = campaignComment(n);
        return { comment, author, email, url };
      };
      const before = await post(campaign(1));
      assert.equal(before.res.statusCode, 303);
      const first = await statusOfLatest();
      assert.equal(first.status, 'pending', 'the engine as shipped lets it through to the moderators');
      const moderator = await signIn(t.app, 'moderator@example.org');
      const fileAsSpam = (id: number) =>
        t.app.inject({ method: 'POST', url: `/admin/comments/${id}/spam`, headers: { cookie: moderator.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: formBody({ _csrf: moderator.csrf }) });
      assert.equal((await fileAsSpam(first.id)).statusCode, 303);
      for (const n of [2, 3]) {
        clockMs += 60_000;
        await post(campaign(n));
        assert.equal((await fileAsSpam((await statusOfLatest()).id)).statusCode, 303);
      }
      const history = await t.app.inject({ method: 'GET', url: `/admin/comments/${first.id}`, headers: { cookie: moderator.cookie } });
      assert.match(history.body, /Reported to the spam filter as spam/);

      clockMs += 60_000;
      await post(campaign(9));
      assert.equal((await statusOfLatest()).status, 'spam', 'three lessons later, the campaign goes to spam');
      clockMs += 60_000;
      await post({ comment: 'Does anyone know when the ferry timetable changes this winter?', author: 'Rosa Penhale', email: 'rosa@example.net' });
      assert.equal((await statusOfLatest()).status, 'pending', 'an ordinary reader is not caught by the campaign’s lessons');
    });
  });
}

for (const dialect of testDialects()) {
  describe(`privacy page on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(async () => t.close());

    it('describes the rules in force, and follows the settings', async () => {
      const page = await t.app.inject({ method: 'GET', url: '/privacy' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /A first comment is approved by a moderator/);
      assert.match(page.body, /A comment with 2 or more links is held/);
      assert.match(page.body, /deleted after 15 days/);
      assert.match(page.body, /Nothing about you or your comment is sent to another company/);
      await t.database.db.insertInto('settings').values({ key: 'discussion', value: JSON.stringify({ manualApproval: true, holdLinkCount: 0, purgeAfterDays: 30 }), updated_at: TEST_NOW }).execute();
      const after = await t.app.inject({ method: 'GET', url: '/privacy' });
      assert.match(after.body, /Every comment is approved by a moderator before it appears/);
      assert.ok(!after.body.includes('links is held'));
      assert.match(after.body, /deleted after 30 days/);
    });

  });
}
