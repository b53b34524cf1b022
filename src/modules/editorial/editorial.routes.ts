// Public routes of the record: /corrections, its feed, and each article's history.
import type { FastifyInstance } from 'fastify';
import { Feed } from 'feed';
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.ts';
import { assertPageInRange, parsePageParam } from '../../core/pagination.ts';
import { wordDiff } from '../../core/word-diff.ts';
import type { Schema } from '../../db/schema.ts';
import { paths } from '../../http/page-context.ts';
import type { Site } from '../../http/site.ts';
import { readerVersions } from '../articles/article-history.ts';
import { isPublic } from '../articles/article.queries.ts';
import { RevisionRepository } from '../articles/revision.repository.ts';
import { htmlToText } from '../discovery/json-ld.ts';
import { CorrectionsView, HistoryView, type HistoryComparison } from './editorial.pages.tsx';
import { listCorrections } from './editorial.queries.ts';

const CORRECTIONS_PAGE_SIZE = 20;

export function registerEditorialRoutes(app: FastifyInstance, deps: { db: Kysely<Schema>; site: Site; publicUrl: string }): void {
  const { db, site, publicUrl } = deps;

  app.get<{ Querystring: { page?: string } }>('/corrections', async (request, reply) => {
    const page = parsePageParam(request.query.page, CORRECTIONS_PAGE_SIZE);
    const ctx = await site.pageContext();
    const paged = await listCorrections(db, ctx.now, page);
    assertPageInRange(paged);
    return reply.type('text/html; charset=utf-8').send(CorrectionsView({ ctx, paged }));
  });

  app.get('/corrections/feed', async (_request, reply) => {
    const ctx = await site.pageContext();
    const paged = await listCorrections(db, ctx.now, parsePageParam(undefined, 50));
    const feed = new Feed({
      title: `${ctx.publication.name}: ${ctx.t('corrections.title')}`,
      description: ctx.t('corrections.intro'),
      id: `${publicUrl}/corrections`,
      link: `${publicUrl}/corrections`,
      language: ctx.publication.language,
      copyright: ctx.publication.name,
      updated: new Date(paged.items[0]?.entryDate ?? ctx.now),
      feedLinks: { atom: `${publicUrl}/corrections/feed` },
    });
    for (const c of paged.items) {
      const url = `${publicUrl}${paths.article(c.article.slug)}#note-${c.id}`;
      feed.addItem({
        title: `${ctx.t('editorial.correction')}: ${c.article.title}`,
        id: url,
        link: url,
        date: new Date(c.entryDate),
        description: htmlToText(c.bodyHtml),
        content: c.bodyHtml,
        author: [{ name: c.signedBy }],
      });
    }
    return reply.type('application/atom+xml; charset=utf-8').send(feed.atom1());
  });

  app.get<{ Params: { slug: string }; Querystring: { from?: string; to?: string } }>('/articles/:slug/history', async (request, reply) => {
    const ctx = await site.pageContext();
    const article = await db
      .selectFrom('articles')
      .select(['id', 'slug', 'title'])
      .where('slug', '=', request.params.slug)
      .where(isPublic(ctx.now))
      .executeTakeFirst();
    if (!article) throw new AppError('ARTICLE_NOT_FOUND', { slug: request.params.slug });
    const versions = readerVersions(await new RevisionRepository(db).listPublishedVersions(article.id, ctx.now));
    const number = (raw: string | undefined, fallback: number) => {
      if (raw === undefined) return fallback;
      if (!/^[1-9]\d{0,5}$/.test(raw) || Number(raw) > versions.length) throw new AppError('BAD_REQUEST', { raw });
      return Number(raw);
    };
    let comparison: HistoryComparison | undefined;
    if (versions.length >= 2) {
      const to = number(request.query.to, versions.length);
      const from = number(request.query.from, to - 1 >= 1 ? to - 1 : 1);
      const a = versions[from - 1]!;
      const b = versions[to - 1]!;
      comparison = { from, to, title: wordDiff(a.title, b.title).html, dek: wordDiff(a.dek, b.dek).html, body: wordDiff(a.bodyMarkdown, b.bodyMarkdown).html };
    }
    return reply.type('text/html; charset=utf-8').send(HistoryView({ ctx, slug: article.slug, title: article.title, versions, comparison }));
  });
}
