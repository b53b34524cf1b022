import type { Kysely, Selectable } from 'kysely';
import type { PublicationsTable, Schema } from '../../db/schema.ts';
import type { Publication } from './publication.ts';

// There is one publication per database; its row has id 1.
const PUBLICATION_ID = 1;

const defaultPublication: Publication = {
  name: 'A Masthead Journal',
  tagline: '',
  issn: null,
  logoUrl: null,
  language: 'en',
  timeZone: 'UTC',
  accentColor: '#a4161a',
};

function toPublication(row: Selectable<PublicationsTable>): Publication {
  return {
    name: row.name,
    tagline: row.tagline,
    issn: row.issn,
    logoUrl: row.logo_url,
    language: row.language,
    timeZone: row.time_zone,
    accentColor: row.accent_color,
  };
}

export class PublicationRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /** The publication's settings, or neutral defaults before any are saved. */
  async getPublication(): Promise<Publication> {
    const row = await this.db.selectFrom('publications').selectAll().where('id', '=', PUBLICATION_ID).executeTakeFirst();
    return row ? toPublication(row) : { ...defaultPublication };
  }

  async savePublication(publication: Publication, now: string): Promise<void> {
    const values = {
      name: publication.name,
      tagline: publication.tagline,
      issn: publication.issn,
      logo_url: publication.logoUrl,
      language: publication.language,
      time_zone: publication.timeZone,
      accent_color: publication.accentColor,
      updated_at: now,
    };
    await this.db
      .insertInto('publications')
      .values({ id: PUBLICATION_ID, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
  }
}
