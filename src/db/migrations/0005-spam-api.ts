// The Akismet-compatible API: keys per site, checked payloads (kept 15 days for feedback),
// and monthly usage per key.
import type { Kysely } from 'kysely';
import { withIdColumn, type DialectName } from '../dialect.ts';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await withIdColumn(dialect, db.schema.createTable('spam_api_keys'))
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('key_prefix', 'text', (c) => c.notNull())
    .addColumn('site_url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('rate_limit', 'integer', (c) => c.notNull().defaultTo(600))
    .execute();

  await db.schema
    .createTable('spam_api_checks')
    .addColumn('guid', 'text', (c) => c.primaryKey())
    .addColumn('key_id', 'integer', (c) => c.notNull().references('spam_api_keys.id').onDelete('cascade'))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('spam_api_checks_created_idx').on('spam_api_checks').column('created_at').execute();

  await db.schema
    .createTable('spam_api_usage')
    .addColumn('key_id', 'integer', (c) => c.notNull().references('spam_api_keys.id').onDelete('cascade'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('calls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('spam', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ham', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('missed_spam', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('false_positives', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('spam_api_usage_pk', ['key_id', 'month'])
    .execute();
}
