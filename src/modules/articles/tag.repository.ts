import type { Kysely } from 'kysely';
import { slugify } from '../../core/slug.ts';
import type { Schema } from '../../db/schema.ts';
import type { Tag } from './tag.ts';

export class TagRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async findTagBySlug(slug: string): Promise<Tag | undefined> {
    return this.db.selectFrom('tags').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
  }

  /** Returns the tags with these names, creating the missing ones. */
  async ensureTags(names: string[], now: string): Promise<Tag[]> {
    const tags: Tag[] = [];
    for (const name of names) {
      const slug = slugify(name);
      if (!slug) continue;
      await this.db
        .insertInto('tags')
        .values({ slug, name: name.trim(), created_at: now })
        .onConflict((oc) => oc.column('slug').doNothing())
        .execute();
      const tag = await this.findTagBySlug(slug);
      if (tag && !tags.some((t) => t.id === tag.id)) tags.push(tag);
    }
    return tags;
  }

  async listTagsWithCounts(): Promise<(Tag & { articleCount: number })[]> {
    const rows = await this.db
      .selectFrom('tags')
      .select(['tags.id', 'tags.slug', 'tags.name'])
      .select((eb) => eb.selectFrom('article_tags').select((e) => e.fn.countAll().as('n')).whereRef('article_tags.tag_id', '=', 'tags.id').as('article_count'))
      .orderBy('tags.name')
      .execute();
    return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, articleCount: Number(r.article_count ?? 0) }));
  }

  async findTagById(id: number): Promise<Tag | undefined> {
    return this.db.selectFrom('tags').select(['id', 'slug', 'name']).where('id', '=', id).executeTakeFirst();
  }

  async slugTaken(slug: string, exceptId: number): Promise<boolean> {
    return (await this.db.selectFrom('tags').select('id').where('slug', '=', slug).where('id', '!=', exceptId).executeTakeFirst()) !== undefined;
  }

  async renameTag(id: number, name: string, slug: string): Promise<void> {
    await this.db.updateTable('tags').set({ name, slug }).where('id', '=', id).execute();
  }

  /** Removes the tag from every article and deletes it. */
  async deleteTag(id: number): Promise<void> {
    await this.db.deleteFrom('tags').where('id', '=', id).execute();
  }
}
