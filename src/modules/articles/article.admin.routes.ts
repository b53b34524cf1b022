// Staff routes for articles: list, create, edit (with preview, conflicts and field errors),
// autosave, live preview, revisions, and editorial entries.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parsePageParam } from '../../core/pagination.ts';
import { renderMarkdown } from '../../core/markdown.ts';
import { utcToZonedLocal, zonedLocalToUtc } from '../../core/time-zone.ts';
import { wordDiff } from '../../core/word-diff.ts';
import { asForm, field, parseId } from '../../http/form.ts';
import { paths } from '../../http/page-context.ts';
import { deskContext, type StaffAreaDeps } from '../admin/staff-area.ts';
import { actorOf } from '../auth/auth.service.ts';
import { can } from '../auth/permissions.ts';
import { AuthorRepository } from '../authors/author.repository.ts';
import { EditorialRepository } from '../editorial/editorial.repository.ts';
import { EditorialService, EditorialValidationError } from '../editorial/editorial.service.ts';
import { editorialKinds, type EditorialKind } from '../editorial/editorial.ts';
import { SectionRepository } from '../sections/section.repository.ts';
import { ForbiddenView } from '../admin/desk.pages.tsx';
import { ArticleEditorView, ArticleListView, RevisionsView, type EditorProps } from './article.admin.pages.tsx';
import { listDeskArticles, type DeskArticleFilter } from './article.admin.queries.ts';
import {
  emptyFormValues,
  formValuesFromArticle,
  formValuesFromBody,
  inputFromFormValues,
  problemsToFieldErrors,
  type ArticleFormValues,
  type FieldErrors,
} from './article-form.ts';
import { isOwnArticle, isPubliclyVisible, mayEditArticle, mayPublishArticle, type ArticleActor } from './article.ts';
import { ArticleConflictError, ArticleService, ArticleValidationError, inputFromRevision, type EditableArticle } from './article.service.ts';
import { UserRepository } from '../auth/user.repository.ts';
import { uploadIn } from '../media/media.routes.ts';
import { MAX_IMAGE_BYTES, NotAnImageError } from '../media/media.service.ts';

const LIST_PAGE_SIZE = 25;

