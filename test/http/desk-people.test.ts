// Settings, authors, sections, tags and staff accounts through the desk, on each dialect.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { createStaff, formBody, signIn, type SignedIn } from '../support/staff.ts';

for (const dialect of testDialects()) {
  describe(`desk settings and people on ${dialect}`, () => {
    let t: TestApp;
    let admin: SignedIn;
    before(async () => {
      t = await createTestApp(dialect);
      await createStaff(t, 'admin', 'admin@example.org');
      admin = await signIn(t.app, 'admin@example.org');
    });
    after(async () => t.close());

    const post = (url: string, values: Record<string, string>, session = admin) =>
      t.app.inject({ method: 'POST', url, headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: formBody({ _csrf: session.csrf, ...values }) });
    const settings = (overrides: Record<string, string>) => ({
      name: 'The Ashgrove Review', tagline: 'River city', issn: '2753-4189', logoUrl: '', accentColor: '#9b1c1c', language: 'en-GB', timeZone: 'Europe/London', ...overrides,
    });

    it('refuses an ISSN whose check digit is wrong, next to the field, keeping what was typed', async () => {
      const res = await post('/admin/settings', settings({ issn: '2753-4188', tagline: 'Kept <tagline>' }));
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<p class="field__error" id="field-issn-error">The check digit does not match/);
      assert.match(res.body, /value="Kept &lt;tagline&gt;"/);
      const stored = await t.database.db.selectFrom('publications').select('issn').executeTakeFirstOrThrow();
      assert.equal(stored.issn, '2753-4189');
    });

    it('saves valid settings, and the public pages follow them', async () => {
      assert.equal((await post('/admin/settings', settings({ name: 'The Tarrow Review', issn: '0378-5955', language: 'en-US', timeZone: 'America/Toronto' }))).statusCode, 303);
      const home = await t.app.inject({ method: 'GET', url: '/' });
      assert.match(home.body, /<a class="masthead__name" href="\/">The Tarrow Review<\/a>/);
      assert.match(home.body, /ISSN 0378-5955/);
      assert.match(home.body, /<html lang="en-US">/);
      assert.match(home.body, /November \d{1,2}, 2026/, 'US date order');
      assert.equal((await post('/admin/settings', settings({}))).statusCode, 303);
    });

    it('refuses a bad colour, language and time zone at once', async () => {
      const res = await post('/admin/settings', settings({ accentColor: 'red', language: 'not a language', timeZone: 'Mars/Base' }));
      assert.equal(res.statusCode, 400);
      for (const name of ['accentColor', 'language', 'timeZone']) assert.match(res.body, new RegExp(`id="field-${name}-error"`));
    });

    it('creates an author and refuses a second with the same slug', async () => {
      const created = await post('/admin/authors', { name: 'Ada Fenwick', slug: '', roleTitle: 'Guest writer', bio: 'Writes about canals.', photoUrl: '', links: 'Website | https://ada.example', bylineOnly: '1' });
      assert.equal(created.statusCode, 303);
      const page = await t.app.inject({ method: 'GET', url: '/authors/ada-fenwick' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<a href="https:\/\/ada.example" rel="me noopener">Website<\/a>/);
      const duplicate = await post('/admin/authors', { name: 'Ada Fenwick', slug: 'ada-fenwick', roleTitle: '', bio: 'Another bio', photoUrl: '', links: '' });
      assert.equal(duplicate.statusCode, 400);
      assert.match(duplicate.body, /Another author already uses this slug/);
      assert.match(duplicate.body, /Another bio<\/textarea>/);
      const badLinks = await post('/admin/authors', { name: 'Bo Lane', slug: '', roleTitle: '', bio: '', photoUrl: '', links: 'just text' });
      assert.equal(badLinks.statusCode, 400);
      assert.match(badLinks.body, /Line 1 should look like/);
    });

    it('adds a signed note to an author page', async () => {
      const author = await t.database.db.selectFrom('authors').select('id').where('slug', '=', 'ada-fenwick').executeTakeFirstOrThrow();
      const res = await post(`/admin/authors/${author.id}/entries`, { kind: 'editors_note', entryBody: 'Ada Fenwick joined the canal trust board in 2026.', entryDate: '2026-11-28T11:00', signedBy: 'The Editors' });
      assert.equal(res.statusCode, 303);
      const page = await t.app.inject({ method: 'GET', url: '/authors/ada-fenwick' });
      assert.match(page.body, /Ada Fenwick joined the canal trust board in 2026./);
      assert.match(page.body, /— The Editors/);
    });

    it('creates and renames sections, and renames and deletes tags', async () => {
      assert.equal((await post('/admin/sections', { name: 'Letters', slug: '', description: 'From readers.', articleType: 'OpinionNewsArticle', position: '9' })).statusCode, 303);
      assert.match((await t.app.inject({ method: 'GET', url: '/' })).body, /href="\/sections\/letters">Letters</);
      const dup = await post('/admin/sections', { name: 'News again', slug: 'news', description: '', articleType: 'NewsArticle', position: '1' });
      assert.equal(dup.statusCode, 400);
      const tag = await t.database.db.selectFrom('tags').select(['id']).where('slug', '=', 'transport').executeTakeFirstOrThrow();
      assert.equal((await post(`/admin/tags/${tag.id}`, { name: 'Buses and trains' })).statusCode, 303);
      assert.equal((await t.app.inject({ method: 'GET', url: '/tags/buses-and-trains' })).statusCode, 200);
      assert.equal((await post(`/admin/tags/${tag.id}`, { name: 'Housing' })).statusCode, 400, 'a name another tag has');
      assert.equal((await post(`/admin/tags/${tag.id}/delete`, {})).statusCode, 303);
      assert.equal((await t.app.inject({ method: 'GET', url: '/tags/buses-and-trains' })).statusCode, 404);
    });

    it('adds staff, shows the password once, changes roles, disables, and never demotes the last admin', async () => {
      const added = await post('/admin/users', { email: 'new.editor@example.org', name: 'New Editor', role: 'editor', authorId: '' });
      assert.equal(added.statusCode, 200);
      const password = /<code>([^<]+)<\/code>/.exec(added.body)![1]!;
      const session = await signIn(t.app, 'new.editor@example.org', password, '192.0.2.90');
      assert.equal((await t.app.inject({ method: 'GET', url: '/admin/articles', headers: { cookie: session.cookie } })).statusCode, 200);
      const user = await t.database.db.selectFrom('users').select('id').where('email', '=', 'new.editor@example.org').executeTakeFirstOrThrow();
      assert.equal((await post(`/admin/users/${user.id}/role`, { role: 'moderator' })).statusCode, 200);
      assert.equal((await t.app.inject({ method: 'GET', url: '/admin/articles', headers: { cookie: session.cookie } })).statusCode, 403, 'the new role applies at once');
      assert.equal((await post(`/admin/users/${user.id}/disable`, {})).statusCode, 200);
      assert.equal((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: session.cookie } })).statusCode, 302);
      const self = await t.database.db.selectFrom('users').select('id').where('email', '=', 'admin@example.org').executeTakeFirstOrThrow();
      const demote = await post(`/admin/users/${self.id}/role`, { role: 'editor' });
      assert.equal(demote.statusCode, 400);
      assert.match(demote.body, /The last administrator cannot be demoted/);
      const link = await post(`/admin/users/${user.id}/reset-link`, {});
      assert.match(link.body, /https:\/\/journal.example\/admin\/reset\/[A-Za-z0-9_-]{43}/);
      const mailed = await t.database.db.selectFrom('outbox').select(['recipient', 'body']).where('subject', 'like', '%Choose a new password%').executeTakeFirstOrThrow();
      assert.equal(mailed.recipient, 'new.editor@example.org');
      assert.ok(mailed.body.includes(/https:\/\/journal.example\/admin\/reset\/[A-Za-z0-9_-]{43}/.exec(link.body)![0]));
      const duplicate = await post('/admin/users', { email: 'NEW.EDITOR@example.org', name: 'Again', role: 'author', authorId: '' });
      assert.equal(duplicate.statusCode, 400);
      assert.match(duplicate.body, /An account with this email already exists/);
    });

    it('creates a spam API key once, and revokes it', async () => {
      const empty = await t.app.inject({ method: 'GET', url: '/admin/spam-keys', headers: { cookie: admin.cookie } });
      assert.match(empty.body, /No keys yet/, 'no empty table before the first key');
      assert.ok(!empty.body.includes('<table'));
      const created = await post('/admin/spam-keys', { site: 'https://blog.example' });
      assert.equal(created.statusCode, 200);
      const key = /<code>([0-9a-f]{24})<\/code>/.exec(created.body)![1]!;
      const verify = (k: string) => t.app.inject({ method: 'POST', url: '/1.1/verify-key', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `key=${k}&blog=https://blog.example` });
      assert.equal((await verify(key)).body, 'valid');
      const listed = await t.app.inject({ method: 'GET', url: '/admin/spam-keys', headers: { cookie: admin.cookie } });
      assert.ok(!listed.body.includes(key), 'the key is shown only once');
      assert.ok(listed.body.includes(`${key.slice(0, 6)}…`));
      assert.ok(!listed.body.includes('No keys yet'));
      const id = (await t.database.db.selectFrom('spam_api_keys').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
      assert.equal((await post(`/admin/spam-keys/${id}/revoke`, {})).statusCode, 200);
      assert.equal((await verify(key)).body, 'invalid');
      assert.equal((await post('/admin/spam-keys', { site: 'not a site' })).statusCode, 400);
    });

    it('shows the audit log to admins', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/admin/audit', headers: { cookie: admin.cookie } });
      assert.equal(res.statusCode, 200);
      for (const action of ['settings.updated', 'author.created', 'user.created', 'user.role_changed', 'user.disabled', 'tag.deleted']) {
        assert.ok(res.body.includes(`<code>${action}</code>`), action);
      }
    });
  });
}
