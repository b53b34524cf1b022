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

  async listWithCounts(): Promise<AuthorListRow[]> {
    const rows = await this.db
      .selectFrom('authors')
      .leftJoin('users', 'users.author_id', 'authors.id')
      .selectAll('authors')
      .select('users.email as linked_email')
      .select((eb) =>
        eb.selectFrom('article_authors').select((e) => e.fn.countAll().as('n')).whereRef('article_authors.author_id', '=', 'authors.id').as('article_count'),
      )
      .orderBy('authors.display_name')
      .execute();
    return rows.map((row) => ({ ...toAuthor(row), articleCount: Number(row.article_count ?? 0), linkedAccount: row.linked_email ?? null }));
  }

  async findAuthorById(id: number): Promise<Author | undefined> {
    const row = await this.db.selectFrom('authors').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAuthor(row) : undefined;
  }

  async slugTaken(slug: string, exceptId?: number): Promise<boolean> {
    let query = this.db.selectFrom('authors').select('id').where('slug', '=', slug);
    if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  async updateAuthor(id: number, author: NewAuthor): Promise<void> {
    await this.db
      .updateTable('authors')
      .set({
        slug: author.slug,
        display_name: author.name,
        role_title: author.roleTitle,
        bio: author.bio,
        photo_url: author.photoUrl,
        links: JSON.stringify(author.links),
        byline_only: author.bylineOnly ? 1 : 0,
      })
      .where('id', '=', id)
      .execute();
  }
}

export interface AuthorListRow extends Author {
  articleCount: number;
  linkedAccount: string | null;
}

