// Staff routes for byline authors and notes on their pages.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { utcToZonedLocal, zonedLocalToUtc } from '../../core/time-zone.ts';
import { asForm, checkbox, field, parseId } from '../../http/form.ts';
import { ForbiddenView } from '../admin/desk.pages.tsx';
import { deskContext, type StaffAreaDeps } from '../admin/staff-area.ts';
import { actorOf } from '../auth/auth.service.ts';
import { can } from '../auth/permissions.ts';
import { EditorialService, EditorialValidationError } from '../editorial/editorial.service.ts';
import { AuthorEditView, AuthorListView, type AuthorFieldErrors, type AuthorFormValues } from './author.admin.pages.tsx';
import { AuthorRepository } from './author.repository.ts';
import { AuthorService, AuthorValidationError } from './author.service.ts';
import { parseLinkLines, type Author } from './author.ts';

const valuesOf = (author: Author): AuthorFormValues => ({
  name: author.name,
  slug: author.slug,
  roleTitle: author.roleTitle,
  bio: author.bio,
  photoUrl: author.photoUrl ?? '',
  links: author.links.map((l) => `${l.label} | ${l.url}`).join('\n'),
  bylineOnly: author.bylineOnly,
});

export function registerAuthorAdminRoutes(scope: FastifyInstance, deps: StaffAreaDeps): void {
  const repository = new AuthorRepository(deps.db);
  const service = new AuthorService(deps.db, deps.clock);
  const html = (reply: FastifyReply) => reply.type('text/html; charset=utf-8');

  async function renderEdit(request: FastifyRequest, reply: FastifyReply, authorId: number | null, values: AuthorFormValues, errors: AuthorFieldErrors = {}, status = 200, notice?: { kind: 'success' | 'error'; text: string }) {
    const ctx = await deps.site.pageContext();
    const user = request.staff!.user;
    return html(reply)
      .code(status)
      .send(
        AuthorEditView({
          desk: deskContext(request, deps, ctx.publication.name),
          authorId,
          values,
          errors,
          notice,
          canAddNote: can(user.role, 'editorial.manage'),
          defaultSignature: user.name,
          entryDate: utcToZonedLocal(ctx.now, ctx.publication.timeZone),
        }),
      );
  }

  async function save(request: FastifyRequest, reply: FastifyReply, id: number | undefined) {
    const form = asForm(request.body);
    const values: AuthorFormValues = {
      name: field(form, 'name'),
      slug: field(form, 'slug'),
      roleTitle: field(form, 'roleTitle'),
      bio: field(form, 'bio'),
      photoUrl: field(form, 'photoUrl'),
      links: field(form, 'links'),
      bylineOnly: checkbox(form, 'bylineOnly'),
    };
    const { links, problem } = parseLinkLines(values.links);
    if (problem) return renderEdit(request, reply, id ?? null, values, { links: problem }, 400);
    try {
      const saved = await service.saveAuthor(
        id,
        { name: values.name, slug: values.slug, roleTitle: values.roleTitle, bio: values.bio, photoUrl: values.photoUrl.trim() || null, links, bylineOnly: values.bylineOnly },
        actorOf(request.staff!.user, request.ip),
      );
      return reply.redirect(`/admin/authors/${saved.id}?saved=1`, 303);
    } catch (error) {
      if (!(error instanceof AuthorValidationError)) throw error;
      const errors: AuthorFieldErrors = {};
      for (const p of error.problems) errors[p.field] = p.message;
      return renderEdit(request, reply, id ?? null, values, errors, 400);
    }
  }

  async function loadAuthor(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    const id = parseId(request.params.id);
    const author = id === undefined ? undefined : await repository.findAuthorById(id);
    if (!author) {
      const ctx = await deps.site.pageContext();
      await html(reply).code(404).send(ForbiddenView({ desk: deskContext(request, deps, ctx.publication.name), message: 'There is no author with this number.' }));
    }
    return author;
  }

  scope.get('/authors', { config: { permission: 'people.manage' } }, async (request, reply) => {
    const ctx = await deps.site.pageContext();
    return html(reply).send(AuthorListView({ desk: deskContext(request, deps, ctx.publication.name), authors: await repository.listWithCounts() }));
  });

  scope.get('/authors/new', { config: { permission: 'people.manage' } }, async (request, reply) =>
    renderEdit(request, reply, null, { name: '', slug: '', roleTitle: '', bio: '', photoUrl: '', links: '', bylineOnly: false }),
  );

  scope.post('/authors', { config: { permission: 'people.manage' } }, async (request, reply) => save(request, reply, undefined));

  scope.get<{ Params: { id: string }; Querystring: { saved?: string; note?: string } }>('/authors/:id', { config: { permission: 'people.manage' } }, async (request, reply) => {
    const author = await loadAuthor(request, reply);
    if (!author) return reply;
    const notice = request.query.saved !== undefined ? { kind: 'success' as const, text: 'Saved.' } : request.query.note !== undefined ? { kind: 'success' as const, text: 'The note is published on the author page.' } : undefined;
    return renderEdit(request, reply, author.id, valuesOf(author), {}, 200, notice);
  });

  scope.post<{ Params: { id: string } }>('/authors/:id', { config: { permission: 'people.manage' } }, async (request, reply) => {
    const author = await loadAuthor(request, reply);
    if (!author) return reply;
    return save(request, reply, author.id);
  });

  scope.post<{ Params: { id: string } }>('/authors/:id/entries', { config: { permission: 'editorial.manage' } }, async (request, reply) => {
    const author = await loadAuthor(request, reply);
    if (!author) return reply;
    const ctx = await deps.site.pageContext();
    const form = asForm(request.body);
    const kind = field(form, 'kind');
    try {
      await new EditorialService(deps.db, deps.clock).appendEntry(
        {
          articleId: null,
          authorId: author.id,
          kind: kind === 'clarification' || kind === 'update' ? kind : 'editors_note',
          bodyMarkdown: field(form, 'entryBody'),
          entryDate: zonedLocalToUtc(field(form, 'entryDate'), ctx.publication.timeZone) ?? '',
          signedBy: field(form, 'signedBy'),
        },
        actorOf(request.staff!.user, request.ip),
      );
    } catch (error) {
      if (!(error instanceof EditorialValidationError)) throw error;
      return renderEdit(request, reply, author.id, valuesOf(author), {}, 400, { kind: 'error', text: `The note was not added: ${error.problems.map((p) => p.message).join(' ')}` });
    }
    return reply.redirect(`/admin/authors/${author.id}?note=1`, 303);
  });
}
