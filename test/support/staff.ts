// Staff accounts and signed-in sessions for HTTP tests, through the real sign-in form.
import type { FastifyInstance } from 'fastify';
import { commandLineActor } from '../../src/modules/audit/audit.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import type { Role } from '../../src/modules/auth/permissions.ts';
import type { TestApp } from './app.ts';

export const STAFF_PASSWORD = 'correct-horse-battery-staple';

export interface SignedIn {
  cookies: Record<string, string>;
  csrf: string;
  /** The cookie header to send. */
  cookie: string;
}

export function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/** Collects Set-Cookie values of a response into a jar. */
export function absorbCookies(jar: Record<string, string>, setCookie: string | string[] | undefined): void {
  for (const line of ([] as string[]).concat(setCookie ?? [])) {
    const [pair] = line.split(';');
    const index = pair!.indexOf('=');
    const name = pair!.slice(0, index);
    const value = pair!.slice(index + 1);
    if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || value === '') delete jar[name];
    else jar[name] = value;
  }
}

export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF field on the page');
  return match[1]!;
}

export async function createStaff(t: TestApp, role: Role, email = `${role}@example.org`, authorSlug?: string): Promise<void> {
  let authorId: number | null = null;
  if (authorSlug) {
    const row = await t.database.db.selectFrom('authors').select('id').where('slug', '=', authorSlug).executeTakeFirstOrThrow();
    authorId = row.id;
  }
  await new AuthService(t.database.db, t.clock).addUser({ email, name: `Test ${role}`, role, password: STAFF_PASSWORD, authorId }, commandLineActor);
}

/** Signs in through GET and POST /admin/login, as a browser would. */
export async function signIn(app: FastifyInstance, email: string, password = STAFF_PASSWORD, ip = '192.0.2.10'): Promise<SignedIn> {
  const jar: Record<string, string> = {};
  const form = await app.inject({ method: 'GET', url: '/admin/login', remoteAddress: ip });
  absorbCookies(jar, form.headers['set-cookie']);
  const res = await app.inject({
    method: 'POST',
    url: '/admin/login',
    remoteAddress: ip,
    headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfFrom(form.body), email, password, next: '/admin' }).toString(),
  });
  if (res.statusCode !== 303) throw new Error(`sign-in failed with ${res.statusCode}`);
  absorbCookies(jar, res.headers['set-cookie']);
  const desk = await app.inject({ method: 'GET', url: '/admin', headers: { cookie: cookieHeader(jar) }, remoteAddress: ip });
  return { cookies: jar, csrf: csrfFrom(desk.body), cookie: cookieHeader(jar) };
}

export function formBody(values: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) for (const v of ([] as string[]).concat(value)) params.append(key, v);
  return params.toString();
}
