// Test plan P1: commenters' email addresses are published nowhere. Canary addresses are
// given to approved, pending and spam comments, then every public page is crawled for the
// address, its local part and the hashes a Gravatar-style avatar would use.
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { CommentService } from '../../src/modules/comments/comment.service.ts';
import { RuleSpamChecker } from '../../src/modules/spam/spam-checker.ts';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';

const dialect = testDialects()[0]!;

function needlesFor(email: string): string[] {
  const lower = email.toLowerCase();
  return [
    lower,
    lower.split('@')[0]!,
    encodeURIComponent(lower),
    createHash('md5').update(lower).digest('hex'),
    createHash('sha256').update(lower).digest('hex'),
  ];
}

export function leaks(body: string, needles: string[]): string[] {
  const text = body.toLowerCase();
  return needles.filter((n) => text.includes(n));
}

describe('canary emails (P1)', () => {
  let t: TestApp;
  const canaries: string[] = [];
  let slugs: string[] = [];

  before(async () => {
    t = await createTestApp(dialect);
    const service = new CommentService(t.database.db, t.database.dialect, t.clock, new RuleSpamChecker(), {
      publicationName: async () => 'R', articleUrl: (s) => `https://journal.example/articles/${s}`, deskUrl: () => '', unsubscribeUrl: () => '',
    }, async () => 'en');
    const articles = await t.database.db.selectFrom('articles').select(['id', 'slug']).where('status', '=', 'published').execute();
    slugs = articles.map((a) => a.slug);
    let n = 0;
    for (const article of articles.slice(0, 6)) {
      for (const status of ['approved', 'pending', 'spam'] as const) {
        const email = `canary-${randomUUID()}@example.org`;
        canaries.push(email);
        t.clock.set(new Date(Date.parse(TEST_NOW) + ++n * 60_000));
        const result = await service.submitComment({ articleId: article.id, parentId: null, author: `Canary ${n}`, email, url: 'https://canary.example', comment: `Canary comment ${n} (${status}).`, ip: `192.0.2.${n}`, userAgent: 'x', honeypot: '', fillSeconds: 30, notifyReplies: true });
        assert.ok(result.kind === 'accepted' && result.commentId !== null);
        await t.database.db.updateTable('comments').set({ status }).where('id', '=', result.commentId).execute();
      }
    }
    t.clock.set(TEST_NOW);
  });
  after(async () => t.close());

  it('finds none of them on any public page, feed, sitemap or error page', async () => {
    const urls = new Set<string>(['/', '/privacy', '/corrections', '/corrections/feed', '/sitemap.xml', '/robots.txt', '/no-such-page', '/articles/no-such-article', '/sections/news?page=abc']);
    const sitemap = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
    for (const m of sitemap.body.matchAll(/<loc>https:\/\/journal\.example([^<]*)<\/loc>/g)) urls.add(m[1] || '/');
    for (const slug of slugs) {
      urls.add(`/articles/${slug}/history`);
      urls.add(`/articles/${slug}?held=1`);
    }
    const comments = await t.database.db.selectFrom('comments').select('id').where('status', '=', 'approved').limit(20).execute();
    for (const c of comments) urls.add(`/articles/${slugs[0]}?replytocom=${c.id}`);
    for (const tag of await t.database.db.selectFrom('tags').select('slug').execute()) urls.add(`/tags/${tag.slug}`);
    const needles = canaries.flatMap(needlesFor);
    let pages = 0;
    for (const url of urls) {
      const res = await t.app.inject({ method: 'GET', url });
      pages++;
      assert.deepEqual(leaks(res.body + JSON.stringify(res.headers), needles), [], `leak on ${url}`);
    }
    console.log(`crawled ${pages} public URLs for ${canaries.length} canary addresses`);
    assert.ok(pages > 60);
  });

  it('control: the crawl sees an address where there is one', () => {
    assert.deepEqual(leaks(`<p data-x="${canaries[0]!.toUpperCase()}">`, needlesFor(canaries[0]!)).length >= 2, true);
  });

  it('keeps the canary addresses for the moderators, who may see them', async () => {
    const stored = await t.database.db.selectFrom('comments').select('author_email').where('author_email', 'in', canaries).execute();
    assert.equal(stored.length, canaries.length);
  });
});
