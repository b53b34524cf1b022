// Staff sign-in, sessions, throttling and CSRF over HTTP, on each dialect.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, TEST_NOW, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { absorbCookies, cookieHeader, createStaff, csrfFrom, formBody, signIn, STAFF_PASSWORD } from '../support/staff.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import { commandLineActor } from '../../src/modules/audit/audit.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded' };

for (const dialect of testDialects()) {
  describe(`staff sign-in on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
      await createStaff(t, 'editor', 'editor@example.org');
      await createStaff(t, 'admin', 'admin@example.org');
    });
    after(async () => t.close());

    /** A fresh login form and its cookie jar. */
    async function loginForm(ip: string) {
      const jar: Record<string, string> = {};
      const res = await t.app.inject({ method: 'GET', url: '/admin/login', remoteAddress: ip });
      absorbCookies(jar, res.headers['set-cookie']);
      return { jar, csrf: csrfFrom(res.body) };
    }
    async function attempt(email: string, password: string, ip: string, headers: Record<string, string> = {}) {
      const { jar, csrf } = await loginForm(ip);
      return t.app.inject({
        method: 'POST',
        url: '/admin/login',
        remoteAddress: ip,
        headers: { ...form, cookie: cookieHeader(jar), ...headers },
        payload: formBody({ _csrf: csrf, email, password }),
      });
    }

    it('sends anonymous visitors of the desk to the sign-in page', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/admin/articles?status=draft' });
      assert.equal(res.statusCode, 302);
      assert.equal(res.headers.location, '/admin/login?next=%2Fadmin%2Farticles%3Fstatus%3Ddraft');
      assert.equal(res.headers['cache-control'], 'no-store');
    });

    it('signs in with a fresh, locked-down session cookie', async () => {
      const ip = '192.0.2.20';
      const res = await attempt('Editor@Example.org ', STAFF_PASSWORD, ip);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin');
      const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('__Host-mh_session='))!;
      assert.ok(setCookie, 'session cookie with the __Host- prefix (the test public URL is https)');
      assert.match(setCookie, /; HttpOnly/);
      assert.match(setCookie, /; Secure/);
      assert.match(setCookie, /; SameSite=Lax/);
      assert.match(setCookie, /; Path=\//);
      const first = setCookie.split(';')[0];
      const again = ([] as string[]).concat((await attempt('editor@example.org', STAFF_PASSWORD, ip)).headers['set-cookie'] ?? []).find((c) => c.startsWith('__Host-mh_session='))!;
      assert.notEqual(again.split(';')[0], first, 'a new session id at every sign-in');
    });

    it('answers an unknown email exactly as a wrong password', async () => {
      const ip = '192.0.2.21';
      const { jar, csrf } = await loginForm(ip);
      const send = (email: string) =>
        t.app.inject({ method: 'POST', url: '/admin/login', remoteAddress: ip, headers: { ...form, cookie: cookieHeader(jar) }, payload: formBody({ _csrf: csrf, email: 'someone@example.org', password: 'wrong-password-here' }).replace('someone%40example.org', encodeURIComponent(email)) });
      const unknown = await send('nobody@example.org');
      const wrong = await send('editor@example.org');
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.body.replace('nobody@example.org', 'X'), wrong.body.replace('editor@example.org', 'X'));
    });

    it('locks an account and address after five failures, even for the right password and a forged X-Forwarded-For', async () => {
      const ip = '198.51.100.7';
      for (let i = 0; i < 5; i++) assert.equal((await attempt('admin@example.org', `wrong-${i}`, ip)).statusCode, 401);
      const locked = await attempt('admin@example.org', STAFF_PASSWORD, ip);
      assert.equal(locked.statusCode, 429);
      assert.equal(locked.headers['retry-after'], '600');
      assert.match(locked.body, /Too many failed attempts. Try again in 10 minutes./);
      // No proxy is trusted, so a forged header does not change the address.
      const forged = await attempt('admin@example.org', STAFF_PASSWORD, ip, { 'x-forwarded-for': '203.0.113.99' });
      assert.equal(forged.statusCode, 429);
      // Another address is not locked out by this one.
      assert.equal((await attempt('admin@example.org', STAFF_PASSWORD, '198.51.100.8')).statusCode, 303);
      // After the wait, the right password works again.
      t.clock.set(new Date(Date.parse(TEST_NOW) + 11 * 60_000));
      try {
        assert.equal((await attempt('admin@example.org', STAFF_PASSWORD, ip)).statusCode, 303);
      } finally {
        t.clock.set(TEST_NOW);
      }
    });

    it('refuses a sign-in without the form token or from another site', async () => {
      const ip = '192.0.2.22';
      const { jar, csrf } = await loginForm(ip);
      const post = (payload: Record<string, string>, headers: Record<string, string> = {}) =>
        t.app.inject({ method: 'POST', url: '/admin/login', remoteAddress: ip, headers: { ...form, cookie: cookieHeader(jar), ...headers }, payload: formBody(payload) });
      assert.equal((await post({ email: 'editor@example.org', password: STAFF_PASSWORD })).statusCode, 403);
      assert.equal((await post({ _csrf: csrf, email: 'editor@example.org', password: STAFF_PASSWORD }, { origin: 'https://evil.example' })).statusCode, 403);
      assert.equal((await post({ _csrf: csrf, email: 'editor@example.org', password: STAFF_PASSWORD }, { 'sec-fetch-site': 'cross-site' })).statusCode, 403);
      assert.equal((await post({ _csrf: csrf, email: 'editor@example.org', password: STAFF_PASSWORD })).statusCode, 303);
    });

    it('ends the session at sign-out, and the old cookie no longer works', async () => {
      const session = await signIn(t.app, 'editor@example.org', STAFF_PASSWORD, '192.0.2.23');
      const out = await t.app.inject({ method: 'POST', url: '/admin/logout', headers: { ...form, cookie: session.cookie }, payload: formBody({ _csrf: session.csrf }) });
      assert.equal(out.statusCode, 303);
      assert.equal(out.headers.location, '/admin/login?signed_out=1');
      const replay = await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: session.cookie } });
      assert.equal(replay.statusCode, 302);
    });

    it('refuses staff writes without a valid token, with another session’s token, or cross-site', async () => {
      const a = await signIn(t.app, 'editor@example.org', STAFF_PASSWORD, '192.0.2.24');
      const b = await signIn(t.app, 'admin@example.org', STAFF_PASSWORD, '192.0.2.24');
      const logout = (session: typeof a, payload: Record<string, string>, headers: Record<string, string> = {}) =>
        t.app.inject({ method: 'POST', url: '/admin/logout', headers: { ...form, cookie: session.cookie, ...headers }, payload: formBody(payload) });
      assert.equal((await logout(a, {})).statusCode, 403);
      assert.equal((await logout(a, { _csrf: b.csrf })).statusCode, 403);
      assert.equal((await logout(a, { _csrf: a.csrf }, { origin: 'https://evil.example' })).statusCode, 403);
      assert.equal((await logout(a, { _csrf: a.csrf }, { 'sec-fetch-site': 'cross-site' })).statusCode, 403);
      assert.equal((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: a.cookie } })).statusCode, 200, 'still signed in');
    });

    it('expires a session after 30 idle minutes and after 12 hours in all', async () => {
      const session = await signIn(t.app, 'editor@example.org', STAFF_PASSWORD, '192.0.2.25');
      const at = (minutes: number) => t.clock.set(new Date(Date.parse(TEST_NOW) + minutes * 60_000));
      try {
        at(29);
        assert.equal((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: session.cookie } })).statusCode, 200);
        at(29 + 31);
        assert.equal((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: session.cookie } })).statusCode, 302, 'idle for 31 minutes');
        at(0);
        const busy = await signIn(t.app, 'editor@example.org', STAFF_PASSWORD, '192.0.2.25');
        for (let minute = 20; minute < 12 * 60; minute += 20) {
          at(minute);
          assert.equal((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: busy.cookie } })).statusCode, 200, `active at ${minute} min`);
        }
        at(12 * 60 + 1);
        assert.equal((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: busy.cookie } })).statusCode, 302, 'past 12 hours');
      } finally {
        t.clock.set(TEST_NOW);
      }
    });

    it('ends every session of a disabled account', async () => {
      await createStaff(t, 'author', 'leaving@example.org');
      const session = await signIn(t.app, 'leaving@example.org', STAFF_PASSWORD, '192.0.2.26');
      const user = (await new AuthService(t.database.db, t.clock).listUsers()).find((u) => u.email === 'leaving@example.org')!;
      await new AuthService(t.database.db, t.clock).setDisabled(user.id, true, commandLineActor);
      assert.equal((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie: session.cookie } })).statusCode, 302);
      assert.equal((await attempt('leaving@example.org', STAFF_PASSWORD, '192.0.2.27')).statusCode, 401);
    });

    it('resets a password once through a single-use link', async () => {
      await createStaff(t, 'contributor', 'forgetful@example.org');
      const auth = new AuthService(t.database.db, t.clock);
      const user = (await auth.listUsers()).find((u) => u.email === 'forgetful@example.org')!;
      const token = await auth.createResetToken(user.id, commandLineActor);
      const page = await t.app.inject({ method: 'GET', url: `/admin/reset/${token}` });
      assert.equal(page.statusCode, 200);
      const jar: Record<string, string> = {};
      absorbCookies(jar, page.headers['set-cookie']);
      const post = (password: string) =>
        t.app.inject({ method: 'POST', url: `/admin/reset/${token}`, headers: { ...form, cookie: cookieHeader(jar) }, payload: formBody({ _csrf: csrfFrom(page.body), password }) });
      const short = await post('short');
      assert.equal(short.statusCode, 400);
      assert.match(short.body, /Use at least 12 characters/);
      assert.equal((await post('a-brand-new-password')).statusCode, 303);
      assert.equal((await post('another-new-password')).statusCode, 404, 'the link works once');
      await signIn(t.app, 'forgetful@example.org', 'a-brand-new-password', '192.0.2.28');
    });
  });
}
