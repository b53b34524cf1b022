import type { Kysely, Selectable } from 'kysely';
import type { Schema, SectionsTable } from '../../db/schema.ts';
import { toArticleType, type Section } from './section.ts';

export function toSection(row: Selectable<SectionsTable>): Section {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    articleType: toArticleType(row.article_type),
    position: row.position,
  };
}

export type NewSection = Omit<Section, 'id'>;

export class SectionRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async listSections(): Promise<Section[]> {
    const rows = await this.db.selectFrom('sections').selectAll().orderBy('position').orderBy('name').execute();
    return rows.map(toSection);
  }

  async findSectionBySlug(slug: string): Promise<Section | undefined> {
    const row = await this.db.selectFrom('sections').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ? toSection(row) : undefined;
  }

  async insertSection(section: NewSection, now: string): Promise<Section> {
    const row = await this.db
      .insertInto('sections')
      .values({
        slug: section.slug,
        name: section.name,
        description: section.description,
        article_type: section.articleType,
        position: section.position,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSection(row);
  }
}
