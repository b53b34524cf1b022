// The public pages over HTTP (inject), on each dialect, against the demo journal.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoArticles } from '../../src/modules/demo/demo.service.ts';
import { demoAuthors, demoSections } from '../../src/modules/demo/demo-journal.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';

const syndicated = demoArticles.find((a) => a.syndication)!;
const noted = demoArticles.find((a) => a.editorial?.some((e) => e.kind === 'editors_note'))!;

function jsonLdOf(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

for (const dialect of testDialects()) {
  describe(`public pages on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(async () => t.close());

    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

    it('serves the front page with the publication identity and every section', async () => {
      const res = await get('/');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^text\/html; charset=utf-8/);
      assert.match(res.body, /<a class="masthead__name" href="\/">The Ashgrove Review<\/a>/);
      assert.match(res.body, /<span class="masthead__issn">ISSN 2753-4189<\/span>/);
      for (const section of demoSections) assert.ok(res.body.includes(`href="/sections/${section.slug}"`), section.slug);
    });

    it('serves every demo article', async () => {
      for (const article of demoArticles) {
        const res = await get(`/articles/${article.slug}`);
        assert.equal(res.statusCode, 200, article.slug);
      }
    });

    it('types the JSON-LD by section and carries the ISSN', async () => {
      const opinion = demoArticles.find((a) => a.section === 'opinion')!;
      const [data] = jsonLdOf((await get(`/articles/${opinion.slug}`)).body);
      assert.equal(data!['@type'], 'OpinionNewsArticle');
      assert.equal(data!.isPartOf.issn, '2753-4189');
      assert.equal(data!.publisher['@type'], 'NewsMediaOrganization');
      const [analysis] = jsonLdOf((await get(`/articles/${noted.slug}`)).body);
      assert.equal(analysis!['@type'], 'AnalysisNewsArticle');
      assert.equal(analysis!.correction.length, 1);
    });

    it('points the canonical link of a syndicated article at the original', async () => {
      const res = await get(`/articles/${syndicated.slug}`);
      assert.ok(res.body.includes(`<link rel="canonical" href="${syndicated.syndication!.originalUrl}"/>`));
      assert.ok(res.body.includes(`href="${syndicated.syndication!.originalUrl}" class="syndication__link"`));
      assert.ok(!res.body.includes('name="robots"'));
    });

    it('shows the editorial entries, the updated date and the note on the author page', async () => {
      const res = await get(`/articles/${noted.slug}`);
      const note = noted.editorial!.find((e) => e.kind === 'editors_note')!;
      assert.match(res.body, /<aside class="editorial" aria-labelledby="editorial-heading">/);
      assert.ok(res.body.includes(`<span class="article__updated"><span>Updated </span><time datetime="${new Date(note.date).toISOString()}">`));
      const author = await get(`/authors/${note.alsoOnAuthor}`);
      assert.equal(author.statusCode, 200);
      assert.ok(author.body.includes(`href="/articles/${noted.slug}#note-`));
    });

    it('never shows pending, spam or trash comments, nor any commenter email', async () => {
      for (const article of demoArticles) {
        const res = await get(`/articles/${article.slug}`);
        const walk = (list: typeof article.comments = []): void => {
          for (const comment of list) {
            assert.ok(!res.body.includes(comment.email), `email of ${comment.name} leaked`);
            const firstLine = comment.body.split('\n')[0]!.slice(0, 60).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
            if (comment.status !== 'approved') assert.ok(!res.body.includes(firstLine), `${comment.status} comment shown on ${article.slug}`);
            walk(comment.replies);
          }
        };
        walk(article.comments);
      }
    });

    it('serves section, author and tag archives with pagination', async () => {
      for (const section of demoSections) assert.equal((await get(`/sections/${section.slug}`)).statusCode, 200);
      for (const author of demoAuthors) assert.equal((await get(`/authors/${author.slug}`)).statusCode, 200);
      const tag = await get('/tags/city-council');
      assert.equal(tag.statusCode, 200);
      assert.match(tag.body, /<h1 class="archive-header__title">Topic: City Council<\/h1>/);
      const opinionCount = demoArticles.filter((a) => a.section === 'opinion').length;
      assert.ok(opinionCount <= 12, 'the demo opinion archive fits one page');
      assert.equal((await get('/sections/opinion?page=2')).statusCode, 404);
    });

    it('answers an unknown slug with the 404 page and a way back', async () => {
      for (const url of ['/articles/no-such-thing', '/sections/nope', '/authors/nobody', '/tags/none', '/no/route/here']) {
        const res = await get(url);
        assert.equal(res.statusCode, 404, url);
        assert.match(res.body, /<a class="button" href="\/">Go to the front page<\/a>/);
        assert.match(res.body, /<meta name="robots" content="noindex"\/>/);
      }
    });

    it('hides drafts and scheduled articles everywhere it looks', async () => {
      for (const url of ['/articles/draft-library-hours-consultation', '/articles/ferry-timetable-winter-changes']) {
        assert.equal((await get(url)).statusCode, 404, url);
      }
      for (const url of ['/', '/sections/news', '/authors/maren-okafor', '/tags/transport', '/sitemap.xml']) {
        const body = (await get(url)).body;
        assert.ok(!body.includes('ferry-timetable-winter-changes') && !body.includes('draft-library-hours'), url);
      }
    });

    it('refuses malformed page numbers with 400, never 500', async () => {
      for (const page of ['abc', '0', '-1', '1e309', '1.5', '%00', '9999999999']) {
        const res = await get(`/sections/opinion?page=${page}`);
        assert.equal(res.statusCode, 400, page);
        assert.match(res.body, /The page number must be a whole number/);
      }
      const json = await get('/authors/maren-okafor?page=x', { accept: 'application/json' });
      assert.equal(json.statusCode, 400);
      assert.deepEqual(json.json(), { error: { code: 'BAD_PAGE_NUMBER', message: 'The page number must be a whole number from 1 upwards.' } });
    });

    it('lists every published article in the sitemap and nothing unpublished', async () => {
      const res = await get('/sitemap.xml');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^application\/xml/);
      const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      for (const article of demoArticles) assert.ok(locs.includes(`https://journal.example/articles/${article.slug}`), article.slug);
      assert.equal(locs.filter((l) => l!.includes('/articles/')).length, demoArticles.length);
    });

    it('answers health and readiness', async () => {
      assert.deepEqual((await get('/healthz')).json(), { status: 'ok' });
      assert.deepEqual((await get('/readyz')).json(), { status: 'ready' });
    });

    it('sends security headers on pages', async () => {
      const res = await get('/');
      const csp = res.headers['content-security-policy'] as string;
      assert.match(csp, /object-src 'none'/);
      assert.match(csp, /base-uri 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /upgrade-insecure-requests/, 'the test public URL is https');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
      assert.match(res.headers['strict-transport-security'] as string, /max-age=31536000/);
    });

    it('serves the stylesheet with a long cache life', async () => {
      const home = await get('/');
      const href = /<link rel="stylesheet" href="([^"]+)"/.exec(home.body)![1]!;
      const css = await get(href);
      assert.equal(css.statusCode, 200);
      assert.match(css.headers['cache-control'] as string, /immutable/);
    });

    it('answers robots.txt with the sitemap', async () => {
      assert.match((await get('/robots.txt')).body, /Sitemap: https:\/\/journal.example\/sitemap.xml/);
    });
  });
}
