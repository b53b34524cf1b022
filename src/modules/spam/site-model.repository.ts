// Site models in the database (tables spam_site_features, spam_site_totals and
// spam_site_fingerprints). A lesson is one transaction of upserts that add to what is stored
// (weight = weight + delta), never a read followed by a write, so lessons from several app
// servers at once all count. Rows are written in ascending hash order, the same in every
// transaction, so that two lessons on PostgreSQL wait for each other instead of deadlocking.
// A lesson's fingerprint rows are inserted, or, when the site already holds the same
// fingerprint with the same label (a campaign's exact copies), that lesson's rows are dated
// anew instead, so copies do not pile up; rows older than FINGERPRINT_DAYS are ignored and
// then deleted. Each
// feature row also counts the lessons of each label that contained it: the learner shrinks a
// feature's step as that count grows (site-model.ts), and it records what the site was taught.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { writeTransaction, type DialectName } from '../../db/dialect.ts';
import type { Schema } from '../../db/schema.ts';
import { fingerprintCutoff, type NearMatch } from './engine/near-duplicate.ts';
import { closestPerLabel, emptySite, type SiteLesson, type SiteModelSnapshot, type SiteModelStore } from './engine/site-model.ts';


// Well under SQLite's and PostgreSQL's limits on bound parameters per statement.
const WRITE_CHUNK = 500;
const READ_CHUNK = 900;

/** Hashes are unsigned in the engine and signed 32-bit in the tables. */
const toStored = (hash: number) => hash | 0;
const fromStored = (value: number) => value >>> 0;

export class SiteModelRepository implements SiteModelStore {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: DialectName,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(siteId: string, hashes: Uint32Array, fingerprint: readonly number[] = []): Promise<SiteModelSnapshot> {
    const totals = await this.db.selectFrom('spam_site_totals').select(['spam', 'ham']).where('site_id', '=', siteId).executeTakeFirst();
    // A site that never learned anything needs no second query: the common case on a new journal.
    if (!totals) return emptySite();
    const weights = new Map<number, number>();
    const lessonsWith = new Map<number, number>();
    const stored = Array.from(hashes, toStored); // unique already: extractFeatures adds each hash once
    for (let i = 0; i < stored.length; i += READ_CHUNK) {
      const rows = await this.db
        .selectFrom('spam_site_features')
        .select(['feature_hash', 'weight', 'spam', 'ham'])
        .where('site_id', '=', siteId)
        .where('feature_hash', 'in', stored.slice(i, i + READ_CHUNK))
        .execute();
      for (const row of rows) {
        const hash = fromStored(Number(row.feature_hash));
        weights.set(hash, Number(row.weight));
        lessonsWith.set(hash, Number(row.spam) + Number(row.ham));
      }
    }
    return { lessons: { spam: Number(totals.spam), ham: Number(totals.ham) }, weights, lessonsWith, nearest: await this.nearest(siteId, fingerprint) };
  }

  /** The earlier lessons sharing the most band keys with a fingerprint, one per label. */
  private async nearest(siteId: string, fingerprint: readonly number[]): Promise<NearMatch[]> {
    if (fingerprint.length === 0) return [];
    const rows = await this.db
      .selectFrom('spam_site_fingerprints')
      .select((eb) => ['label', eb.fn.max('learned_at').as('learned_at'), eb.fn.countAll().as('shared')])
      .where('site_id', '=', siteId)
      .where('band_key', 'in', [...new Set(fingerprint.map(toStored))])
      .where('learned_at', '>=', fingerprintCutoff(this.now()))
      .groupBy(['lesson_id', 'label'])
      .orderBy(sql`count(*)`, 'desc')
      .limit(50)
      .execute();
    return closestPerLabel(rows.map((r) => ({ label: r.label, shared: Number(r.shared), learnedAt: String(r.learned_at) })));
  }

  /** Forgets fingerprints learned more than FINGERPRINT_DAYS ago; returns how many rows went. */
  async purgeOldFingerprints(): Promise<number> {
    const result = await this.db.deleteFrom('spam_site_fingerprints').where('learned_at', '<', fingerprintCutoff(this.now())).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async learn(siteId: string, lesson: SiteLesson): Promise<void> {
    // Merge equal hashes first: one row may appear only once in a multi-row upsert.
    const merged = new Map<number, number>();
    for (const { hash, weight } of lesson.deltas) merged.set(toStored(hash), (merged.get(toStored(hash)) ?? 0) + weight);
    const rows = [...merged]
      .sort((a, b) => a[0] - b[0])
      .map(([feature_hash, weight]) => ({ site_id: siteId, feature_hash, weight, spam: lesson.label === 'spam' ? 1 : 0, ham: lesson.label === 'ham' ? 1 : 0 }));
    const spam = lesson.label === 'spam' ? 1 : 0;
    const ham = 1 - spam;
    const at = this.now().toISOString();
    await writeTransaction(this.db, this.dialect, async (trx: Kysely<Schema>) => {
      for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
        await trx
          .insertInto('spam_site_features')
          .values(rows.slice(i, i + WRITE_CHUNK))
          .onConflict((oc) =>
            oc.columns(['site_id', 'feature_hash']).doUpdateSet((eb) => ({
              weight: eb('spam_site_features.weight', '+', eb.ref('excluded.weight')),
              spam: eb('spam_site_features.spam', '+', eb.ref('excluded.spam')),
              ham: eb('spam_site_features.ham', '+', eb.ref('excluded.ham')),
            })),
          )
          .execute();
      }
      await trx
        .insertInto('spam_site_totals')
        .values({ site_id: siteId, spam, ham, updated_at: at })
        .onConflict((oc) =>
          oc.column('site_id').doUpdateSet((eb) => ({
            spam: eb('spam_site_totals.spam', '+', eb.ref('excluded.spam')),
            ham: eb('spam_site_totals.ham', '+', eb.ref('excluded.ham')),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
      const keys = [...new Set(lesson.fingerprint.map(toStored))];
      if (keys.length > 0) {
        const same = await trx
          .selectFrom('spam_site_fingerprints')
          .select('lesson_id')
          .where('site_id', '=', siteId)
          .where('label', '=', lesson.label)
          .where('band_key', 'in', keys)
          .groupBy('lesson_id')
          .having((eb) => eb.fn.countAll(), '=', keys.length)
          .limit(1)
          .executeTakeFirst();
        if (same) {
          await trx.updateTable('spam_site_fingerprints').set({ learned_at: at }).where('lesson_id', '=', same.lesson_id).execute();
        } else {
          const lessonId = randomUUID();
          await trx
            .insertInto('spam_site_fingerprints')
            .values(keys.map((band_key) => ({ site_id: siteId, lesson_id: lessonId, band_key, label: lesson.label, learned_at: at })))
            .execute();
        }
      }
    });
  }
}
