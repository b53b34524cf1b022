// The spam engine's per-site lessons: a weight and lesson counts per (site, feature hash),
// and each site's lesson totals. Weights only ever grow by addition (upserts), so several
// app servers can learn at once. Feature hashes are stored as signed 32-bit integers, the
// common ground of SQLite's INTEGER and PostgreSQL's integer.
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('spam_site_features')
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('feature_hash', 'integer', (c) => c.notNull())
    // double precision: REAL affinity on SQLite, float8 on PostgreSQL; both are IEEE doubles.
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('spam', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ham', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('spam_site_features_pk', ['site_id', 'feature_hash'])
    .execute();

  await db.schema
    .createTable('spam_site_totals')
    .addColumn('site_id', 'text', (c) => c.primaryKey())
    .addColumn('spam', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ham', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
