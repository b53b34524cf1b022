// Read models of articles for public pages. Every query here shows public articles only:
// published, or scheduled with their time come (see isPubliclyVisible in article.ts).
import type { ExpressionBuilder, Kysely } from 'kysely';
import { toPaged, type PageRequest, type Paged } from '../../core/pagination.ts';
import type { Schema } from '../../db/schema.ts';
import { toAuthor } from '../authors/author.repository.ts';
import type { Author } from '../authors/author.ts';
import { listApprovedComments, countApprovedComments } from '../comments/comment.queries.ts';
import type { PublicComment } from '../comments/comment.ts';
import { EditorialRepository } from '../editorial/editorial.repository.ts';
import { toEditorialKind, type EditorialEntry, type EditorialKind } from '../editorial/editorial.ts';
import { toSection } from '../sections/section.repository.ts';
import type { Section } from '../sections/section.ts';
import { publicUpdatedAt, type Article, type FeaturedImage } from './article.ts';
import { toArticle } from './article.repository.ts';
import type { Tag } from './tag.ts';

export interface BylineAuthor {
  slug: string;
  name: string;
}

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  dek: string;
  excerpt: string;
  publishedAt: string;
  section: { slug: string; name: string };
  authors: BylineAuthor[];
  featuredImage: FeaturedImage | null;
  syndicatedFrom: string | null;
}

export interface ArchiveFilter {
  sectionId?: number;
  authorId?: number;
  tagId?: number;
}

type ArticlesEb = ExpressionBuilder<Schema, 'articles'>;

/** The visibility rule of isPubliclyVisible, as SQL. */
export function isPublic(now: string) {
  return (eb: ArticlesEb) =>
    eb.and([eb('articles.status', 'in', ['published', 'scheduled']), eb('articles.published_at', '<=', now)]);
}

function applyFilter(db: Kysely<Schema>, filter: ArchiveFilter, now: string) {
  let query = db.selectFrom('articles').where(isPublic(now));
  if (filter.sectionId !== undefined) query = query.where('articles.section_id', '=', filter.sectionId);
  if (filter.authorId !== undefined) {
    const authorId = filter.authorId;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('article_authors').select('article_authors.article_id')
          .whereRef('article_authors.article_id', '=', 'articles.id')
          .where('article_authors.author_id', '=', authorId),
      ),
    );
  }
  if (filter.tagId !== undefined) {
    const tagId = filter.tagId;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('article_tags').select('article_tags.article_id')
          .whereRef('article_tags.article_id', '=', 'articles.id')
          .where('article_tags.tag_id', '=', tagId),
      ),
    );
  }
  return query;
}