export function registerArticleAdminRoutes(scope: FastifyInstance, deps: StaffAreaDeps): void {
  const articles = new ArticleService(deps.db, deps.clock);
  const html = (reply: FastifyReply) => reply.type('text/html; charset=utf-8');

  const actorFor = (request: FastifyRequest): ArticleActor => {
    const user = request.staff!.user;
    return { userId: user.id, role: user.role, authorId: user.authorId };
  };
  const by = (request: FastifyRequest) => ({ actor: actorOf(request.staff!.user, request.ip), userId: request.staff!.user.id });

  async function forbidden(request: FastifyRequest, reply: FastifyReply, message: string) {
    const ctx = await deps.site.pageContext();
    return html(reply).code(403).send(ForbiddenView({ desk: deskContext(request, deps, ctx.publication.name), message }));
  }

  /** Loads an article the requester may edit, or answers 404/403 itself. */
  async function loadEditable(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply): Promise<EditableArticle | undefined> {
    const id = parseId(request.params.id);
    const editable = id === undefined ? undefined : await articles.getEditable(id);
    if (!editable) {
      const ctx = await deps.site.pageContext();
      await html(reply).code(404).send(ForbiddenView({ desk: deskContext(request, deps, ctx.publication.name), message: 'There is no article with this number.' }));
      return undefined;
    }
    if (!mayEditArticle(actorFor(request), { status: editable.article.status, createdBy: editable.createdBy, authorIds: editable.authorIds })) {
      await forbidden(request, reply, 'You may not edit this article: it is not yours, or it is published and your role cannot change published work.');
      return undefined;
    }
    return editable;
  }

  /** Stores an image uploaded with the form; a failure is reported at the image field. */
  async function takeUpload(request: FastifyRequest, values: ArticleFormValues): Promise<{ status: number; errors: FieldErrors } | undefined> {
    const upload = uploadIn(request.body, 'imageFile');
    if (!upload) return undefined;
    if (upload.truncated) {
      return { status: 413, errors: { imageUrl: `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Make it smaller and upload it again; the rest of the article is kept below.` } };
    }
    try {
      values.imageUrl = (await deps.media.storeImage(upload.buffer)).url;
      return undefined;
    } catch (error) {
      if (!(error instanceof NotAnImageError)) throw error;
      return { status: 415, errors: { imageUrl: `${error.message} The rest of the article is kept below.` } };
    }
  }

  async function renderEditor(
    request: FastifyRequest,
    reply: FastifyReply,
    options: { editable?: EditableArticle; values: ArticleFormValues; errors?: FieldErrors; previewHtml?: string; conflict?: EditorProps['conflict']; status?: number; notice?: EditorProps['notice'] },
  ) {
    const ctx = await deps.site.pageContext();
    const user = request.staff!.user;
    const { editable } = options;
    const [sections, authors, entries, revisions] = await Promise.all([
      new SectionRepository(deps.db).listSections(),
      new AuthorRepository(deps.db).listAuthors(),
      editable ? new EditorialRepository(deps.db).listEntriesForArticle(editable.article.id) : Promise.resolve([]),
      editable ? articles.listRevisions(editable.article.id) : Promise.resolve([]),
    ]);
    const own = !editable || isOwnArticle(actorFor(request), { createdBy: editable.createdBy, authorIds: editable.authorIds });
    const isLive = editable ? isPubliclyVisible(editable.article.status, editable.article.publishedAt, ctx.now) : false;
    const view = ArticleEditorView({
      desk: deskContext(request, deps, ctx.publication.name),
      articleId: editable?.article.id ?? null,
      values: options.values,
      errors: options.errors ?? {},
      sections,
      authors,
      canPublish: mayPublishArticle(actorFor(request), own),
      hasBeenPublic: revisions.some((r) => r.kind === 'published'),
      publicPath: isLive && editable ? paths.article(editable.article.slug) : null,
      previewHtml: options.previewHtml,
      conflict: options.conflict,
      notice: options.notice,
      entries,
      canManageEditorial: can(user.role, 'editorial.manage') && isLive,
      revisionCount: revisions.length,
      timeZone: ctx.publication.timeZone,
      defaultSignature: user.name,
      entryDate: utcToZonedLocal(ctx.now, ctx.publication.timeZone),
    });
    return html(reply).code(options.status ?? 200).send(view);
  }

  // ----- list -----
  scope.get<{ Querystring: Record<string, string | undefined> }>('/articles', { config: { permission: 'article.write' } }, async (request, reply) => {
    const q = request.query;
    const page = parsePageParam(q.page, LIST_PAGE_SIZE);
    const user = request.staff!.user;
    const filter: DeskArticleFilter = {
      status: q.status === 'draft' || q.status === 'scheduled' || q.status === 'published' ? q.status : undefined,
      sectionId: parseId(q.section),
      authorId: parseId(q.author),
      q: typeof q.q === 'string' && q.q.trim() ? q.q.slice(0, 200) : undefined,
      ownedBy: can(user.role, 'article.editAny') ? undefined : { userId: user.id, authorId: user.authorId },
    };
    const ctx = await deps.site.pageContext();
    const [paged, sections, authors] = await Promise.all([
      listDeskArticles(deps.db, deps.dialect, filter, page),
      new SectionRepository(deps.db).listSections(),
      new AuthorRepository(deps.db).listAuthors(),
    ]);
    const query = new URLSearchParams(Object.entries(q).filter(([k, v]) => k !== 'page' && typeof v === 'string' && v !== '') as [string, string][]).toString();
    return html(reply).send(
      ArticleListView({ desk: deskContext(request, deps, ctx.publication.name), paged, filter, sections, authors, timeZone: ctx.publication.timeZone, now: ctx.now, query }),
    );
  });

  // ----- new -----
  scope.get('/articles/new', { config: { permission: 'article.write' } }, async (request, reply) => {
    const sections = await new SectionRepository(deps.db).listSections();
    return renderEditor(request, reply, { values: emptyFormValues({ sectionId: sections[0]?.id, authorId: request.staff!.user.authorId }) });
  });

  scope.post('/articles', { config: { permission: 'article.write' } }, async (request, reply) => {
    const ctx = await deps.site.pageContext();
    const form = asForm(request.body);
    const values = formValuesFromBody(form);
    if (!mayPublishArticle(actorFor(request), true)) values.mode = 'draft';
    const uploadProblem = await takeUpload(request, values);
    if (uploadProblem) return renderEditor(request, reply, { values, errors: uploadProblem.errors, status: uploadProblem.status });
    if (field(form, 'intent') === 'preview') return renderEditor(request, reply, { values, previewHtml: renderMarkdown(values.body) });
    const { input, errors } = inputFromFormValues(values, { timeZone: ctx.publication.timeZone, now: ctx.now, publishedAt: null });
    if (Object.keys(errors).length) return renderEditor(request, reply, { values, errors, status: 400 });
    try {
      const article = await articles.createArticle(input, by(request));
      return reply.redirect(`/admin/articles/${article.id}?saved=1`, 303);
    } catch (error) {
      if (!(error instanceof ArticleValidationError)) throw error;
      return renderEditor(request, reply, { values, errors: problemsToFieldErrors(error.problems), status: 400 });
    }
  });

  // ----- edit -----
  scope.get<{ Params: { id: string }; Querystring: { saved?: string; restored?: string; entry?: string } }>(
    '/articles/:id',
    { config: { permission: 'article.write' } },
    async (request, reply) => {
      const editable = await loadEditable(request, reply);
      if (!editable) return reply;
      const ctx = await deps.site.pageContext();
      const notice =
        request.query.saved !== undefined ? { kind: 'success' as const, text: 'Saved.' }
        : request.query.restored !== undefined ? { kind: 'success' as const, text: 'The revision is restored as the current text.' }
        : request.query.entry !== undefined ? { kind: 'success' as const, text: 'The entry is published on the article.' }
        : undefined;
      return renderEditor(request, reply, { editable, values: formValuesFromArticle(editable, ctx.publication.timeZone, ctx.now), notice });
    },
  );

  scope.post<{ Params: { id: string } }>('/articles/:id', { config: { permission: 'article.write' } }, async (request, reply) => {
    const editable = await loadEditable(request, reply);
    if (!editable) return reply;
    const ctx = await deps.site.pageContext();
    const form = asForm(request.body);
    const values = formValuesFromBody(form);
    const own = isOwnArticle(actorFor(request), { createdBy: editable.createdBy, authorIds: editable.authorIds });
    if (!mayPublishArticle(actorFor(request), own)) values.mode = 'draft';
    const uploadProblem = await takeUpload(request, values);
    if (uploadProblem) return renderEditor(request, reply, { editable, values, errors: uploadProblem.errors, status: uploadProblem.status });
    if (field(form, 'intent') === 'preview') return renderEditor(request, reply, { editable, values, previewHtml: renderMarkdown(values.body) });
    const { input, errors } = inputFromFormValues(values, { timeZone: ctx.publication.timeZone, now: ctx.now, publishedAt: editable.article.publishedAt });
    if (Object.keys(errors).length) return renderEditor(request, reply, { editable, values, errors, status: 400 });
    const expected = Number(values.lockVersion);
    try {
      await articles.updateArticle(editable.article.id, input, Number.isInteger(expected) ? expected : -1, values.change, by(request));
      return reply.redirect(`/admin/articles/${editable.article.id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof ArticleValidationError) return renderEditor(request, reply, { editable, values, errors: problemsToFieldErrors(error.problems), status: 400 });
      if (!(error instanceof ArticleConflictError)) throw error;
      const theirs = formValuesFromArticle(error.current, ctx.publication.timeZone, ctx.now);
      const savedBy = await lastSaver(error.current.article.id);
      // Keep the editor's text, but let the next save knowingly replace the newer version.
      return renderEditor(request, reply, {
        editable: error.current,
        values: { ...values, lockVersion: String(error.current.lockVersion) },
        conflict: { savedBy, theirs, diffHtml: wordDiff(`${theirs.title}\n\n${theirs.body}`, `${values.title}\n\n${values.body}`).html },
        status: 409,
      });
    }
  });

  async function lastSaver(articleId: number): Promise<string> {
    const latest = (await articles.listRevisions(articleId)).find((r) => r.kind !== 'autosave');
    if (!latest?.createdBy) return 'Someone';
    return (await new UserRepository(deps.db).findUserById(latest.createdBy))?.name ?? 'Someone';
  }

  // ----- autosave and live preview (used by desk.js; the forms work without them) -----
  scope.post<{ Params: { id: string } }>('/articles/:id/autosave', { config: { permission: 'article.write' } }, async (request, reply) => {
    const editable = await loadEditable(request, reply);
    if (!editable) return reply;
    const ctx = await deps.site.pageContext();
    const { input } = inputFromFormValues(formValuesFromBody(asForm(request.body)), { timeZone: ctx.publication.timeZone, now: ctx.now, publishedAt: editable.article.publishedAt });
    await articles.autosave(editable.article.id, input, by(request));
    return reply.send({ saved: ctx.now });
  });

  scope.post('/preview', { config: { permission: 'article.write' } }, async (request, reply) => {
    const body = field(asForm(request.body), 'body');
    return html(reply).send(renderMarkdown(body.slice(0, 200_000)));
  });

  // ----- revisions -----
  scope.get<{ Params: { id: string }; Querystring: { a?: string; b?: string; restored?: string } }>(
    '/articles/:id/revisions',
    { config: { permission: 'article.write' } },
    async (request, reply) => {
      const editable = await loadEditable(request, reply);
      if (!editable) return reply;
      const ctx = await deps.site.pageContext();
      const revisions = await articles.listRevisions(editable.article.id);
      const a = revisions.find((r) => r.id === parseId(request.query.a));
      const b = revisions.find((r) => r.id === parseId(request.query.b));
      const compare = a && b ? { a, b, titleDiff: wordDiff(a.title, b.title).html, bodyDiff: wordDiff(a.bodyMarkdown, b.bodyMarkdown).html } : undefined;
      return html(reply).send(
        RevisionsView({ desk: deskContext(request, deps, ctx.publication.name), articleId: editable.article.id, title: editable.article.title, revisions, compare, timeZone: ctx.publication.timeZone }),
      );
    },
  );

  scope.post<{ Params: { id: string; revisionId: string } }>(
    '/articles/:id/revisions/:revisionId/restore',
    { config: { permission: 'article.write' } },
    async (request, reply) => {
      const editable = await loadEditable(request, reply);
      if (!editable) return reply;
      const revision = await articles.findRevision(editable.article.id, parseId(request.params.revisionId) ?? -1);
      if (!revision) return forbidden(request, reply, 'There is no such revision of this article.');
      await articles.updateArticle(editable.article.id, inputFromRevision(revision, editable), editable.lockVersion, 'substantive', by(request));
      return reply.redirect(`/admin/articles/${editable.article.id}?restored=1`, 303);
    },
  );

  // ----- editorial entries -----
  scope.post<{ Params: { id: string } }>('/articles/:id/entries', { config: { permission: 'editorial.manage' } }, async (request, reply) => {
    const editable = await loadEditable(request, reply);
    if (!editable) return reply;
    const ctx = await deps.site.pageContext();
    const form = asForm(request.body);
    const kind = field(form, 'kind');
    const entryDate = zonedLocalToUtc(field(form, 'entryDate'), ctx.publication.timeZone) ?? '';
    try {
      await new EditorialService(deps.db, deps.clock).appendEntry(
        {
          articleId: editable.article.id,
          authorId: field(form, 'alsoOnAuthor') ? (editable.authorIds[0] ?? null) : null,
          kind: (editorialKinds as readonly string[]).includes(kind) ? (kind as EditorialKind) : 'editors_note',
          bodyMarkdown: field(form, 'entryBody'),
          entryDate,
          signedBy: field(form, 'signedBy'),
        },
        actorOf(request.staff!.user, request.ip),
      );
    } catch (error) {
      if (!(error instanceof EditorialValidationError)) throw error;
      return renderEditor(request, reply, {
        editable,
        values: formValuesFromArticle(editable, ctx.publication.timeZone, ctx.now),
        notice: { kind: 'error', text: `The entry was not added: ${error.problems.map((p) => p.message).join(' ')}` },
        status: 400,
      });
    }
    return reply.redirect(`/admin/articles/${editable.article.id}?entry=1#editorial`, 303);
  });
}
