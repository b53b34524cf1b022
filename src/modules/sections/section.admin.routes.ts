// Staff routes for sections and tags.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { slugify } from '../../core/slug.ts';
import { inTransaction } from '../../db/transaction.ts';
import { asForm, field, parseId } from '../../http/form.ts';
import { ForbiddenView } from '../admin/desk.pages.tsx';
import { deskContext, type StaffAreaDeps } from '../admin/staff-area.ts';
import { TagRepository } from '../articles/tag.repository.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import { actorOf } from '../auth/auth.service.ts';
import { SectionEditView, SectionListView, TagListView, type SectionFormValues } from './section.admin.pages.tsx';
import { SectionRepository } from './section.repository.ts';
import { toArticleType, type Section } from './section.ts';

export function registerSectionAdminRoutes(scope: FastifyInstance, deps: StaffAreaDeps): void {
  const sections = new SectionRepository(deps.db);
  const tags = new TagRepository(deps.db);
  const html = (reply: FastifyReply) => reply.type('text/html; charset=utf-8');
  const desk = async (request: FastifyRequest) => deskContext(request, deps, (await deps.site.pageContext()).publication.name);
  const notFound = async (request: FastifyRequest, reply: FastifyReply, message: string) => html(reply).code(404).send(ForbiddenView({ desk: await desk(request), message }));

  const valuesOf = (s: Section): SectionFormValues => ({ name: s.name, slug: s.slug, description: s.description, articleType: s.articleType, position: String(s.position) });

  async function saveSection(request: FastifyRequest, reply: FastifyReply, id: number | undefined) {
    const form = asForm(request.body);
    const values: SectionFormValues = { name: field(form, 'name'), slug: field(form, 'slug'), description: field(form, 'description'), articleType: field(form, 'articleType'), position: field(form, 'position') || '0' };
    const slug = values.slug.trim() || slugify(values.name);
    const errors: Partial<Record<keyof SectionFormValues, string>> = {};
    if (!values.name.trim()) errors.name = 'Give the section a name.';
    if (values.name.length > 100) errors.name = 'The name is longer than 100 characters.';
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) errors.slug = 'Use lower-case letters, digits and single hyphens.';
    else if (await sections.slugTaken(slug, id)) errors.slug = 'Another section already uses this slug.';
    if (!/^-?\d{1,4}$/.test(values.position.trim())) errors.position = 'Give a whole number.';
    if (Object.keys(errors).length) return html(reply).code(400).send(SectionEditView({ desk: await desk(request), sectionId: id ?? null, values, errors }));
    const section = { name: values.name.trim(), slug, description: values.description.trim(), articleType: toArticleType(values.articleType), position: Number(values.position) };
    const now = deps.clock.now().toISOString();
    const savedId = await inTransaction(deps.db, async (trx) => {
      const repo = new SectionRepository(trx);
      const savedId = id === undefined ? (await repo.insertSection(section, now)).id : (await repo.updateSection(id, section), id);
      await new AuditRepository(trx).record(actorOf(request.staff!.user, request.ip), { action: id === undefined ? 'section.created' : 'section.updated', subjectType: 'section', subjectId: savedId }, now);
      return savedId;
    });
    return reply.redirect(`/admin/sections/${savedId}?saved=1`, 303);
  }

  scope.get('/sections', { config: { permission: 'people.manage' } }, async (request, reply) =>
    html(reply).send(SectionListView({ desk: await desk(request), sections: await sections.listSections(), counts: await sections.countArticlesBySection() })),
  );
  scope.get('/sections/new', { config: { permission: 'people.manage' } }, async (request, reply) =>
    html(reply).send(SectionEditView({ desk: await desk(request), sectionId: null, values: { name: '', slug: '', description: '', articleType: 'NewsArticle', position: '0' }, errors: {} })),
  );
  scope.post('/sections', { config: { permission: 'people.manage' } }, async (request, reply) => saveSection(request, reply, undefined));
  scope.get<{ Params: { id: string }; Querystring: { saved?: string } }>('/sections/:id', { config: { permission: 'people.manage' } }, async (request, reply) => {
    const section = await sections.findSectionById(parseId(request.params.id) ?? -1);
    if (!section) return notFound(request, reply, 'There is no section with this number.');
    return html(reply).send(SectionEditView({ desk: await desk(request), sectionId: section.id, values: valuesOf(section), errors: {}, notice: request.query.saved !== undefined ? { kind: 'success', text: 'Saved.' } : undefined }));
  });
  scope.post<{ Params: { id: string } }>('/sections/:id', { config: { permission: 'people.manage' } }, async (request, reply) => {
    const section = await sections.findSectionById(parseId(request.params.id) ?? -1);
    if (!section) return notFound(request, reply, 'There is no section with this number.');
    return saveSection(request, reply, section.id);
  });

  // ----- tags -----
  scope.get<{ Querystring: { done?: string } }>('/tags', { config: { permission: 'people.manage' } }, async (request, reply) =>
    html(reply).send(TagListView({ desk: await desk(request), tags: await tags.listTagsWithCounts(), notice: request.query.done !== undefined ? { kind: 'success', text: 'Done.' } : undefined })),
  );
  scope.post<{ Params: { id: string } }>('/tags/:id', { config: { permission: 'people.manage' } }, async (request, reply) => {
    const tag = await tags.findTagById(parseId(request.params.id) ?? -1);
    if (!tag) return notFound(request, reply, 'There is no tag with this number.');
    const name = field(asForm(request.body), 'name').trim();
    const slug = slugify(name);
    const problem = !name || !slug ? 'Give the tag a name with at least one letter or digit.' : name.length > 100 ? 'The name is longer than 100 characters.' : (await tags.slugTaken(slug, tag.id)) ? 'Another tag already has this name.' : undefined;
    if (problem) return html(reply).code(400).send(TagListView({ desk: await desk(request), tags: await tags.listTagsWithCounts(), errors: { [tag.id]: problem }, notice: { kind: 'error', text: problem } }));
    const now = deps.clock.now().toISOString();
    await inTransaction(deps.db, async (trx) => {
      await new TagRepository(trx).renameTag(tag.id, name, slug);
      await new AuditRepository(trx).record(actorOf(request.staff!.user, request.ip), { action: 'tag.renamed', subjectType: 'tag', subjectId: tag.id, detail: { from: tag.name, to: name } }, now);
    });
    return reply.redirect('/admin/tags?done=1', 303);
  });
  scope.post<{ Params: { id: string } }>('/tags/:id/delete', { config: { permission: 'people.manage' } }, async (request, reply) => {
    const tag = await tags.findTagById(parseId(request.params.id) ?? -1);
    if (!tag) return notFound(request, reply, 'There is no tag with this number.');
    const now = deps.clock.now().toISOString();
    await inTransaction(deps.db, async (trx) => {
      await new TagRepository(trx).deleteTag(tag.id);
      await new AuditRepository(trx).record(actorOf(request.staff!.user, request.ip), { action: 'tag.deleted', subjectType: 'tag', subjectId: tag.id, detail: { name: tag.name } }, now);
    });
    return reply.redirect('/admin/tags?done=1', 303);
  });
}
