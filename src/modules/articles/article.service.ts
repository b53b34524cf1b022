// Writing articles: validation, Markdown rendered once at save time, byline and tags saved
// with the article in one transaction, a revision for every save (published ones are the
// public history), optimistic locking against lost updates, and the audit trail.
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import { markdownToText, renderMarkdown } from '../../core/markdown.ts';
import type { Schema } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import { systemActor, type Actor } from '../audit/audit.ts';
import {
  checkArticleDraft,
  isPubliclyVisible,
  type Article,
  type ArticleProblem,
  type ArticleStatus,
  type FeaturedImage,
  type Syndication,
} from './article.ts';
import { ArticleRepository } from './article.repository.ts';
import { RevisionRepository, type ChangeKind, type Revision, type RevisionSnapshot } from './revision.repository.ts';
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

/** An article with what the editor needs beside it. */
export interface EditableArticle {
  article: Article;
  authorIds: number[];
  tagNames: string[];
  lockVersion: number;
  createdBy: number | null;
}

export class ArticleValidationError extends Error {
  constructor(readonly problems: ArticleProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'ArticleValidationError';
  }
}

/** Someone saved the article after this editor opened it. */
export class ArticleConflictError extends Error {
  constructor(readonly current: EditableArticle) {
    super('the article was saved by someone else meanwhile');
    this.name = 'ArticleConflictError';
  }
}

export interface Author {
  /** Who does it, for the audit log. */
  actor: Actor;
  /** The staff account, for revisions and ownership; null for the system. */
  userId: number | null;
}

const systemAuthor: Author = { actor: systemActor, userId: null };

const EXCERPT_LENGTH = 240;

