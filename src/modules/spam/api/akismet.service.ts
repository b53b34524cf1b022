// The Akismet-compatible API's business: keys per site, checks recorded for 15 days so that
// feedback can find them, monthly usage, and training each key's own site model.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../../core/clock.ts';
import type { Schema } from '../../../db/schema.ts';
import type { SpamCheckInput, SpamFilter } from '../spam-checker.ts';

export const CHECK_RETENTION_DAYS = 15;
export const GUARANTEED_SPAM_AUTHOR = 'akismet-guaranteed-spam';
export const GUARANTEED_SPAM_EMAIL = 'akismet-guaranteed-spam@example.com';

export interface ApiKey {
  id: number;
  prefix: string;
  siteUrl: string;
  createdAt: string;
  revoked: boolean;
  rateLimit: number;
}

export type AkismetFields = Record<string, string>;

export interface CheckOutcome {
  spam: boolean;
  discard: boolean;
  guid: string;
  reasons: string[];
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
const month = (iso: string) => iso.slice(0, 7);

/** The fields of a request that describe the comment, as the spam filter sees them. */
export function toSpamInput(fields: AkismetFields, language: string): SpamCheckInput {
  return {
    comment: fields.comment_content ?? '',
    author: fields.comment_author ?? '',
    email: fields.comment_author_email ?? '',
    url: fields.comment_author_url ?? '',
    ip: fields.user_ip ?? '',
    userAgent: fields.user_agent ?? '',
    language: fields.blog_lang?.split(',')[0]?.trim() || language,
  };
}

/** The honeypot convention: `honeypot_field_name` names a field that people leave empty. */
export function honeypotFilled(fields: AkismetFields): boolean {
  const name = fields.honeypot_field_name;
  return Boolean(name && name !== 'honeypot_field_name' && (fields[name] ?? '') !== '');
}

export class AkismetService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
    private readonly filter: SpamFilter,
  ) {}

  /** Creates a key for a site; the key is returned once and only its hash is kept. */
  async addKey(siteUrl: string, rateLimit = 600): Promise<{ key: string; apiKey: ApiKey }> {
    const parsed = new URL(siteUrl);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('the site must be an http:// or https:// URL');
    // Lower-case hex: the key must also work as the first label of a host name.
    const key = randomBytes(12).toString('hex');
    const now = this.clock.now().toISOString();
    const row = await this.db
      .insertInto('spam_api_keys')
      .values({ key_hash: hashKey(key), key_prefix: key.slice(0, 6), site_url: parsed.href.replace(/\/$/, ''), created_at: now, revoked_at: null, rate_limit: rateLimit })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { key, apiKey: toApiKey(row) };
  }

  async listKeys(): Promise<ApiKey[]> {
    return (await this.db.selectFrom('spam_api_keys').selectAll().orderBy('id').execute()).map(toApiKey);
  }

  async revokeKey(id: number): Promise<void> {
    await this.db.updateTable('spam_api_keys').set({ revoked_at: this.clock.now().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  async findKey(key: string): Promise<ApiKey | undefined> {
    if (!/^[0-9a-f]{24}$/.test(key)) return undefined;
    const row = await this.db.selectFrom('spam_api_keys').selectAll().where('key_hash', '=', hashKey(key)).executeTakeFirst();
    return row && !row.revoked_at ? toApiKey(row) : undefined;
  }

  async check(apiKey: ApiKey, fields: AkismetFields, language: string): Promise<CheckOutcome> {
    const now = this.clock.now().toISOString();
    const guid = randomUUID();
    let spam: boolean;
    let discard = false;
    let reasons: string[];
    if (fields.comment_author === GUARANTEED_SPAM_AUTHOR || fields.comment_author_email?.toLowerCase() === GUARANTEED_SPAM_EMAIL) {
      spam = true;
      reasons = ['Test convention: guaranteed spam.'];
    } else if (fields.user_role === 'administrator') {
      spam = false;
      reasons = ['Test convention: administrators are never spam.'];
    } else if (honeypotFilled(fields)) {
      spam = true;
      discard = true;
      reasons = ['The honeypot field was filled.'];
    } else {
      const result = await this.filter.checkForSite(siteOf(apiKey), toSpamInput(fields, language));
      if (result.kind === 'failed') throw new Error(result.reason);
      spam = result.kind === 'spam';
      discard = result.kind === 'spam' && result.blatant;
      reasons = result.reasons;
    }
    const { api_key: _k, key: _key, ...payload } = fields;
    await this.db.insertInto('spam_api_checks').values({ guid, key_id: apiKey.id, payload: JSON.stringify(payload), result: spam ? 'spam' : 'ham', created_at: now }).execute();
    await this.countUsage(apiKey.id, now, { calls: 1, spam: spam ? 1 : 0, ham: spam ? 0 : 1 });
    return { spam, discard, guid, reasons };
  }

  /** A client's correction: trains this key's site model (unless a test) and counts the miss. */
  async feedback(apiKey: ApiKey, fields: AkismetFields, label: 'spam' | 'ham', language: string): Promise<void> {
    const now = this.clock.now().toISOString();
    const since = new Date(this.clock.now().getTime() - CHECK_RETENTION_DAYS * 86_400_000).toISOString();
    // Match the stored check by its content and address, as Akismet matches feedback.
    const checks = await this.db
      .selectFrom('spam_api_checks')
      .select(['payload', 'result'])
      .where('key_id', '=', apiKey.id)
      .where('created_at', '>=', since)
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
    const match = checks.find((c) => {
      const p = JSON.parse(c.payload) as AkismetFields;
      return p.comment_content === fields.comment_content && p.user_ip === fields.user_ip;
    });
    const missed = match ? (label === 'spam' && match.result === 'ham' ? { missed_spam: 1 } : label === 'ham' && match.result === 'spam' ? { false_positives: 1 } : {}) : {};
    await this.countUsage(apiKey.id, now, missed);
    if (fields.is_test === '1' || fields.is_test === 'true') return;
    await this.filter.learn(siteOf(apiKey), toSpamInput(fields, language), label);
  }

  async usage(apiKey: ApiKey, forMonth: string): Promise<{ calls: number; spam: number; ham: number; missed_spam: number; false_positives: number }> {
    const row = await this.db.selectFrom('spam_api_usage').selectAll().where('key_id', '=', apiKey.id).where('month', '=', forMonth).executeTakeFirst();
    return { calls: row?.calls ?? 0, spam: row?.spam ?? 0, ham: row?.ham ?? 0, missed_spam: row?.missed_spam ?? 0, false_positives: row?.false_positives ?? 0 };
  }

  /**
   * Counts one call of a key in the current minute and says whether it is within the key's
   * limit. The count lives in the database, so every app server counts toward one limit.
   */
  async withinRateLimit(apiKey: ApiKey): Promise<boolean> {
    const minute = Math.floor(this.clock.now().getTime() / 60_000);
    const row = await this.db
      .insertInto('spam_api_minutes')
      .values({ key_id: apiKey.id, minute, calls: 1 })
      .onConflict((oc) => oc.columns(['key_id', 'minute']).doUpdateSet((eb) => ({ calls: eb('spam_api_minutes.calls', '+', 1) })))
      .returning('calls')
      .executeTakeFirstOrThrow();
    return Number(row.calls) <= apiKey.rateLimit;
  }

  /** Deletes the per-minute counts of past minutes; returns how many. */
  async purgeOldRateCounts(): Promise<number> {
    const minute = Math.floor(this.clock.now().getTime() / 60_000);
    const result = await this.db.deleteFrom('spam_api_minutes').where('minute', '<', minute - 5).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Deletes checked payloads older than 15 days; returns how many. */
  async purgeOldChecks(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - CHECK_RETENTION_DAYS * 86_400_000).toISOString();
    const result = await this.db.deleteFrom('spam_api_checks').where('created_at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async countUsage(keyId: number, now: string, add: Partial<Record<'calls' | 'spam' | 'ham' | 'missed_spam' | 'false_positives', number>>): Promise<void> {
    const values = { calls: 0, spam: 0, ham: 0, missed_spam: 0, false_positives: 0, ...add };
    // One atomic upsert: several app servers may count the same key at once.
    await this.db
      .insertInto('spam_api_usage')
      .values({ key_id: keyId, month: month(now), ...values })
      .onConflict((oc) =>
        oc.columns(['key_id', 'month']).doUpdateSet((eb) => ({
          calls: eb('spam_api_usage.calls', '+', values.calls),
          spam: eb('spam_api_usage.spam', '+', values.spam),
          ham: eb('spam_api_usage.ham', '+', values.ham),
          missed_spam: eb('spam_api_usage.missed_spam', '+', values.missed_spam),
          false_positives: eb('spam_api_usage.false_positives', '+', values.false_positives),
        })),
      )
      .execute();
  }
}

export const siteOf = (apiKey: ApiKey): string => `key:${apiKey.id}`;

function toApiKey(row: { id: number; key_prefix: string; site_url: string; created_at: string; revoked_at: string | null; rate_limit: number }): ApiKey {
  return { id: row.id, prefix: row.key_prefix, siteUrl: row.site_url, createdAt: row.created_at, revoked: row.revoked_at !== null, rateLimit: row.rate_limit };
}
