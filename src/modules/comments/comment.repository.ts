import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { CommentStatus } from './comment.ts';

export interface NewComment {
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  authorIp: string | null;
  userAgent: string | null;
  body: string;
  status: CommentStatus;
  createdAt: string;
  /** Who filed it, for the comment's history (e.g. "demo journal"), and why. */
  origin: { label: string; reason: string };
}

export class CommentRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async insertComment(comment: NewComment): Promise<number> {
    const row = await this.db
      .insertInto('comments')
      .values({
        article_id: comment.articleId,
        parent_id: comment.parentId,
        author_name: comment.authorName,
        author_email: comment.authorEmail,
        author_url: comment.authorUrl,
        author_ip: comment.authorIp,
        user_agent: comment.userAgent,
        body: comment.body,
        status: comment.status,
        created_at: comment.createdAt,
        modified_at: comment.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('comment_events')
      .values({ comment_id: row.id, at: comment.createdAt, actor_id: null, actor_label: comment.origin.label, kind: 'verdict', from_status: null, to_status: comment.status, reasons: JSON.stringify([comment.origin.reason]) })
      .execute();
    return row.id;
  }
}
