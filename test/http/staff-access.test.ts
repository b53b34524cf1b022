// The role × route and CSRF matrices, generated from the app's own route table, so a new
// staff route is covered the moment it exists (test plan A4, A5).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { can, roles, type Permission, type Role } from '../../src/modules/auth/permissions.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { createStaff, formBody, signIn, type SignedIn } from '../support/staff.ts';

// One dialect is enough: access rules do not touch SQL differences.
const dialect = testDialects()[0]!;

describe('staff access matrix', () => {
  let t: TestApp;
  const sessions = new Map<Role, SignedIn>();
  let staffRoutes: { method: string; url: string; permission: Permission }[];
  let articleId: number;
  let revisionId: number;

  before(async () => {
    t = await createTestApp(dialect);
    for (const role of roles) {
      await createStaff(t, role, `${role}@example.org`);
      sessions.set(role, await signIn(t.app, `${role}@example.org`, undefined, `192.0.2.${roles.indexOf(role) + 50}`));
    }
    staffRoutes = t.app.routeTable
      .filter((r) => r.permission !== undefined && r.method !== 'HEAD')
      .map((r) => ({ method: r.method, url: r.url, permission: r.permission as Permission }));
    const article = await t.database.db.selectFrom('articles').select('id').orderBy('id').executeTakeFirstOrThrow();
    articleId = article.id;
    revisionId = (await t.database.db.selectFrom('article_revisions').select('id').where('article_id', '=', articleId).executeTakeFirstOrThrow()).id;
  });
  after(async () => t.close());

  const concrete = (url: string) => url.replace(':id', String(articleId)).replace(':revisionId', String(revisionId));

  it('finds the staff routes', () => {
    console.log(`staff routes in the matrix: ${staffRoutes.length}`);
    assert.ok(staffRoutes.length >= 12, `only ${staffRoutes.length} staff routes found`);
    for (const route of staffRoutes) assert.ok(route.url === '/admin' || route.url.startsWith('/admin/'), route.url);
  });

  it('sends anonymous visitors to sign in on every staff route, never 200', async () => {
    for (const route of staffRoutes) {
      const res = await t.app.inject({ method: route.method as 'GET', url: concrete(route.url), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: route.method === 'GET' ? undefined : '' });
      if (route.method === 'GET') {
        assert.equal(res.statusCode, 302, `${route.method} ${route.url}`);
        assert.match(res.headers.location as string, /^\/admin\/login\?next=/);
      } else {
        assert.equal(res.statusCode, 401, `${route.method} ${route.url}`);
      }
    }
  });

  it('refuses every role the permission table does not allow, with 403', async () => {
    let cells = 0;
    for (const role of roles) {
      const session = sessions.get(role)!;
      for (const route of staffRoutes) {
        if (can(role, route.permission)) continue;
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: route.method === 'GET' ? undefined : formBody({ _csrf: session.csrf }),
        });
        assert.equal(res.statusCode, 403, `${role} ${route.method} ${route.url}`);
        cells++;
      }
    }
    console.log(`refused role × route cells: ${cells}`);
    assert.ok(cells >= 10);
  });

  it('control: the same check fails on a route that is not guarded', async () => {
    // A deliberate leak: a public page treated as if it were a staff page must not pass.
    const res = await t.app.inject({ method: 'GET', url: '/sections/news' });
    assert.notEqual(res.statusCode, 302, 'the anonymous check would catch an unguarded route');
    const write = await t.app.inject({ method: 'POST', url: '/admin/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    assert.notEqual(write.statusCode, 401, 'the gate routes are outside the guard, and the check tells them apart');
  });

  it('lets each role open the pages it is allowed', async () => {
    for (const role of roles) {
      const session = sessions.get(role)!;
      for (const route of staffRoutes.filter((r) => r.method === 'GET' && can(role, r.permission))) {
        const res = await t.app.inject({ method: 'GET', url: concrete(route.url), headers: { cookie: session.cookie } });
        // Article pages may still refuse an author or contributor who does not own the article.
        const ownershipRule = route.url.includes(':id') && !can(role, 'article.editAny');
        assert.ok(res.statusCode === 200 || (ownershipRule && res.statusCode === 403), `${role} GET ${route.url} → ${res.statusCode}`);
      }
    }
  });

  it('refuses every staff write without a valid token, with another session’s token, from another origin, or cross-site', async () => {
    const admin = sessions.get('admin')!;
    const editor = sessions.get('editor')!;
    const writes = staffRoutes.filter((r) => r.method !== 'GET');
    const cases: [string, Record<string, string>, Record<string, string>][] = [
      ['no token', {}, {}],
      ['another session’s token', { _csrf: editor.csrf }, {}],
      ['foreign Origin', { _csrf: admin.csrf }, { origin: 'https://evil.example' }],
      ['Sec-Fetch-Site cross-site', { _csrf: admin.csrf }, { 'sec-fetch-site': 'cross-site' }],
    ];
    let cells = 0;
    for (const route of writes) {
      for (const [name, body, headers] of cases) {
        const res = await t.app.inject({
          method: route.method as 'POST',
          url: concrete(route.url),
          headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
          payload: formBody(body),
        });
        assert.equal(res.statusCode, 403, `${name}: ${route.method} ${route.url}`);
        cells++;
      }
    }
    console.log(`CSRF matrix: ${writes.length} write routes × ${cases.length} cases = ${cells} cells, all 403`);
  });
});
