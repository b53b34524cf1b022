// Discovery for machines: sitemap and robots.txt.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { paths } from '../../http/page-context.ts';
import { countPublicArticles, listSitemapArticles } from '../articles/article.queries.ts';
import { AuthorRepository } from '../authors/author.repository.ts';
import { SectionRepository } from '../sections/section.repository.ts';
import { sitemapIndexXml, urlsetXml, type SitemapUrl } from './sitemap.ts';
import type { Clock } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';

/** sitemaps.org allows 50,000 URLs a file; stay below it. */
export const SITEMAP_CHUNK = 40_000;

export function registerDiscoveryRoutes(
  app: FastifyInstance,
  deps: { db: Kysely<Schema>; clock: Clock; publicUrl: string },
): void {
  const { db, clock, publicUrl } = deps;
  const xml = 'application/xml; charset=utf-8';

  app.get('/sitemap.xml', async (_request, reply) => {
    const now = clock.now().toISOString();
    const total = await countPublicArticles(db, now);
    if (total > SITEMAP_CHUNK) {
      const chunks = Math.ceil(total / SITEMAP_CHUNK);
      const sitemaps: SitemapUrl[] = [{ loc: `${publicUrl}/sitemap-pages.xml` }];
      for (let i = 1; i <= chunks; i++) sitemaps.push({ loc: `${publicUrl}/sitemap-articles-${i}.xml` });
      return reply.type(xml).send(sitemapIndexXml(sitemaps));
    }
    const articles = await listSitemapArticles(db, now, SITEMAP_CHUNK, 0);
    const urls = [...(await pageUrls()), ...articles.map((a) => ({ loc: `${publicUrl}${paths.article(a.slug)}`, lastmod: a.lastModified }))];
    return reply.type(xml).send(urlsetXml(urls));
  });

  app.get('/sitemap-pages.xml', async (_request, reply) => reply.type(xml).send(urlsetXml(await pageUrls())));

  app.get<{ Params: { n: string } }>('/sitemap-articles-:n.xml', async (request, reply) => {
    const n = /^[1-9]\d{0,4}$/.test(request.params.n) ? Number(request.params.n) : NaN;
    if (!Number.isFinite(n)) throw new AppError('NOT_FOUND');
    const articles = await listSitemapArticles(db, clock.now().toISOString(), SITEMAP_CHUNK, (n - 1) * SITEMAP_CHUNK);
    if (articles.length === 0) throw new AppError('NOT_FOUND');
    return reply.type(xml).send(urlsetXml(articles.map((a) => ({ loc: `${publicUrl}${paths.article(a.slug)}`, lastmod: a.lastModified }))));
  });

  app.get('/robots.txt', async (_request, reply) => {
    return reply.type('text/plain; charset=utf-8').send(`User-agent: *\nDisallow: /admin\nSitemap: ${publicUrl}/sitemap.xml\n`);
  });

  async function pageUrls(): Promise<SitemapUrl[]> {
    const [sections, authors] = await Promise.all([new SectionRepository(db).listSections(), new AuthorRepository(db).listAuthors()]);
    return [
      { loc: `${publicUrl}/` },
      ...sections.map((s) => ({ loc: `${publicUrl}${paths.section(s.slug)}` })),
      ...authors.map((a) => ({ loc: `${publicUrl}${paths.author(a.slug)}` })),
    ];
  }
}
