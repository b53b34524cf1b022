import type { Kysely, Selectable } from 'kysely';
import type { EditorialEntriesTable, Schema } from '../../db/schema.ts';
import { toEditorialKind, type EditorialEntry, type EditorialKind } from './editorial.ts';

function toEntry(row: Selectable<EditorialEntriesTable>): EditorialEntry {
  return {
    id: row.id,
    articleId: row.article_id,
    authorId: row.author_id,
    kind: toEditorialKind(row.kind),
    bodyHtml: row.body_html,
    entryDate: row.entry_date,
    signedBy: row.signed_by,
  };
}

export interface NewEditorialEntry {
  articleId: number | null;
  authorId: number | null;
  kind: EditorialKind;
  bodyMarkdown: string;
  bodyHtml: string;
  entryDate: string;
  signedBy: string;
}

export class EditorialRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async insertEntry(entry: NewEditorialEntry, now: string): Promise<EditorialEntry> {
    const row = await this.db
      .insertInto('editorial_entries')
      .values({
        article_id: entry.articleId,
        author_id: entry.authorId,
        kind: entry.kind,
        body_markdown: entry.bodyMarkdown,
        body_html: entry.bodyHtml,
        entry_date: entry.entryDate,
        signed_by: entry.signedBy,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toEntry(row);
  }

  /** Entries on one article, oldest first (the order readers follow the record). */
  async listEntriesForArticle(articleId: number): Promise<EditorialEntry[]> {
    const rows = await this.db
      .selectFrom('editorial_entries')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('entry_date')
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  }
}
