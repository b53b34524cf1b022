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

  async findSectionById(id: number): Promise<Section | undefined> {
    const row = await this.db.selectFrom('sections').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSection(row) : undefined;
  }

  async slugTaken(slug: string, exceptId?: number): Promise<boolean> {
    let query = this.db.selectFrom('sections').select('id').where('slug', '=', slug);
    if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  async updateSection(id: number, section: NewSection): Promise<void> {
    await this.db
      .updateTable('sections')
      .set({ slug: section.slug, name: section.name, description: section.description, article_type: section.articleType, position: section.position })
      .where('id', '=', id)
      .execute();
  }

  async countArticlesBySection(): Promise<Map<number, number>> {
    const rows = await this.db.selectFrom('articles').select(['section_id', (eb) => eb.fn.countAll().as('n')]).groupBy('section_id').execute();
    return new Map(rows.map((r) => [r.section_id, Number(r.n)]));
  }
}
