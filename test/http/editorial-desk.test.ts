// The editorial desk over HTTP on each dialect: writing, scheduling, publishing, correcting,
// the public history and corrections pages, and the refusals that keep the record honest.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { createStaff, formBody, signIn, type SignedIn } from '../support/staff.ts';

const formHeaders = (session: SignedIn) => ({ cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' });

for (const dialect of testDialects()) {
  describe(`editorial desk on ${dialect}`, () => {
    let t: TestApp;
    let editor: SignedIn;
    let otherEditor: SignedIn;
    let contributor: SignedIn;
    let moderator: SignedIn;
    let newsId: string;
    let okaforId: string;

    before(async () => {
      t = await createTestApp(dialect);
      await createStaff(t, 'editor', 'editor@example.org');
      await createStaff(t, 'editor', 'second@example.org');
      await createStaff(t, 'contributor', 'contributor@example.org', 'ines-calloway');
      await createStaff(t, 'moderator', 'moderator@example.org');
      editor = await signIn(t.app, 'editor@example.org');
      otherEditor = await signIn(t.app, 'second@example.org');
      contributor = await signIn(t.app, 'contributor@example.org');
      moderator = await signIn(t.app, 'moderator@example.org');
      newsId = String((await t.database.db.selectFrom('sections').select('id').where('slug', '=', 'news').executeTakeFirstOrThrow()).id);
      okaforId = String((await t.database.db.selectFrom('authors').select('id').where('slug', '=', 'maren-okafor').executeTakeFirstOrThrow()).id);
    });
    after(async () => t.close());

    const article = (overrides: Record<string, string | string[]> = {}) => ({
      title: 'Night buses return to the Eastbank route',
      slug: '',
      dek: 'Three evening services come back from January.',
      sectionId: newsId,
      authorIds: [okaforId, '', '', ''],
      tags: 'Transport, City Council',
      body: 'The council restored **three** evening services.\n\nThe first bus leaves at 22:10.',
      excerpt: '',
      mode: 'draft',
      scheduleAt: '',
      commentsOpen: '1',
      lockVersion: '0',
      intent: 'save',
      ...overrides,
    });
    const create = (session: SignedIn, values: Record<string, string | string[]>) =>
      t.app.inject({ method: 'POST', url: '/admin/articles', headers: formHeaders(session), payload: formBody({ _csrf: session.csrf, ...values }) });
    const save = (session: SignedIn, id: string, values: Record<string, string | string[]>) =>
      t.app.inject({ method: 'POST', url: `/admin/articles/${id}`, headers: formHeaders(session), payload: formBody({ _csrf: session.csrf, ...values }) });
    const lockVersionOf = async (id: string) => String((await t.database.db.selectFrom('articles').select('lock_version').where('id', '=', Number(id)).executeTakeFirstOrThrow()).lock_version);
    const idFrom = (location: string) => /\/admin\/articles\/(\d+)/.exec(location)![1]!;

    it('writes a draft, previews it without saving, and keeps it private', async () => {
      const preview = await create(editor, article({ intent: 'preview' }));
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /<div class="preview__body prose" id="preview-body"><p>The council restored <strong>three<\/strong> evening services.<\/p>/);
      assert.equal((await t.database.db.selectFrom('articles').select('id').where('slug', '=', 'night-buses-return-to-the-eastbank-route').execute()).length, 0);
      const res = await create(editor, article());
      assert.equal(res.statusCode, 303);
      assert.equal((await t.app.inject({ method: 'GET', url: '/articles/night-buses-return-to-the-eastbank-route' })).statusCode, 404);
    });

    it('keeps everything typed and names the field when a slug is taken or the headline is empty', async () => {
      const duplicate = await create(editor, article({ slug: 'harbour-dredging-plan-splits-fishing-families', body: 'My <own> words & more' }));
      assert.equal(duplicate.statusCode, 400);
      assert.match(duplicate.body, /<p class="field__error" id="field-slug-error">Another article already uses this slug.<\/p>/);
      assert.match(duplicate.body, /My &lt;own> words &amp; more<\/textarea>/);
      const empty = await create(editor, article({ title: '   ', slug: 'untitled-piece' }));
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /<p class="field__error" id="field-title-error">A headline is required.<\/p>/);
    });

    it('schedules an article that becomes public at its time with no job running', async () => {
      const res = await create(editor, article({ title: 'Library hours: the consultation opens', mode: 'schedule', scheduleAt: '2026-11-30T09:00' }));
      assert.equal(res.statusCode, 303);
      assert.equal((await t.app.inject({ method: 'GET', url: '/articles/library-hours-the-consultation-opens' })).statusCode, 404);
      t.clock.set('2026-11-30T09:00:00.000Z');
      try {
        const live = await t.app.inject({ method: 'GET', url: '/articles/library-hours-the-consultation-opens' });
        assert.equal(live.statusCode, 200);
        assert.match(live.body, /<time datetime="2026-11-30T09:00:00.000Z">30 November 2026<\/time>/);
      } finally {
        t.clock.set(TEST_NOW);
      }
    });

    it('publishes, corrects, and shows the correction, the updated date, the history and the diff to readers', async () => {
      try {
        await publishAndCorrect();
      } finally {
        t.clock.set(TEST_NOW);
      }
    });

    async function publishAndCorrect() {
      const created = await create(editor, article({ title: 'Ferry fares rise by 32 per cent', mode: 'publish', body: 'Fares on the Saltings crossing rise by 32 per cent in March.' }));
      const id = idFrom(created.headers.location as string);
      const slug = 'ferry-fares-rise-by-32-per-cent';
      let page = await t.app.inject({ method: 'GET', url: `/articles/${slug}` });
      assert.equal(page.statusCode, 200);
      assert.ok(!page.body.includes('class="article__updated"'), 'no updated date yet');

      // A minor fix does not move the updated date.
      t.clock.set('2026-11-28T12:10:00.000Z');
      const minor = await save(editor, id, article({ title: 'Ferry fares rise by 32 per cent', slug, mode: 'publish', change: 'minor', lockVersion: await lockVersionOf(id), body: 'Fares on the Saltings crossing rise by 32 per cent in March.\n\nTickets go on sale now.' }));
      assert.equal(minor.statusCode, 303);
      page = await t.app.inject({ method: 'GET', url: `/articles/${slug}` });
      assert.ok(!page.body.includes('class="article__updated"'), 'a minor change leaves no updated date');

      // A substantive correction of the figure, with a signed correction entry.
      t.clock.set('2026-11-28T12:20:00.000Z');
      const fix = await save(editor, id, article({ title: 'Ferry fares rise by 23 per cent', slug, mode: 'publish', change: 'substantive', lockVersion: await lockVersionOf(id), body: 'Fares on the Saltings crossing rise by 23 per cent in March.\n\nTickets go on sale now.' }));
      assert.equal(fix.statusCode, 303);
      const entry = await t.app.inject({
        method: 'POST',
        url: `/admin/articles/${id}/entries`,
        headers: formHeaders(editor),
        payload: formBody({ _csrf: editor.csrf, kind: 'correction', entryBody: 'An earlier version gave the rise as 32 per cent. It is 23 per cent.', entryDate: '2026-11-28T12:20', signedBy: 'The Editors' }),
      });
      assert.equal(entry.statusCode, 303);

      page = await t.app.inject({ method: 'GET', url: `/articles/${slug}` });
      assert.match(page.body, /<span class="article__updated"><span>Updated <\/span><time datetime="2026-11-28T12:20:00.000Z">/);
      assert.match(page.body, /<section class="editorial-entry editorial-entry--correction" id="note-\d+">/);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)![1]!);
      assert.equal(jsonLd.correction[0].text, 'An earlier version gave the rise as 32 per cent. It is 23 per cent.');

      const history = await t.app.inject({ method: 'GET', url: `/articles/${slug}/history` });
      assert.equal(history.statusCode, 200);
      assert.equal((history.body.match(/class="version-list__name"/g) ?? []).length, 3);
      assert.match(history.body, /Minor change \(wording or formatting\)/);
      assert.match(history.body, /rise by <del>32<\/del><ins>23<\/ins> per cent/);
      const early = await t.app.inject({ method: 'GET', url: `/articles/${slug}/history?from=1&to=2` });
      assert.match(early.body, /<ins>\s*Tickets go on sale now\.<\/ins>/);
      assert.equal((await t.app.inject({ method: 'GET', url: `/articles/${slug}/history?from=9&to=1` })).statusCode, 400);

      const corrections = await t.app.inject({ method: 'GET', url: '/corrections' });
      assert.match(corrections.body, /<a href="\/articles\/ferry-fares-rise-by-32-per-cent#note-\d+">Ferry fares rise by 23 per cent<\/a>/);
      const feed = await t.app.inject({ method: 'GET', url: '/corrections/feed' });
      assert.match(feed.headers['content-type'] as string, /^application\/atom\+xml/);
      assert.match(feed.body, /<title type="html"><!\[CDATA\[Correction: Ferry fares rise by 23 per cent\]\]><\/title>/);
    }

    it('warns instead of overwriting when someone else saved meanwhile, showing both versions', async () => {
      const created = await create(editor, article({ title: 'Council tax: the options', body: 'Original text.' }));
      const id = idFrom(created.headers.location as string);
      const opened = await lockVersionOf(id);
      assert.equal((await save(otherEditor, id, article({ title: 'Council tax: the options', slug: 'council-tax-the-options', lockVersion: opened, body: 'Their newer text.' }))).statusCode, 303);
      const late = await save(editor, id, article({ title: 'Council tax: the options', slug: 'council-tax-the-options', lockVersion: opened, body: 'My competing text.' }));
      assert.equal(late.statusCode, 409);
      assert.match(late.body, /Someone else saved this article while you were editing/);
      assert.match(late.body, /My competing text.<\/textarea>/);
      assert.match(late.body, /<del>Their newer text.<\/del>|<del>Their<\/del>/);
      const stored = await t.database.db.selectFrom('articles').select('body_markdown').where('id', '=', Number(id)).executeTakeFirstOrThrow();
      assert.equal(stored.body_markdown, 'Their newer text.');
    });

    it('never lets a contributor publish, nor edit someone else’s article', async () => {
      const res = await create(contributor, article({ title: 'A river diary', mode: 'publish', authorIds: ['', '', '', ''] }));
      assert.equal(res.statusCode, 303);
      const row = await t.database.db.selectFrom('articles').select(['id', 'status']).where('slug', '=', 'a-river-diary').executeTakeFirstOrThrow();
      assert.equal(row.status, 'draft');
      assert.equal((await t.app.inject({ method: 'GET', url: '/articles/a-river-diary' })).statusCode, 404);
      const editorsArticle = await t.database.db.selectFrom('articles').select('id').where('slug', '=', 'harbour-dredging-plan-splits-fishing-families').executeTakeFirstOrThrow();
      assert.equal((await t.app.inject({ method: 'GET', url: `/admin/articles/${editorsArticle.id}`, headers: { cookie: contributor.cookie } })).statusCode, 403);
      assert.equal((await t.app.inject({ method: 'GET', url: `/admin/articles/${row.id}`, headers: { cookie: contributor.cookie } })).statusCode, 200);
    });

    it('keeps a moderator out of the article editor', async () => {
      assert.equal((await t.app.inject({ method: 'GET', url: '/admin/articles/new', headers: { cookie: moderator.cookie } })).statusCode, 403);
      assert.equal((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: moderator.cookie } })).statusCode, 200);
    });

    it('records who did what in the audit log', async () => {
      const actions = (await t.database.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action);
      for (const action of ['login', 'article.created', 'article.published', 'article.updated', 'editorial.correction_added']) {
        assert.ok(actions.includes(action), `audit has ${action}`);
      }
    });
  });
}

