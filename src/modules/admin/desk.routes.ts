import type { FastifyInstance } from 'fastify';
import { can } from '../auth/permissions.ts';
import { DashboardView } from './desk.pages.tsx';
import { getDashboard } from './desk.queries.ts';
import { deskContext, type StaffAreaDeps } from './staff-area.ts';

export function registerDeskRoutes(scope: FastifyInstance, deps: StaffAreaDeps): void {
  scope.get('/', { config: { permission: 'desk.view' } }, async (request, reply) => {
    const ctx = await deps.site.pageContext();
    const user = request.staff!.user;
    // Authors and contributors see their own work; editors see everyone's.
    const onlyAuthor = can(user.role, 'article.editAny') ? undefined : (user.authorId ?? -1);
    const dashboard = await getDashboard(deps.db, ctx.now, onlyAuthor);
    const desk = deskContext(request, deps, ctx.publication.name);
    return reply.type('text/html; charset=utf-8').send(DashboardView({ desk, dashboard, timeZone: ctx.publication.timeZone }));
  });
}