export function deriveExcerpt(bodyMarkdown: string): string {
  const text = markdownToText(bodyMarkdown);
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function normalise(input: ArticleInput): ArticleInput {
  return {
    ...input,
    title: input.title.trim(),
    dek: input.dek.trim(),
    slug: input.slug.trim(),
    excerpt: input.excerpt.trim(),
    publishedAt: input.status === 'draft' || !input.publishedAt ? null : new Date(input.publishedAt).toISOString(),
    syndication: input.syndication && {
      ...input.syndication,
      originalDate: input.syndication.originalDate ? new Date(input.syndication.originalDate).toISOString() : null,
    },
  };
}

function snapshotOf(input: ArticleInput): RevisionSnapshot {
  return {
    slug: input.slug,
    sectionId: input.sectionId,
    authorIds: input.authorIds,
    tagNames: input.tagNames,
    status: input.status,
    publishedAt: input.publishedAt,
    featuredImage: input.featuredImage,
    syndication: input.syndication,
    commentsOpen: input.commentsOpen,
  };
}

/** The form input a revision restores to. */
export function inputFromRevision(revision: Revision, current: EditableArticle): ArticleInput {
  const snapshot = revision.snapshot;
  return {
    slug: snapshot.slug,
    title: revision.title,
    dek: revision.dek,
    sectionId: snapshot.sectionId,
    authorIds: snapshot.authorIds,
    tagNames: snapshot.tagNames,
    bodyMarkdown: revision.bodyMarkdown,
    excerpt: revision.excerpt,
    // Restoring brings back the words, not a publication state: that stays as it is now.
    status: current.article.status,
    publishedAt: current.article.publishedAt,
    featuredImage: snapshot.featuredImage,
    syndication: (snapshot.syndication as Syndication | null) ?? null,
    commentsOpen: snapshot.commentsOpen,
  };
}

export class ArticleService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
  ) {}

  async createArticle(raw: ArticleInput, by: Author = systemAuthor): Promise<Article> {
    const input = normalise(raw);
    const problems = checkArticleDraft(input);
    const now = this.clock.now().toISOString();
    return inTransaction(this.db, async (trx) => {
      const articles = new ArticleRepository(trx);
      if (input.slug && (await articles.slugExists(input.slug))) {
        problems.push({ field: 'slug', message: 'Another article already uses this slug.' });
      }
      if (problems.length) throw new ArticleValidationError(problems);
      const tags = await new TagRepository(trx).ensureTags(input.tagNames, now);
      const article = await articles.insertArticle(
        {
          ...input,
          bodyHtml: renderMarkdown(input.bodyMarkdown),
          excerpt: input.excerpt || deriveExcerpt(input.bodyMarkdown),
          revisedAt: null,
          tagIds: tags.map((t) => t.id),
          createdBy: by.userId,
        },
        now,
      );
      await this.recordRevision(trx, article, input, 'substantive', by, now);
      const audit = new AuditRepository(trx);
      await audit.record(by.actor, { action: 'article.created', subjectType: 'article', subjectId: article.id, detail: { status: article.status } }, now);
      if (article.status !== 'draft') {
        const action = isPubliclyVisible(article.status, article.publishedAt, now) ? 'article.published' : 'article.scheduled';
        await audit.record(by.actor, { action, subjectType: 'article', subjectId: article.id, detail: { publishedAt: article.publishedAt } }, now);
      }
      return article;
    });
  }

  async getEditable(id: number): Promise<EditableArticle | undefined> {
    return new ArticleRepository(this.db).findEditable(id);
  }

  /**
   * Saves a new state of the article if nobody else saved since `expectedVersion`.
   * A substantive change to a public article moves its public "updated" date; a minor one does not.
   */
  async updateArticle(id: number, raw: ArticleInput, expectedVersion: number, change: ChangeKind, by: Author): Promise<Article> {
    const input = normalise(raw);
    const problems = checkArticleDraft(input);
    const now = this.clock.now().toISOString();
    return inTransaction(this.db, async (trx) => {
      const articles = new ArticleRepository(trx);
      const current = await articles.findEditable(id);
      if (!current) throw new ArticleValidationError([{ field: 'title', message: 'This article no longer exists.' }]);
      if (current.lockVersion !== expectedVersion) throw new ArticleConflictError(current);
      if (input.slug !== current.article.slug && (await articles.slugExists(input.slug))) {
        problems.push({ field: 'slug', message: 'Another article already uses this slug.' });
      }
      if (problems.length) throw new ArticleValidationError(problems);
      const wasPublic = isPubliclyVisible(current.article.status, current.article.publishedAt, now);
      const isPublicNow = isPubliclyVisible(input.status, input.publishedAt, now);
      const revisedAt = wasPublic && isPublicNow && change === 'substantive' ? now : current.article.revisedAt;
      const tags = await new TagRepository(trx).ensureTags(input.tagNames, now);
      const saved = await articles.updateArticle(
        id,
        expectedVersion,
        {
          ...input,
          bodyHtml: renderMarkdown(input.bodyMarkdown),
          excerpt: input.excerpt || deriveExcerpt(input.bodyMarkdown),
          revisedAt,
          tagIds: tags.map((t) => t.id),
        },
        now,
      );
      // Another transaction may have saved between the read and this write.
      if (!saved) throw new ArticleConflictError((await articles.findEditable(id))!);
      await this.recordRevision(trx, saved, input, change, by, now);
      await new AuditRepository(trx).record(
        by.actor,
        { action: auditAction(current.article, input, wasPublic, isPublicNow), subjectType: 'article', subjectId: id, detail: { status: input.status, change } },
        now,
      );
      return saved;
    });
  }

  /** Keeps the newest unsaved state of an editor's form; never touches the article itself. */
  async autosave(id: number, raw: ArticleInput, by: Author): Promise<void> {
    const input = normalise(raw);
    await new RevisionRepository(this.db).replaceAutosave({
      articleId: id,
      kind: 'autosave',
      change: null,
      title: input.title,
      dek: input.dek,
      bodyMarkdown: input.bodyMarkdown,
      bodyHtml: renderMarkdown(input.bodyMarkdown),
      excerpt: input.excerpt,
      snapshot: snapshotOf(input),
      effectiveAt: null,
      createdBy: by.userId,
      createdAt: this.clock.now().toISOString(),
    });
  }

  async listRevisions(id: number): Promise<Revision[]> {
    return new RevisionRepository(this.db).listRevisions(id);
  }

  async findRevision(articleId: number, revisionId: number): Promise<Revision | undefined> {
    return new RevisionRepository(this.db).findRevision(articleId, revisionId);
  }

  private async recordRevision(trx: Kysely<Schema>, article: Article, input: ArticleInput, change: ChangeKind, by: Author, now: string): Promise<void> {
    const published = input.status !== 'draft';
    await new RevisionRepository(trx).insertRevision({
      articleId: article.id,
      kind: published ? 'published' : 'saved',
      change: published ? change : null,
      title: article.title,
      dek: article.dek,
      bodyMarkdown: article.bodyMarkdown,
      bodyHtml: article.bodyHtml,
      excerpt: article.excerpt,
      snapshot: snapshotOf(input),
      // A scheduled version becomes what readers see at its publication time.
      effectiveAt: published ? [now, article.publishedAt!].sort().at(-1)! : null,
      createdBy: by.userId,
      createdAt: now,
    });
  }
}

function auditAction(before: Article, after: ArticleInput, wasPublic: boolean, isPublicNow: boolean): string {
  if (!wasPublic && isPublicNow) return 'article.published';
  if (after.status === 'scheduled' && !isPublicNow && before.status !== 'scheduled') return 'article.scheduled';
  if (wasPublic && !isPublicNow) return 'article.unpublished';
  return 'article.updated';
}
