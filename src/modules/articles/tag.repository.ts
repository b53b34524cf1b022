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
}