export async function listPublicArticles(
  db: Kysely<Schema>,
  filter: ArchiveFilter,
  page: PageRequest,
  now: string,
): Promise<Paged<ArticleSummary>> {
  const [rows, count] = await Promise.all([
    summaries(applyFilter(db, filter, now), page.perPage, page.offset),
    applyFilter(db, filter, now).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return toPaged(await withBylines(db, rows), Number(count.n), page);
}

export interface FrontPage {
  lead: ArticleSummary | undefined;
  /** The next two stories, shown under the lead. */
  secondary: ArticleSummary[];
  latest: ArticleSummary[];
  sections: { section: Section; articles: ArticleSummary[] }[];
}

export async function getFrontPage(db: Kysely<Schema>, sections: Section[], now: string): Promise<FrontPage> {
  const latestRows = await summaries(applyFilter(db, {}, now), 9, 0);
  const perSection = await Promise.all(
    sections.map((section) => summaries(applyFilter(db, { sectionId: section.id }, now), 5, 0)),
  );
  const all = await withBylines(db, [...latestRows, ...perSection.flat()]);
  const byId = new Map(all.map((a) => [a.id, a]));
  const latest = latestRows.map((r) => byId.get(r.id)!);
  const shown = new Set(latest.map((a) => a.id));
  return {
    lead: latest[0],
    secondary: latest.slice(1, 3),
    latest: latest.slice(3),
    sections: sections
      .map((section, i) => ({
        section,
        // Articles already in "Latest" are not repeated under their section.
        articles: perSection[i]!.map((r) => byId.get(r.id)!).filter((a) => !shown.has(a.id)).slice(0, 4),
      }))
      .filter((s) => s.articles.length > 0),
  };
}

export interface ArticlePage {
  article: Article;
  section: Section;
  authors: Author[];
  tags: Tag[];
  entries: EditorialEntry[];
  comments: PublicComment[];
  commentCount: number;
  /** The public "updated" date, if any. */
  updatedAt: string | undefined;
}

export async function findArticlePage(db: Kysely<Schema>, slug: string, now: string): Promise<ArticlePage | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('slug', '=', slug).where(isPublic(now)).executeTakeFirst();
  if (!row) return undefined;
  const article = toArticle(row);
  const [section, authorRows, tags, entries, comments, commentCount] = await Promise.all([
    db.selectFrom('sections').selectAll().where('id', '=', article.sectionId).executeTakeFirstOrThrow(),
    db.selectFrom('authors')
      .innerJoin('article_authors', 'article_authors.author_id', 'authors.id')
      .selectAll('authors')
      .where('article_authors.article_id', '=', article.id)
      .orderBy('article_authors.position')
      .execute(),
    db.selectFrom('tags')
      .innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
      .select(['tags.id', 'tags.slug', 'tags.name'])
      .where('article_tags.article_id', '=', article.id)
      .orderBy('tags.name')
      .execute(),
    new EditorialRepository(db).listEntriesForArticle(article.id),
    listApprovedComments(db, article.id),
    countApprovedComments(db, article.id),
  ]);
  return {
    article,
    section: toSection(section),
    authors: authorRows.map(toAuthor),
    tags,
    entries,
    comments,
    commentCount,
    updatedAt: publicUpdatedAt(article.publishedAt!, article.revisedAt, entries.map((e) => e.entryDate)),
  };
}

export interface AuthorNote {
  id: number;
  kind: EditorialKind;
  bodyHtml: string;
  entryDate: string;
  signedBy: string;
  /** The article the note is about, when it is attached to a public one. */
  article: { slug: string; title: string } | null;
}

/** Editorial entries shown on an author's page, newest first; notes on non-public articles are left out. */
export async function listAuthorNotes(db: Kysely<Schema>, authorId: number, now: string): Promise<AuthorNote[]> {
  const rows = await db
    .selectFrom('editorial_entries')
    .leftJoin('articles', 'articles.id', 'editorial_entries.article_id')
    .select([
      'editorial_entries.id', 'editorial_entries.kind', 'editorial_entries.body_html', 'editorial_entries.entry_date',
      'editorial_entries.signed_by', 'editorial_entries.article_id', 'articles.slug', 'articles.title',
      'articles.status', 'articles.published_at',
    ])
    .where('editorial_entries.author_id', '=', authorId)
    .orderBy('editorial_entries.entry_date', 'desc')
    .execute();
  return rows
    .filter((r) => r.article_id === null || ((r.status === 'published' || r.status === 'scheduled') && r.published_at !== null && r.published_at <= now))
    .map((r) => ({
      id: r.id,
      kind: toEditorialKind(r.kind),
      bodyHtml: r.body_html,
      entryDate: r.entry_date,
      signedBy: r.signed_by,
      article: r.slug && r.title ? { slug: r.slug, title: r.title } : null,
    }));
}

export interface SitemapEntry {
  slug: string;
  lastModified: string;
}

export async function listSitemapArticles(db: Kysely<Schema>, now: string, limit: number, offset: number): Promise<SitemapEntry[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['slug', 'published_at', 'revised_at', 'modified_at'])
    .where(isPublic(now))
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({ slug: r.slug, lastModified: [r.published_at!, r.revised_at ?? ''].sort().at(-1)! }));
}

export async function countPublicArticles(db: Kysely<Schema>, now: string): Promise<number> {
  const row = await applyFilter(db, {}, now).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

// --- helpers ---

type SummaryRow = Omit<ArticleSummary, 'authors'>;

async function summaries(
  query: ReturnType<typeof applyFilter>,
  limit: number,
  offset: number,
): Promise<SummaryRow[]> {
  const rows = await query
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .select([
      'articles.id', 'articles.slug', 'articles.title', 'articles.dek', 'articles.excerpt', 'articles.published_at',
      'articles.featured_image_url', 'articles.featured_image_alt', 'articles.syndication_outlet',
      'sections.slug as section_slug', 'sections.name as section_name',
    ])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    dek: r.dek,
    excerpt: r.excerpt,
    publishedAt: r.published_at!,
    section: { slug: r.section_slug, name: r.section_name },
    featuredImage: r.featured_image_url ? { url: r.featured_image_url, alt: r.featured_image_alt ?? '' } : null,
    syndicatedFrom: r.syndication_outlet,
  }));
}

/** Adds ordered bylines to summaries with one query (no N+1). */
async function withBylines(db: Kysely<Schema>, rows: SummaryRow[]): Promise<ArticleSummary[]> {
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.map((r) => r.id))];
  const bylines = await db
    .selectFrom('article_authors')
    .innerJoin('authors', 'authors.id', 'article_authors.author_id')
    .select(['article_authors.article_id', 'authors.slug', 'authors.display_name'])
    .where('article_authors.article_id', 'in', ids)
    .orderBy('article_authors.article_id')
    .orderBy('article_authors.position')
    .execute();
  const byArticle = new Map<number, BylineAuthor[]>();
  for (const b of bylines) {
    const list = byArticle.get(b.article_id) ?? [];
    list.push({ slug: b.slug, name: b.display_name });
    byArticle.set(b.article_id, list);
  }
  return rows.map((r) => ({ ...r, authors: byArticle.get(r.id) ?? [] }));
}
