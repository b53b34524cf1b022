// Comment moderation: per-comment history of verdicts and status changes, discussion
// settings, blocks, reply notifications, and the mail outbox.
import type { Kysely } from 'kysely';
import { withIdColumn, type DialectName } from '../dialect.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('comments').addColumn('staff_user_id', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  await db.schema.alterTable('comments').addColumn('notify_replies', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('comments').addColumn('content_hash', 'text').execute();
  await db.schema.createIndex('comments_duplicate_idx').on('comments').columns(['article_id', 'content_hash']).execute();
  await db.schema.createIndex('comments_email_created_idx').on('comments').columns(['author_email', 'created_at']).execute();
  await db.schema.createIndex('comments_ip_created_idx').on('comments').columns(['author_ip', 'created_at']).execute();

  await withIdColumn(dialect, db.schema.createTable('comment_events'))
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    /** JSON array of readable reasons. */
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('comment_events_comment_idx').on('comment_events').columns(['comment_id', 'at']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withIdColumn(dialect, db.schema.createTable('comment_blocks'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('comment_blocks_kind_value', ['kind', 'value'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('outbox'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['sent_at', 'next_attempt_at']).execute();
}
