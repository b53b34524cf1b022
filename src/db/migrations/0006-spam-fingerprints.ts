// Fingerprints of the texts a site's moderators judged, so that near-duplicates of them are
// recognised (src/modules/spam/engine/near-duplicate.ts): one row per band key of a lesson's
// fingerprint. Rows are only inserted and, after FINGERPRINT_DAYS, deleted; band keys are
// stored as signed 32-bit integers like the feature hashes of 0004.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('spam_site_fingerprints')
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('lesson_id', 'text', (c) => c.notNull())
    .addColumn('band_key', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().check(sql`label in ('spam', 'ham')`))
    .addColumn('learned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('spam_site_fingerprints_pk', ['lesson_id', 'band_key'])
    .execute();
  await db.schema.createIndex('spam_site_fingerprints_band_idx').on('spam_site_fingerprints').columns(['site_id', 'band_key']).execute();
  await db.schema.createIndex('spam_site_fingerprints_learned_idx').on('spam_site_fingerprints').column('learned_at').execute();
}
