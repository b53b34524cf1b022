import type { Kysely, Selectable } from 'kysely';
import type { AuthorsTable, Schema } from '../../db/schema.ts';
import { parseAuthorLinks, type Author } from './author.ts';

export function toAuthor(row: Selectable<AuthorsTable>): Author {
  return {
    id: row.id,
    slug: row.slug,
    name: row.display_name,
    roleTitle: row.role_title,
    bio: row.bio,
    photoUrl: row.photo_url,
    links: parseAuthorLinks(row.links),
    bylineOnly: row.byline_only === 1,
  };
}

export type NewAuthor = Omit<Author, 'id'>;

export class AuthorRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async findAuthorBySlug(slug: string): Promise<Author | undefined> {
    const row = await this.db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ? toAuthor(row) : undefined;
  }

  async listAuthors(): Promise<Author[]> {
    const rows = await this.db.selectFrom('authors').selectAll().orderBy('display_name').execute();
    return rows.map(toAuthor);
  }

  async insertAuthor(author: NewAuthor, now: string): Promise<Author> {
    const row = await this.db
      .insertInto('authors')
      .values({
        slug: author.slug,
        display_name: author.name,
        role_title: author.roleTitle,
        bio: author.bio,
        photo_url: author.photoUrl,
        links: JSON.stringify(author.links),
        byline_only: author.bylineOnly ? 1 : 0,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAuthor(row);
  }
}
