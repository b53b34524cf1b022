// Sign in, sign out and password reset over HTTP.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { anonymousCsrfOk, anonymousCsrfToken, newAnonymousCsrfValue } from '../../http/csrf.ts';
import { asForm, field } from '../../http/form.ts';
import type { StaffAreaDeps } from '../admin/staff-area.ts';
import { LoginView, ResetInvalidView, ResetView } from './auth.pages.tsx';
import { UserInputError } from './auth.service.ts';
import type { Notice } from '../admin/admin.layout.tsx';

/** Only paths inside the staff area may be a redirect target after sign-in. */
export function safeNext(next: string): string {
  return /^\/admin(\/[A-Za-z0-9\-._~%/?=&]*)?$/.test(next) && !next.startsWith('//') ? next : '/admin';
}

export function registerGateRoutes(gate: FastifyInstance, deps: StaffAreaDeps): void {
  const publicOrigin = new URL(deps.publicUrl).origin;

  const formToken = (request: FastifyRequest, reply: FastifyReply) => anonymousCsrfToken(request, reply, deps.csrf, deps.cookies.csrf, deps.cookies.options);
  const formTokenOk = (request: FastifyRequest) => anonymousCsrfOk(request, deps.csrf, deps.cookies.csrf, publicOrigin);

  async function renderLogin(request: FastifyRequest, reply: FastifyReply, email: string, next: string, notice?: Notice) {
    const ctx = await deps.site.pageContext();
    const token = formToken(request, reply);
    return reply
      .type('text/html; charset=utf-8')
      .send(LoginView({ publicationName: ctx.publication.name, stylesheet: deps.deskStylesheet, csrfToken: token, email, next, notice }));
  }

  gate.get<{ Querystring: { next?: string; signed_out?: string; reset?: string } }>('/login', async (request, reply) => {
    const next = safeNext(typeof request.query.next === 'string' ? request.query.next : '/admin');
    if (request.staff) return reply.redirect(next, 303);
    const notice: Notice | undefined =
      request.query.signed_out !== undefined
        ? { kind: 'success', text: 'You are signed out.' }
        : request.query.reset !== undefined
          ? { kind: 'success', text: 'Your password is set. Sign in with it now.' }
          : undefined;
    return renderLogin(request, reply, '', next, notice);
  });

  gate.post('/login', async (request, reply) => {
    const form = asForm(request.body);
    const email = field(form, 'email').slice(0, 254);
    const next = safeNext(field(form, 'next'));
    if (!formTokenOk(request)) {
      reply.code(403);
      return renderLogin(request, reply, email, next, { kind: 'error', text: 'This form has expired. Please sign in again.' });
    }
    const result = await deps.auth.login(email, field(form, 'password'), request.ip, request.headers['user-agent'] ?? null);
    if (!result.ok && result.reason === 'throttled') {
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      reply.code(429).header('Retry-After', String(result.retryAfterSeconds));
      return renderLogin(request, reply, email, next, {
        kind: 'error',
        text: `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      });
    }
    if (!result.ok) {
      reply.code(401);
      return renderLogin(request, reply, email, next, { kind: 'error', text: 'That email and password do not match an account.' });
    }
    reply.setCookie(deps.cookies.session, result.token, deps.cookies.options);
    // A fresh anonymous token after sign-in, so a token seen before cannot be replayed.
    reply.setCookie(deps.cookies.csrf, newAnonymousCsrfValue(), deps.cookies.options);
    return reply.redirect(next, 303);
  });

  gate.get<{ Params: { token: string } }>('/reset/:token', async (request, reply) => {
    const ctx = await deps.site.pageContext();
    const user = await deps.auth.findResetTarget(request.params.token);
    reply.type('text/html; charset=utf-8');
    if (!user) return reply.code(404).send(ResetInvalidView({ publicationName: ctx.publication.name, stylesheet: deps.deskStylesheet }));
    const token = formToken(request, reply);
    return reply.send(ResetView({ publicationName: ctx.publication.name, stylesheet: deps.deskStylesheet, csrfToken: token, token: request.params.token, name: user.name }));
  });

  gate.post<{ Params: { token: string } }>('/reset/:token', async (request, reply) => {
    const ctx = await deps.site.pageContext();
    const user = await deps.auth.findResetTarget(request.params.token);
    reply.type('text/html; charset=utf-8');
    if (!user) return reply.code(404).send(ResetInvalidView({ publicationName: ctx.publication.name, stylesheet: deps.deskStylesheet }));
    if (!formTokenOk(request)) return reply.code(403).send('This form has expired. Reload the page and try again.');
    try {
      await deps.auth.resetPassword(request.params.token, field(asForm(request.body), 'password'), request.ip);
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      const token = formToken(request, reply);
      return reply.code(400).send(
        ResetView({ publicationName: ctx.publication.name, stylesheet: deps.deskStylesheet, csrfToken: token, token: request.params.token, name: user.name, error: error.message }),
      );
    }
    return reply.redirect('/admin/login?reset=1', 303);
  });
}

/** Sign-out is a write: it lives in the guarded scope, with its CSRF check. */
export function registerLogoutRoute(scope: FastifyInstance, deps: StaffAreaDeps): void {
  scope.post('/logout', { config: { permission: 'desk.view' } }, async (request, reply) => {
    await deps.auth.logout(request.staff!, request.ip);
    reply.clearCookie(deps.cookies.session, deps.cookies.options);
    return reply.redirect('/admin/login?signed_out=1', 303);
  });
}