for (const dialect of testDialects()) {
  describe(`revisions on ${dialect}`, () => {
    let t: TestApp;
    let editor: SignedIn;
    before(async () => {
      t = await createTestApp(dialect);
      await createStaff(t, 'editor', 'editor@example.org');
      editor = await signIn(t.app, 'editor@example.org');
    });
    after(async () => t.close());

    it('autosaves without touching the article, compares revisions and restores one', async () => {
      const row = await t.database.db.selectFrom('articles').select(['id', 'slug', 'title', 'body_markdown', 'lock_version', 'section_id']).where('slug', '=', 'low-water-quayside-playhouse-review').executeTakeFirstOrThrow();
      const author = await t.database.db.selectFrom('article_authors').select('author_id').where('article_id', '=', row.id).executeTakeFirstOrThrow();
      const base = { _csrf: editor.csrf, title: row.title, slug: row.slug, dek: '', sectionId: String(row.section_id), authorIds: [String(author.author_id), '', '', ''], tags: '', excerpt: '', mode: 'publish', scheduleAt: '', commentsOpen: '1' };
      const headers = { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' };

      const autosave = await t.app.inject({ method: 'POST', url: `/admin/articles/${row.id}/autosave`, headers, payload: formBody({ ...base, body: 'Unsaved thoughts.', lockVersion: String(row.lock_version) }) });
      assert.equal(autosave.statusCode, 200);
      assert.equal(autosave.json().saved, TEST_NOW);
      const unchanged = await t.database.db.selectFrom('articles').select('body_markdown').where('id', '=', row.id).executeTakeFirstOrThrow();
      assert.equal(unchanged.body_markdown, row.body_markdown);

      const saved = await t.app.inject({ method: 'POST', url: `/admin/articles/${row.id}`, headers, payload: formBody({ ...base, body: 'A shorter replacement text.', change: 'substantive', lockVersion: String(row.lock_version), intent: 'save' }) });
      assert.equal(saved.statusCode, 303);
      const revisions = await t.database.db.selectFrom('article_revisions').select(['id', 'kind']).where('article_id', '=', row.id).orderBy('id').execute();
      assert.deepEqual(revisions.map((r) => r.kind), ['published', 'autosave', 'published']);
      const [first, , latest] = revisions;

      const compare = await t.app.inject({ method: 'GET', url: `/admin/articles/${row.id}/revisions?a=${first!.id}&b=${latest!.id}`, headers: { cookie: editor.cookie } });
      assert.equal(compare.statusCode, 200);
      assert.match(compare.body, /<ins>A shorter replacement text.<\/ins>|<ins>[^<]*replacement[^<]*<\/ins>/);

      const restore = await t.app.inject({ method: 'POST', url: `/admin/articles/${row.id}/revisions/${first!.id}/restore`, headers, payload: formBody({ _csrf: editor.csrf }) });
      assert.equal(restore.statusCode, 303);
      const restored = await t.database.db.selectFrom('articles').select('body_markdown').where('id', '=', row.id).executeTakeFirstOrThrow();
      assert.equal(restored.body_markdown, row.body_markdown);
      // Restoring adds a version; it never rewrites history.
      assert.equal((await t.database.db.selectFrom('article_revisions').select('id').where('article_id', '=', row.id).where('kind', '=', 'published').execute()).length, 3);
    });
  });
}
