// Public article routes: front page, article page, section and tag archives.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.ts';
import { assertPageInRange, parsePageParam } from '../../core/pagination.ts';
import type { Schema } from '../../db/schema.ts';
import { paths } from '../../http/page-context.ts';
import type { Site } from '../../http/site.ts';
import type { CommentSectionBuilder, RenderArticle } from '../comments/comment.routes.ts';
import { ArchiveView, ArticleView, FrontPageView } from './article.pages.tsx';
import { findArticlePage, getFrontPage, listPublicArticles } from './article.queries.ts';
import { TagRepository } from './tag.repository.ts';

export const ARCHIVE_PAGE_SIZE = 12;

interface SlugParams {
  slug: string;
}
interface PageQuery {
  page?: string;
}

/** Renders an article page; the comment routes use it to show the form again with the reader's text. */
export function articleRenderer(deps: { db: Kysely<Schema>; site: Site; comments: CommentSectionBuilder }): RenderArticle {
  return async (request, reply, slug, override, status) => {
    const ctx = await deps.site.pageContext();
    const page = await findArticlePage(deps.db, slug, ctx.now);
    if (!page) throw new AppError('ARTICLE_NOT_FOUND', { slug });
    const { article } = page;
    const comments = await deps.comments.build(request, reply, ctx, { id: article.id, slug: article.slug, commentsOpen: article.commentsOpen, publishedAt: article.publishedAt! }, override);
    // A page holding a form token and the reader's own held comments is theirs alone.
    reply.header('Cache-Control', 'private, no-cache');
    return reply.code(status).type('text/html; charset=utf-8').send(ArticleView({ ctx, page, comments }));
  };
}

export function registerArticleRoutes(app: FastifyInstance, deps: { db: Kysely<Schema>; site: Site; renderArticle: RenderArticle }): void {
  const { db, site, renderArticle } = deps;

  app.get('/', async (_request, reply) => {
    const ctx = await site.pageContext();
    const front = await getFrontPage(db, ctx.sections, ctx.now);
    return reply.type('text/html; charset=utf-8').send(FrontPageView({ ctx, front }));
  });

  app.get<{ Params: SlugParams }>('/articles/:slug', async (request, reply) => renderArticle(request, reply, request.params.slug, {}, 200));

  app.get<{ Params: SlugParams; Querystring: PageQuery }>('/sections/:slug', async (request, reply) => {
    const pageRequest = parsePageParam(request.query.page, ARCHIVE_PAGE_SIZE);
    const ctx = await site.pageContext();
    const section = ctx.sections.find((s) => s.slug === request.params.slug);
    if (!section) throw new AppError('SECTION_NOT_FOUND', { slug: request.params.slug });
    const paged = await listPublicArticles(db, { sectionId: section.id }, pageRequest, ctx.now);
    assertPageInRange(paged);
    const html = ArchiveView({
      ctx,
      title: section.name,
      kind: 'section',
      description: section.description,
      basePath: paths.section(section.slug),
      paged,
      currentSection: section.slug,
    });
    return reply.type('text/html; charset=utf-8').send(html);
  });

  app.get<{ Params: SlugParams; Querystring: PageQuery }>('/tags/:slug', async (request, reply) => {
    const pageRequest = parsePageParam(request.query.page, ARCHIVE_PAGE_SIZE);
    const ctx = await site.pageContext();
    const tag = await new TagRepository(db).findTagBySlug(request.params.slug);
    if (!tag) throw new AppError('TAG_NOT_FOUND', { slug: request.params.slug });
    const paged = await listPublicArticles(db, { tagId: tag.id }, pageRequest, ctx.now);
    assertPageInRange(paged);
    const html = ArchiveView({
      ctx,
      title: ctx.t('archive.tag', { name: tag.name }),
      kind: 'tag',
      basePath: paths.tag(tag.slug),
      paged,
    });
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
