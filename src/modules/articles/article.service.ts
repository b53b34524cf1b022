// Writing articles: validation, Markdown rendering at save time, and the byline and tags
// stored together in one transaction.
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import { markdownToText, renderMarkdown } from '../../core/markdown.ts';
import type { Schema } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { checkArticleDraft, type Article, type ArticleProblem, type ArticleStatus, type FeaturedImage, type Syndication } from './article.ts';
import { ArticleRepository } from './article.repository.ts';
import { TagRepository } from './tag.repository.ts';

export interface ArticleInput {
  slug: string;
  title: string;
  dek: string;
  sectionId: number;
  authorIds: number[];
  tagNames: string[];
  bodyMarkdown: string;
  /** Empty: derived from the body. */
  excerpt: string;
  status: ArticleStatus;
  publishedAt: string | null;
  featuredImage: FeaturedImage | null;
  syndication: Syndication | null;
  commentsOpen: boolean;
}

export class ArticleValidationError extends Error {
  constructor(readonly problems: ArticleProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'ArticleValidationError';
  }
}

const EXCERPT_LENGTH = 240;

export function deriveExcerpt(bodyMarkdown: string): string {
  const text = markdownToText(bodyMarkdown);
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export class ArticleService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
  ) {}

  async createArticle(input: ArticleInput): Promise<Article> {
    const problems = checkArticleDraft(input);
    const now = this.clock.now().toISOString();
    return inTransaction(this.db, async (trx) => {
      const articles = new ArticleRepository(trx);
      if (await articles.slugExists(input.slug)) {
        problems.push({ field: 'slug', message: 'Another article already uses this slug.' });
      }
      if (problems.length) throw new ArticleValidationError(problems);
      const tags = await new TagRepository(trx).ensureTags(input.tagNames, now);
      return articles.insertArticle(
        {
          slug: input.slug,
          title: input.title.trim(),
          dek: input.dek.trim(),
          sectionId: input.sectionId,
          bodyMarkdown: input.bodyMarkdown,
          bodyHtml: renderMarkdown(input.bodyMarkdown),
          excerpt: input.excerpt.trim() || deriveExcerpt(input.bodyMarkdown),
          status: input.status,
          publishedAt: input.publishedAt ? new Date(input.publishedAt).toISOString() : null,
          revisedAt: null,
          featuredImage: input.featuredImage,
          syndication: input.syndication && {
            ...input.syndication,
            originalDate: input.syndication.originalDate ? new Date(input.syndication.originalDate).toISOString() : null,
          },
          commentsOpen: input.commentsOpen,
          authorIds: input.authorIds,
          tagIds: tags.map((t) => t.id),
        },
        now,
      );
    });
  }
}
