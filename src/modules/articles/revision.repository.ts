// Article revisions. Published ones are history readers can inspect: rows are only ever
// inserted, never updated. Autosaves of a draft replace each other.
import type { Kysely, Selectable } from 'kysely';
import type { ArticleRevisionsTable, Schema } from '../../db/schema.ts';

export type RevisionKind = 'autosave' | 'saved' | 'published';
export type ChangeKind = 'substantive' | 'minor';

/** Everything about an article that a revision captures besides its text. */
export interface RevisionSnapshot {
  slug: string;
  sectionId: number;
  authorIds: number[];
  tagNames: string[];
  status: string;
  publishedAt: string | null;
  featuredImage: { url: string; alt: string } | null;
  syndication: unknown;
  commentsOpen: boolean;
}

export interface Revision {
  id: number;
  articleId: number;
  kind: RevisionKind;
  change: ChangeKind | null;
  title: string;
  dek: string;
  bodyMarkdown: string;
  bodyHtml: string;
  excerpt: string;
  snapshot: RevisionSnapshot;
  effectiveAt: string | null;
  createdBy: number | null;
  createdByName: string | null;
  createdAt: string;
}

function toRevision(row: Selectable<ArticleRevisionsTable> & { author_name?: string | null }): Revision {
  return {
    id: row.id,
    articleId: row.article_id,
    kind: row.kind as RevisionKind,
    change: (row.change as ChangeKind | null) ?? null,
    title: row.title,
    dek: row.dek,
    bodyMarkdown: row.body_markdown,
    bodyHtml: row.body_html,
    excerpt: row.excerpt,
    snapshot: JSON.parse(row.snapshot) as RevisionSnapshot,
    effectiveAt: row.effective_at,
    createdBy: row.created_by,
    createdByName: row.author_name ?? null,
    createdAt: row.created_at,
  };
}

export type NewRevision = Omit<Revision, 'id' | 'createdByName'>;

export class RevisionRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async insertRevision(revision: NewRevision): Promise<number> {
    const row = await this.db
      .insertInto('article_revisions')
      .values({
        article_id: revision.articleId,
        kind: revision.kind,
        change: revision.change,
        title: revision.title,
        dek: revision.dek,
        body_markdown: revision.bodyMarkdown,
        body_html: revision.bodyHtml,
        excerpt: revision.excerpt,
        snapshot: JSON.stringify(revision.snapshot),
        effective_at: revision.effectiveAt,
        created_by: revision.createdBy,
        created_at: revision.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Keeps one autosave per article and author of it: the newest replaces the last. */
  async replaceAutosave(revision: NewRevision): Promise<number> {
    await this.db
      .deleteFrom('article_revisions')
      .where('article_id', '=', revision.articleId)
      .where('kind', '=', 'autosave')
      .where('created_by', revision.createdBy === null ? 'is' : '=', revision.createdBy)
      .execute();
    return this.insertRevision(revision);
  }

  async listRevisions(articleId: number): Promise<Revision[]> {
    const rows = await this.db
      .selectFrom('article_revisions')
      .leftJoin('users', 'users.id', 'article_revisions.created_by')
      .selectAll('article_revisions')
      .select('users.display_name as author_name')
      .where('article_id', '=', articleId)
      .orderBy('article_revisions.id', 'desc')
      .execute();
    return rows.map(toRevision);
  }

  async findRevision(articleId: number, id: number): Promise<Revision | undefined> {
    const row = await this.db
      .selectFrom('article_revisions')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toRevision(row) : undefined;
  }

  /** Versions readers saw, oldest first, up to now. */
  async listPublishedVersions(articleId: number, now: string): Promise<Revision[]> {
    const rows = await this.db
      .selectFrom('article_revisions')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('kind', '=', 'published')
      .where('effective_at', '<=', now)
      .orderBy('effective_at')
      .orderBy('id')
      .execute();
    return rows.map(toRevision);
  }
}
