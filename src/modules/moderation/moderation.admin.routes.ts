// Staff routes of the moderation desk (permission: comment.moderate).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parsePageParam } from '../../core/pagination.ts';
import { inTransaction } from '../../db/transaction.ts';
import { asForm, checkbox, field, fields, parseId } from '../../http/form.ts';
import { ForbiddenView } from '../admin/desk.pages.tsx';
import { deskContext, type StaffAreaDeps } from '../admin/staff-area.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import { actorOf } from '../auth/auth.service.ts';
import { commentStatuses, type CommentStatus } from '../comments/comment.ts';
import { checkDiscussionSettings, parseWordList, type DiscussionSettings } from './discussion-settings.ts';
import { DiscussionSettingsRepository } from './discussion-settings.repository.ts';
import { CommentDetailView, DiscussionSettingsView, QueueView, type SettingsErrors } from './moderation.admin.pages.tsx';
import { countByStatus, findQueueItem, listEvents, listQueue, type QueueFilter } from './moderation.queries.ts';
import { CommentEditError, isModerationAction, type ModerationService } from './moderation.service.ts';

const QUEUE_PAGE_SIZE = 30;

export function moderationRoutes(moderation: ModerationService) {
  return function registerModerationRoutes(scope: FastifyInstance, deps: StaffAreaDeps): void {
    const html = (reply: FastifyReply) => reply.type('text/html; charset=utf-8');
    const desk = async (request: FastifyRequest) => {
      const ctx = await deps.site.pageContext();
      return { desk: deskContext(request, deps, ctx.publication.name), timeZone: ctx.publication.timeZone };
    };
    const permission = { config: { permission: 'comment.moderate' as const } };

    scope.get<{ Querystring: Record<string, string | undefined> }>('/comments', permission, async (request, reply) => {
      const q = request.query;
      const status = (commentStatuses as readonly string[]).includes(q.status ?? '') ? (q.status as CommentStatus) : 'pending';
      const filter: QueueFilter = { status, articleId: parseId(q.article), q: q.q?.trim() ? q.q.slice(0, 200) : undefined };
      const page = parsePageParam(q.page, QUEUE_PAGE_SIZE);
      const [paged, counts, view] = await Promise.all([listQueue(deps.db, deps.dialect, filter, page), countByStatus(deps.db), desk(request)]);
      const query = new URLSearchParams(Object.entries(q).filter(([k, v]) => k !== 'page' && k !== 'done' && typeof v === 'string' && v !== '') as [string, string][]).toString();
      const notice = q.done !== undefined ? { kind: 'success' as const, text: `${q.done} comment${q.done === '1' ? '' : 's'} updated.` } : undefined;
      return html(reply).send(QueueView({ ...view, paged, counts, filter, query, notice }));
    });

    scope.post('/comments/bulk', permission, async (request, reply) => {
      const form = asForm(request.body);
      const action = field(form, 'action');
      const ids = fields(form, 'ids').map((v) => parseId(v)).filter((n): n is number => n !== undefined).slice(0, 500);
      if (!isModerationAction(action)) return reply.redirect('/admin/comments', 303);
      const changed = await moderation.moderate(ids, action, actorOf(request.staff!.user, request.ip));
      return reply.redirect(`${refererQueue(request)}done=${changed}`, 303);
    });

    scope.post<{ Params: { id: string; action: string } }>('/comments/:id/:action', permission, async (request, reply) => {
      const id = parseId(request.params.id);
      const item = id === undefined ? undefined : await findQueueItem(deps.db, id);
      const actor = actorOf(request.staff!.user, request.ip);
      if (!item) return html(reply).code(404).send(ForbiddenView({ desk: (await desk(request)).desk, message: 'There is no such comment.' }));
      const action = request.params.action;
      if (action === 'block-email' || action === 'block-ip') {
        const kind = action === 'block-email' ? 'email' : 'ip';
        await moderation.block(kind, kind === 'email' ? item.authorEmail : (item.authorIp ?? ''), actor);
        await moderation.moderate([item.id], 'spam', actor, `Blocked its ${kind === 'email' ? 'email address' : 'network address'}.`);
        return reply.redirect(`/admin/comments/${item.id}?blocked=${kind}`, 303);
      }
      if (action === 'reply') {
        try {
          const staff = request.staff!.user;
          await moderation.replyAsStaff(item.id, field(asForm(request.body), 'reply'), { id: staff.id, name: staff.name, email: staff.email }, actor);
        } catch (error) {
          if (!(error instanceof CommentEditError)) throw error;
          return renderDetail(request, reply, item.id, { notice: { kind: 'error', text: Object.values(error.fields).join(' ') }, status: 400 });
        }
        return reply.redirect(`/admin/comments/${item.id}?replied=1`, 303);
      }
      if (!isModerationAction(action)) return html(reply).code(404).send(ForbiddenView({ desk: (await desk(request)).desk, message: 'Unknown action.' }));
      const changed = await moderation.moderate([item.id], action, actor);
      return reply.redirect(`${refererQueue(request)}done=${changed}`, 303);
    });

    async function renderDetail(
      request: FastifyRequest,
      reply: FastifyReply,
      id: number,
      options: { values?: { author: string; email: string; url: string; comment: string }; errors?: Record<string, string>; notice?: { kind: 'success' | 'error'; text: string }; status?: number } = {},
    ) {
      const item = await findQueueItem(deps.db, id);
      const view = await desk(request);
      if (!item) return html(reply).code(404).send(ForbiddenView({ desk: view.desk, message: 'There is no such comment.' }));
      const events = await listEvents(deps.db, id);
      const values = options.values ?? { author: item.authorName, email: item.authorEmail, url: item.authorUrl ?? '', comment: item.body };
      return html(reply).code(options.status ?? 200).send(CommentDetailView({ ...view, item, events, values, errors: options.errors ?? {}, notice: options.notice }));
    }

    scope.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>('/comments/:id', permission, async (request, reply) => {
      const q = request.query;
      const notice =
        q.saved !== undefined ? { kind: 'success' as const, text: 'Saved.' }
        : q.replied !== undefined ? { kind: 'success' as const, text: 'Your reply is published.' }
        : q.blocked !== undefined ? { kind: 'success' as const, text: `Blocked; the comment is marked as spam and new comments from this ${q.blocked === 'ip' ? 'address' : 'email'} go to spam.` }
        : undefined;
      return renderDetail(request, reply, parseId(request.params.id) ?? -1, { notice });
    });

    scope.post<{ Params: { id: string } }>('/comments/:id', permission, async (request, reply) => {
      const id = parseId(request.params.id) ?? -1;
      const form = asForm(request.body);
      const values = { author: field(form, 'author'), email: field(form, 'email'), url: field(form, 'url'), comment: field(form, 'comment') };
      if (!(await findQueueItem(deps.db, id))) return renderDetail(request, reply, id);
      try {
        await moderation.editComment(id, values, actorOf(request.staff!.user, request.ip));
      } catch (error) {
        if (!(error instanceof CommentEditError)) throw error;
        return renderDetail(request, reply, id, { values, errors: error.fields, notice: { kind: 'error', text: 'Not saved: check the fields marked below.' }, status: 400 });
      }
      return reply.redirect(`/admin/comments/${id}?saved=1`, 303);
    });

    // ----- discussion settings -----
    scope.get<{ Querystring: { saved?: string } }>('/discussion', permission, async (request, reply) => {
      const settings = await new DiscussionSettingsRepository(deps.db).getSettings();
      return html(reply).send(DiscussionSettingsView({ desk: (await desk(request)).desk, settings, errors: {}, notice: request.query.saved !== undefined ? { kind: 'success', text: 'Saved.' } : undefined }));
    });

    scope.post('/discussion', permission, async (request, reply) => {
      const form = asForm(request.body);
      const number = (name: string) => (/^-?\d{1,6}$/.test(field(form, name).trim()) ? Number(field(form, name)) : Number.NaN);
      const settings: DiscussionSettings = {
        commentsEnabled: checkbox(form, 'commentsEnabled'),
        closeAfterDays: number('closeAfterDays'),
        manualApproval: checkbox(form, 'manualApproval'),
        requirePreviouslyApproved: checkbox(form, 'requirePreviouslyApproved'),
        holdLinkCount: number('holdLinkCount'),
        moderationWords: parseWordList(field(form, 'moderationWords')),
        disallowedWords: parseWordList(field(form, 'disallowedWords')),
        threadDepth: number('threadDepth'),
        minFillSeconds: number('minFillSeconds'),
        discardBlatantSpam: checkbox(form, 'discardBlatantSpam'),
        notifyModerators: checkbox(form, 'notifyModerators'),
        notifyAuthors: checkbox(form, 'notifyAuthors'),
        purgeAfterDays: number('purgeAfterDays'),
        remoteCheckerEnabled: checkbox(form, 'remoteCheckerEnabled'),
        remoteCheckerHost: field(form, 'remoteCheckerHost').trim(),
        // An empty key field keeps the stored key: it is never sent back to the browser.
        remoteCheckerKey: field(form, 'remoteCheckerKey').trim() || (await new DiscussionSettingsRepository(deps.db).getSettings()).remoteCheckerKey,
      };
      const problems = checkDiscussionSettings(settings);
      if (problems.length) {
        const errors: SettingsErrors = {};
        for (const p of problems) errors[p.field] = p.message;
        return html(reply).code(400).send(DiscussionSettingsView({ desk: (await desk(request)).desk, settings, errors, notice: { kind: 'error', text: 'Not saved: check the fields marked below.' } }));
      }
      const now = deps.clock.now().toISOString();
      await inTransaction(deps.db, async (trx) => {
        await new DiscussionSettingsRepository(trx).saveSettings(settings, now);
        await new AuditRepository(trx).record(actorOf(request.staff!.user, request.ip), { action: 'discussion.updated', subjectType: 'settings' }, now);
      });
      return reply.redirect('/admin/discussion?saved=1', 303);
    });
  };
}

/** Back to the queue the moderator came from (status kept), never to another site. */
function refererQueue(request: FastifyRequest): string {
  const referer = request.headers.referer ?? '';
  const match = /\/admin\/comments\?(status=(?:pending|approved|spam|trash))/.exec(referer);
  return `/admin/comments?${match ? `${match[1]}&` : ''}`;
}
