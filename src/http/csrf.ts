// CSRF protection for every state-changing request: a token bound to the staff session (or,
// before login, to a random cookie) plus a same-origin check on Origin and Sec-Fetch-Site.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CSRF_FIELD = '_csrf';

export class Csrf {
  constructor(private readonly secret: string) {}

  /** Token for forms of a signed-in staff member. */
  forSession(csrfSecret: string): string {
    return this.sign(`session:${csrfSecret}`);
  }

  /** Token for forms shown before sign-in, bound to the anonymous CSRF cookie. */
  forAnonymous(cookieValue: string): string {
    return this.sign(`anon:${cookieValue}`);
  }

  matches(expected: string, given: unknown): boolean {
    if (typeof given !== 'string' || given.length !== expected.length) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  }

  private sign(value: string): string {
    return createHmac('sha256', this.secret).update(value).digest('base64url');
  }
}

export const newAnonymousCsrfValue = (): string => randomBytes(18).toString('base64url');

/** The token a request carries: the form field, or the X-CSRF-Token header for scripts. */
export function submittedToken(request: FastifyRequest): unknown {
  const body = request.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
  const value = fromBody ?? request.headers['x-csrf-token'];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Refuses requests another site made a browser send: a cross-site Sec-Fetch-Site, or an
 * Origin that is neither the public URL's nor the request's own.
 */
export function crossSiteReason(request: FastifyRequest, publicOrigin: string): string | undefined {
  if (request.headers['sec-fetch-site'] === 'cross-site') return 'cross-site request';
  const origin = request.headers.origin;
  if (origin === undefined) return undefined;
  const own = `${request.protocol}://${request.host}`;
  if (origin !== publicOrigin && origin !== own) return `foreign origin ${origin}`;
  return undefined;
}

export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

export type CsrfRefusal = (request: FastifyRequest, reply: FastifyReply, reason: string) => Promise<unknown>;

/** The anonymous CSRF cookie's value, set now if the browser has none; returns the form token. */
export function anonymousCsrfToken(request: FastifyRequest, reply: FastifyReply, csrf: Csrf, cookieName: string, options: object): string {
  let value = request.cookies[cookieName];
  if (!value || value.length > 64) {
    value = newAnonymousCsrfValue();
    reply.setCookie(cookieName, value, options);
  }
  return csrf.forAnonymous(value);
}

/** A form sent before sign-in carries the token of its cookie and comes from this site. */
export function anonymousCsrfOk(request: FastifyRequest, csrf: Csrf, cookieName: string, publicOrigin: string): boolean {
  const cookie = request.cookies[cookieName];
  if (!cookie || crossSiteReason(request, publicOrigin)) return false;
  return csrf.matches(csrf.forAnonymous(cookie), submittedToken(request));
}
