import type { Kysely, Selectable } from 'kysely';
import type { ArticlesTable, Schema } from '../../db/schema.ts';
import { toArticleStatus, toSyndicationPolicy, type Article } from './article.ts';

export function toArticle(row: Selectable<ArticlesTable>): Article {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    sectionId: row.section_id,
    bodyMarkdown: row.body_markdown,
    bodyHtml: row.body_html,
    excerpt: row.excerpt,
    status: toArticleStatus(row.status),
    publishedAt: row.published_at,
    revisedAt: row.revised_at,
    featuredImage: row.featured_image_url ? { url: row.featured_image_url, alt: row.featured_image_alt ?? '' } : null,
    syndication:
      row.syndication_outlet && row.syndication_url
        ? {
            outlet: row.syndication_outlet,
            outletUrl: row.syndication_outlet_url,
            originalUrl: row.syndication_url,
            originalDate: row.syndication_original_date,
            licence: row.syndication_licence,
            policy: toSyndicationPolicy(row.syndication_policy),
          }
        : null,
    commentsOpen: row.comments_open === 1,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
  };
}

export type NewArticle = Omit<Article, 'id' | 'createdAt' | 'modifiedAt'> & {
  authorIds: number[];
  tagIds: number[];
};

export class ArticleRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async findArticleBySlug(slug: string): Promise<Article | undefined> {
    const row = await this.db.selectFrom('articles').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ? toArticle(row) : undefined;
  }

  async slugExists(slug: string): Promise<boolean> {
    const row = await this.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst();
    return row !== undefined;
  }

  /** Inserts the article with its ordered byline and tags; call inside a transaction. */
  async insertArticle(article: NewArticle, now: string): Promise<Article> {
    const row = await this.db
      .insertInto('articles')
      .values({
        slug: article.slug,
        title: article.title,
        dek: article.dek,
        section_id: article.sectionId,
        body_markdown: article.bodyMarkdown,
        body_html: article.bodyHtml,
        excerpt: article.excerpt,
        status: article.status,
        published_at: article.publishedAt,
        revised_at: article.revisedAt,
        featured_image_url: article.featuredImage?.url ?? null,
        featured_image_alt: article.featuredImage?.alt ?? null,
        syndication_outlet: article.syndication?.outlet ?? null,
        syndication_outlet_url: article.syndication?.outletUrl ?? null,
        syndication_url: article.syndication?.originalUrl ?? null,
        syndication_original_date: article.syndication?.originalDate ?? null,
        syndication_licence: article.syndication?.licence ?? null,
        syndication_policy: article.syndication?.policy ?? null,
        comments_open: article.commentsOpen ? 1 : 0,
        created_at: now,
        modified_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (article.authorIds.length) {
      await this.db
        .insertInto('article_authors')
        .values(article.authorIds.map((authorId, position) => ({ article_id: row.id, author_id: authorId, position })))
        .execute();
    }
    if (article.tagIds.length) {
      await this.db
        .insertInto('article_tags')
        .values(article.tagIds.map((tagId) => ({ article_id: row.id, tag_id: tagId })))
        .execute();
    }
    return toArticle(row);
  }

  async countArticles(): Promise<number> {
    const row = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
