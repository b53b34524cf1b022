// Read models of comments for public pages. Selects public columns only: the email,
// IP and user agent are never read here.
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { PublicComment } from './comment.ts';

/** Most comments a page shows; L4 of the test plan wants big threads paginated. */
export const MAX_COMMENTS_PER_PAGE = 100;

export async function listApprovedComments(db: Kysely<Schema>, articleId: number): Promise<PublicComment[]> {
  const rows = await db
    .selectFrom('comments')
    .select(['id', 'parent_id', 'author_name', 'author_url', 'body', 'created_at'])
    .where('article_id', '=', articleId)
    .where('status', '=', 'approved')
    .orderBy('created_at')
    .orderBy('id')
    .limit(MAX_COMMENTS_PER_PAGE)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parent_id,
    authorName: row.author_name,
    authorUrl: row.author_url,
    body: row.body,
    createdAt: row.created_at,
  }));
}

export async function countApprovedComments(db: Kysely<Schema>, articleId: number): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('article_id', '=', articleId)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
