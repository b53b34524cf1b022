// Test plan I1, I4, I5: hostile strings through every field of the comment form and the
// desk's article, entry, author and settings forms. Never a 5xx; everything stored comes
// back escaped on the public page and in the desk; nothing is silently truncated.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { hostileStrings, rawMarkup } from '../support/payloads.ts';
import { absorbCookies, cookieHeader, createStaff, formBody, signIn, type SignedIn } from '../support/staff.ts';

const dialect = testDialects()[0]!;
const slug = 'harbour-dredging-plan-splits-fishing-families';

/** Payload fragments that appear raw in a page: each would be a tag the browser parses. */
export function unescapedIn(html: string, payloads: string[]): string[] {
  const found: string[] = [];
  for (const payload of payloads) for (const tag of rawMarkup(payload)) if (tag.length > 3 && html.includes(tag)) found.push(tag);
  return found;
}

describe('hostile strings', () => {
  let t: TestApp;
  let editor: SignedIn;
  let articleId: string;
  let form: { cookie: string; csrf: string; stamp: string };
  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);

  before(async () => {
    t = await createTestApp(dialect);
    await createStaff(t, 'admin', 'admin@example.org');
    editor = await signIn(t.app, 'admin@example.org');
    const page = await t.app.inject({ method: 'GET', url: `/articles/${slug}` });
    const jar: Record<string, string> = {};
    absorbCookies(jar, page.headers['set-cookie']);
    const hidden = (name: string) => new RegExp(`name="${name}"(?: id="[^"]*")? value="([^"]*)"`).exec(page.body)![1]!;
    articleId = hidden('comment_post_ID');
    form = { cookie: cookieHeader(jar), csrf: hidden('_csrf'), stamp: hidden('form_stamp') };
    // Old enough a form for the fill-time rule; sessions of the desk stay fresh enough.
    t.clock.set(new Date(Date.parse(TEST_NOW) + 20_000));
  });
  after(async () => {
    console.log(`status codes: ${JSON.stringify(Object.fromEntries(statuses))}`);
    await t.close();
  });

  it(`sends ${hostileStrings.length} strings through every comment field without a 5xx`, async () => {
    let index = 0;
    for (const payload of hostileStrings) {
      index++;
      for (const target of ['comment', 'author', 'url', 'email'] as const) {
        const values: Record<string, string> = {
          comment_post_ID: articleId, comment_parent: '0', _csrf: form.csrf, form_stamp: form.stamp, hp_url: '',
          comment: `Comment ${index} ${target}`, author: `Reader ${index}`, email: `reader${index}.${target}@example.org`, url: '',
        };
        values[target] = target === 'email' ? `${payload}@example.org` : payload;
        const res = await t.app.inject({
          method: 'POST', url: '/comments', remoteAddress: `10.${index % 250}.${['comment', 'author', 'url', 'email'].indexOf(target)}.${Math.floor(index / 250)}`,
          headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: formBody(values),
        });
        count(res.statusCode);
        assert.ok(res.statusCode < 500, `${res.statusCode} for ${target}=${JSON.stringify(payload.slice(0, 40))}`);
      }
    }
  });

  it('shows every stored payload escaped on the public page and in the desk', async () => {
    // Publish what the rules held, so the public page carries the payloads too.
    await t.database.db.updateTable('comments').set({ status: 'approved' }).where('status', 'in', ['pending', 'spam']).execute();
    const stored = await t.database.db.selectFrom('comments').select(['body', 'author_name', 'author_url']).execute();
    const payloads = stored.flatMap((c) => [c.body, c.author_name, c.author_url ?? '']).filter((p) => /</.test(p));
    assert.ok(payloads.length > 100, `payloads with markup stored: ${payloads.length}`);
    const pages = [`/articles/${slug}`];
    for (let page = 1; page <= 5; page++) pages.push(`/admin/comments?status=approved&page=${page}`);
    for (const url of pages) {
      const res = await t.app.inject({ method: 'GET', url, headers: url.startsWith('/admin') ? { cookie: editor.cookie } : {} });
      assert.equal(res.statusCode, 200, url);
      assert.deepEqual(unescapedIn(res.body, payloads), [], `raw markup on ${url}`);
    }
  });

  it('control: the check finds a payload printed raw', () => {
    assert.deepEqual(unescapedIn('<p><img src=x onerror=alert(1)></p>', ['<img src=x onerror=alert(1)>']), ['<img src=x onerror=alert(1)>']);
  });

  it('sends the strings through the desk’s article, entry, author and settings forms without a 5xx, shown escaped', async () => {
    const news = await t.database.db.selectFrom('sections').select('id').where('slug', '=', 'news').executeTakeFirstOrThrow();
    const author = await t.database.db.selectFrom('authors').select('id').where('slug', '=', 'maren-okafor').executeTakeFirstOrThrow();
    const headers = { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' };
    const sample = hostileStrings.filter((_, i) => i % 5 === 0);
    let i = 0;
    for (const payload of sample) {
      i++;
      const article = await t.app.inject({
        method: 'POST', url: '/admin/articles', headers,
        payload: formBody({ _csrf: editor.csrf, title: `${payload} ${i}`, slug: '', dek: payload, sectionId: String(news.id), authorIds: [String(author.id)], tags: `${payload}, plain`, body: payload, excerpt: '', mode: 'publish', scheduleAt: '', commentsOpen: '1', lockVersion: '0', intent: 'save', imageUrl: '', imageAlt: '' }),
      });
      count(article.statusCode);
      assert.ok(article.statusCode < 500, `article: ${article.statusCode} for ${JSON.stringify(payload.slice(0, 40))}`);
      const authorForm = await t.app.inject({ method: 'POST', url: '/admin/authors', headers, payload: formBody({ _csrf: editor.csrf, name: payload, slug: '', roleTitle: payload, bio: payload, photoUrl: '', links: '' }) });
      count(authorForm.statusCode);
      assert.ok(authorForm.statusCode < 500, `author: ${authorForm.statusCode}`);
      const search = await t.app.inject({ method: 'GET', url: `/admin/articles?${new URLSearchParams({ q: payload.slice(0, 200), status: payload.slice(0, 20) }).toString()}`, headers: { cookie: editor.cookie } });
      count(search.statusCode);
      assert.ok(search.statusCode < 500, `search: ${search.statusCode}`);
      const page = await t.app.inject({ method: 'GET', url: `/sections/news?${new URLSearchParams({ page: payload.slice(0, 50) }).toString()}` });
      assert.ok(page.statusCode < 500, `page param: ${page.statusCode}`);
    }
    const settings = await t.app.inject({ method: 'POST', url: '/admin/settings', headers, payload: formBody({ _csrf: editor.csrf, name: '<script>alert(1)</script>', tagline: '"><svg onload=alert(1)>', issn: '', logoUrl: '', accentColor: '#9b1c1c', language: 'en-GB', timeZone: 'Europe/London' }) });
    assert.equal(settings.statusCode, 303);
    const markup = sample.filter((p) => /</.test(p));
    for (const url of ['/', '/sections/news', '/authors/maren-okafor', '/admin/articles', '/admin/authors', '/admin/settings', '/corrections']) {
      const res = await t.app.inject({ method: 'GET', url, headers: url.startsWith('/admin') ? { cookie: editor.cookie } : {} });
      assert.ok(res.statusCode < 500, url);
      assert.deepEqual(unescapedIn(res.body, [...markup, '<script>alert(1)</script>', '"><svg onload=alert(1)>']), [], `raw markup on ${url}`);
    }
  });

  it('handles malformed requests with 4xx, never 5xx (I5)', async () => {
    const cases: [string, string, string, Record<string, string>][] = [
      ['POST', '/comments', '%E0%A4%A', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['POST', '/comments', '{"comment":"json to a form"}', { 'content-type': 'application/json' }],
      ['POST', '/comments', 'comment=a&comment=b&comment_post_ID=1&comment_post_ID=2', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['POST', '/comments', 'x', { 'content-type': 'text/xml' }],
      ['POST', '/comments', 'a='.padEnd(70_000, 'a'), { 'content-type': 'application/x-www-form-urlencoded' }],
      ['GET', '/sections/news?page=-1', '', {}],
      ['GET', '/sections/news?page=1e309', '', {}],
      ['GET', "/articles/1'", '', {}],
      ['GET', '/articles/%ff%fe', '', {}],
      ['GET', `/articles/${'a'.repeat(5000)}`, '', {}],
    ];
    for (const [method, url, payload, headers] of cases) {
      const res = await t.app.inject({ method: method as 'GET', url, payload: payload || undefined, headers });
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${method} ${url.slice(0, 60)} ${headers['content-type'] ?? ''} → ${res.statusCode}`);
    }
  });
});
