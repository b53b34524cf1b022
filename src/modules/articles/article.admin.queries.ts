// Read models for the staff article list: every status, filters and title search.
import type { Kysely } from 'kysely';
import { toPaged, type PageRequest, type Paged } from '../../core/pagination.ts';
import { containsText, type DialectName } from '../../db/dialect.ts';
import type { Schema } from '../../db/schema.ts';
import type { ArticleStatus } from './article.ts';

export interface DeskArticleFilter {
  status?: ArticleStatus;
  sectionId?: number;
  authorId?: number;
  /** Words in the title or slug. */
  q?: string;
  /** Only articles this account may see in its list (own work), when set. */
  ownedBy?: { userId: number; authorId: number | null };
}

export interface DeskArticle {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  publishedAt: string | null;
  modifiedAt: string;
  sectionName: string;
  authors: string[];
}

export async function listDeskArticles(
  db: Kysely<Schema>,
  dialect: DialectName,
  filter: DeskArticleFilter,
  page: PageRequest,
): Promise<Paged<DeskArticle>> {
  let query = db.selectFrom('articles').innerJoin('sections', 'sections.id', 'articles.section_id');
  if (filter.status) query = query.where('articles.status', '=', filter.status);
  if (filter.sectionId) query = query.where('articles.section_id', '=', filter.sectionId);
  const byAuthor = (authorId: number) => (eb: any) =>
    eb.exists(eb.selectFrom('article_authors').select('article_id').whereRef('article_authors.article_id', '=', 'articles.id').where('author_id', '=', authorId));
  if (filter.authorId) query = query.where(byAuthor(filter.authorId));
  if (filter.q) {
    const text = filter.q.trim();
    query = query.where((eb) => eb.or([containsText(dialect, 'articles.title', text), containsText(dialect, 'articles.slug', text)]));
  }
  if (filter.ownedBy) {
    const { userId, authorId } = filter.ownedBy;
    query = query.where((eb) => eb.or([eb('articles.created_by', '=', userId), ...(authorId ? [byAuthor(authorId)(eb)] : [])]));
  }
  const [rows, count] = await Promise.all([
    query
      .select(['articles.id', 'articles.slug', 'articles.title', 'articles.status', 'articles.published_at', 'articles.modified_at', 'sections.name as section_name'])
      .orderBy('articles.modified_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(page.perPage)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.id);
  const bylines = ids.length
    ? await db
        .selectFrom('article_authors')
        .innerJoin('authors', 'authors.id', 'article_authors.author_id')
        .select(['article_authors.article_id', 'authors.display_name'])
        .where('article_authors.article_id', 'in', ids)
        .orderBy('article_authors.position')
        .execute()
    : [];
  return toPaged(
    rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: r.status as ArticleStatus,
      publishedAt: r.published_at,
      modifiedAt: r.modified_at,
      sectionName: r.section_name,
      authors: bylines.filter((b) => b.article_id === r.id).map((b) => b.display_name),
    })),
    Number(count.n),
    page,
  );
}
