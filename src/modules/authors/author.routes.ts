import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.ts';
import { assertPageInRange, parsePageParam } from '../../core/pagination.ts';
import type { Schema } from '../../db/schema.ts';
import type { Site } from '../../http/site.ts';
import { ARCHIVE_PAGE_SIZE } from '../articles/article.routes.ts';
import { listAuthorNotes, listPublicArticles } from '../articles/article.queries.ts';
import { AuthorRepository } from './author.repository.ts';
import { AuthorView } from './author.pages.tsx';

export function registerAuthorRoutes(app: FastifyInstance, deps: { db: Kysely<Schema>; site: Site }): void {
  const { db, site } = deps;
  app.get<{ Params: { slug: string }; Querystring: { page?: string } }>('/authors/:slug', async (request, reply) => {
    const pageRequest = parsePageParam(request.query.page, ARCHIVE_PAGE_SIZE);
    const author = await new AuthorRepository(db).findAuthorBySlug(request.params.slug);
    if (!author) throw new AppError('AUTHOR_NOT_FOUND', { slug: request.params.slug });
    const ctx = await site.pageContext();
    const [paged, notes] = await Promise.all([
      listPublicArticles(db, { authorId: author.id }, pageRequest, ctx.now),
      pageRequest.page === 1 ? listAuthorNotes(db, author.id, ctx.now) : Promise.resolve([]),
    ]);
    assertPageInRange(paged);
    return reply.type('text/html; charset=utf-8').send(AuthorView({ ctx, author, notes, paged }));
  });
}
