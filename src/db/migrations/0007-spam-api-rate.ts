// Calls per API key and minute, in the database so that every app server counts toward the
// same limit. One row per key and minute (minutes since the Unix epoch); rows older than a
// few minutes are deleted by the purge job.
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('spam_api_minutes')
    .addColumn('key_id', 'integer', (c) => c.notNull().references('spam_api_keys.id').onDelete('cascade'))
    .addColumn('minute', 'integer', (c) => c.notNull())
    .addColumn('calls', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('spam_api_minutes_pk', ['key_id', 'minute'])
    .execute();
}
