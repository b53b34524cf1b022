import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { parseDiscussionSettings, type DiscussionSettings } from './discussion-settings.ts';

const KEY = 'discussion';

export class DiscussionSettingsRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async getSettings(): Promise<DiscussionSettings> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
    return parseDiscussionSettings(row?.value);
  }

  async saveSettings(settings: DiscussionSettings, now: string): Promise<void> {
    const value = JSON.stringify(settings);
    await this.db
      .insertInto('settings')
      .values({ key: KEY, value, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
      .execute();
  }
}
