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
  createdBy: number | null;
};

export type ArticleChanges = Omit<NewArticle, 'createdBy'>;

function articleColumns(article: ArticleChanges) {
  return {
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
  };
}

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
      .values({ ...articleColumns(article), created_by: article.createdBy, created_at: now, modified_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await this.replaceBylineAndTags(row.id, article.authorIds, article.tagIds);
    return toArticle(row);
  }

  /** Saves only if the row is still at `expectedVersion`; undefined when someone saved first. */
  async updateArticle(id: number, expectedVersion: number, article: ArticleChanges, now: string): Promise<Article | undefined> {
    const row = await this.db
      .updateTable('articles')
      .set((eb) => ({ ...articleColumns(article), modified_at: now, lock_version: eb('lock_version', '+', 1) }))
      .where('id', '=', id)
      .where('lock_version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    await this.replaceBylineAndTags(id, article.authorIds, article.tagIds);
    return toArticle(row);
  }

  async findEditable(id: number): Promise<{ article: Article; authorIds: number[]; tagNames: string[]; lockVersion: number; createdBy: number | null } | undefined> {
    const row = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const [authors, tags] = await Promise.all([
      this.db.selectFrom('article_authors').select('author_id').where('article_id', '=', id).orderBy('position').execute(),
      this.db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id').select('tags.name').where('article_id', '=', id).orderBy('tags.name').execute(),
    ]);
    return { article: toArticle(row), authorIds: authors.map((a) => a.author_id), tagNames: tags.map((t) => t.name), lockVersion: row.lock_version, createdBy: row.created_by };
  }

  private async replaceBylineAndTags(articleId: number, authorIds: number[], tagIds: number[]): Promise<void> {
    await this.db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
    await this.db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
    if (authorIds.length) {
      await this.db
        .insertInto('article_authors')
        .values(authorIds.map((authorId, position) => ({ article_id: articleId, author_id: authorId, position })))
        .execute();
    }
    if (tagIds.length) {
      await this.db.insertInto('article_tags').values(tagIds.map((tagId) => ({ article_id: articleId, tag_id: tagId }))).execute();
    }
  }

  async countArticles(): Promise<number> {
    const row = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
