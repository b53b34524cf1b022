// The staff area: one encapsulated Fastify scope under /admin. Its hooks run for every route
// inside it, so no URL can reach a staff page without a session, a CSRF check on writes,
// and the permission the route declares. Sign-in pages live in a sibling scope.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_IMAGE_BYTES, type MediaService } from '../media/media.service.ts';
import type { Upload } from '../media/media.routes.ts';
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import type { Schema } from '../../db/schema.ts';
import type { DialectName } from '../../db/dialect.ts';
import type { CookiePolicy } from '../../http/cookies.ts';
import { crossSiteReason, isSafeMethod, submittedToken, type Csrf } from '../../http/csrf.ts';
import type { Site } from '../../http/site.ts';
import type { AuthService, StaffSession } from '../auth/auth.service.ts';
import { can, type Permission } from '../auth/permissions.ts';
import type { DeskContext } from './admin.layout.tsx';
import { ForbiddenView } from './desk.pages.tsx';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a staff route needs; every route in the guarded scope must name one. */
    permission?: Permission;
  }
  interface FastifyRequest {
    staff: StaffSession | null;
  }
}

export interface StaffAreaDeps {
  db: Kysely<Schema>;
  dialect: DialectName;
  clock: Clock;
  auth: AuthService;
  csrf: Csrf;
  cookies: CookiePolicy;
  site: Site;
  publicUrl: string;
  deskStylesheet: string;
  deskScript: string;
  media: MediaService;
}

export type StaffRoutes = (scope: FastifyInstance, deps: StaffAreaDeps) => void | Promise<void>;

export function deskContext(request: FastifyRequest, deps: StaffAreaDeps, publicationName: string): DeskContext {
  const staff = request.staff!;
  return {
    publicationName,
    user: staff.user,
    csrfToken: deps.csrf.forSession(staff.csrfSecret),
    stylesheet: deps.deskStylesheet,
    script: deps.deskScript,
  };
}

export async function registerStaffArea(
  app: FastifyInstance,
  deps: StaffAreaDeps,
  modules: { gate: StaffRoutes; guarded: StaffRoutes[] },
): Promise<void> {
  const publicOrigin = new URL(deps.publicUrl).origin;
  app.decorateRequest('staff', null);

  await app.register(
    async (admin) => {
      admin.addHook('onRequest', async (request, reply) => {
        // Staff pages hold private data: never cache them anywhere.
        reply.header('Cache-Control', 'no-store');
        reply.header('X-Robots-Tag', 'noindex, nofollow');
        request.staff = (await deps.auth.resolveSession(request.cookies[deps.cookies.session])) ?? null;
      });

      // Unknown staff URLs: anonymous visitors learn nothing but the way to sign in.
      admin.setNotFoundHandler(async (request, reply) => {
        if (!request.staff) return reply.redirect(`/admin/login?next=${encodeURIComponent(request.url)}`, 302);
        return refuse(request, reply, 404, 'There is no page at this address in the desk.');
      });

      // Sign-in, sign-out and password reset: reachable without a session.
      await admin.register(async (gate) => {
        await modules.gate(gate, deps);
      });

      await admin.register(async (guarded) => {
        // Forms with a file (the article editor) arrive as multipart; their fields are read
        // into the body like any form before the CSRF check below runs.
        await guarded.register(fastifyMultipart, {
          attachFieldsToBody: 'keyValues',
          throwFileSizeLimit: false,
          limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 80, fieldSize: 1024 * 1024, parts: 100 },
          async onFile(part) {
            const buffer = await part.toBuffer();
            const upload: Upload = { kind: 'upload', buffer, truncated: part.file.truncated, filename: part.filename, mimetype: part.mimetype };
            (part as unknown as { value: Upload }).value = upload;
          },
        });
        guarded.addHook('onRoute', (route) => {
          if (!route.config?.permission) throw new Error(`staff route ${route.method} ${route.url} declares no permission`);
        });
        guarded.addHook('onRequest', async (request, reply) => {
          if (request.staff) return;
          if (request.method === 'GET' || request.method === 'HEAD') {
            const next = encodeURIComponent(request.url);
            return reply.redirect(`/admin/login?next=${next}`, 302);
          }
          return reply.code(401).type('text/plain; charset=utf-8').send('Sign in first: your session has ended.');
        });
        guarded.addHook('preValidation', async (request, reply) => {
          if (isSafeMethod(request.method)) return;
          const reason = crossSiteReason(request, publicOrigin);
          const token = deps.csrf.forSession(request.staff!.csrfSecret);
          if (reason || !deps.csrf.matches(token, submittedToken(request))) {
            request.log.warn({ reason: reason ?? 'missing or wrong CSRF token', url: request.url }, 'refused a staff write');
            return refuse(request, reply, 403, 'This form has expired or did not come from this site. Go back, reload the page and try again.');
          }
        });
        guarded.addHook('preHandler', async (request, reply) => {
          const permission = request.routeOptions.config.permission!;
          if (!can(request.staff!.user.role, permission)) return refuse(request, reply, 403, 'Your role does not allow this.');
        });
        for (const register of modules.guarded) await register(guarded, deps);
      });
    },
    { prefix: '/admin' },
  );

  async function refuse(request: FastifyRequest, reply: FastifyReply, status: number, message: string) {
    const publication = await deps.site.pageContext();
    const desk = deskContext(request, deps, publication.publication.name);
    return reply.code(status).type('text/html; charset=utf-8').send(ForbiddenView({ desk, message }));
  }
}
