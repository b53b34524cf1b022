// Managing byline authors: validation, unique slugs, and the audit trail.
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import { slugify } from '../../core/slug.ts';
import type { Schema } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../audit/audit.ts';
import { AuthorRepository, type NewAuthor } from './author.repository.ts';
import { checkAuthor, type Author, type AuthorProblem } from './author.ts';

export class AuthorValidationError extends Error {
  constructor(readonly problems: AuthorProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'AuthorValidationError';
  }
}

export class AuthorService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
  ) {}

  /** Creates (id undefined) or updates an author. */
  async saveAuthor(id: number | undefined, raw: NewAuthor, actor: Actor): Promise<Author> {
    const author: NewAuthor = { ...raw, name: raw.name.trim(), slug: raw.slug.trim() || slugify(raw.name), bio: raw.bio.trim(), roleTitle: raw.roleTitle.trim() };
    const problems = checkAuthor(author);
    return inTransaction(this.db, async (trx) => {
      const authors = new AuthorRepository(trx);
      if (!problems.some((p) => p.field === 'slug') && (await authors.slugTaken(author.slug, id))) {
        problems.push({ field: 'slug', message: 'Another author already uses this slug.' });
      }
      if (problems.length) throw new AuthorValidationError(problems);
      const now = this.clock.now().toISOString();
      let saved: Author;
      if (id === undefined) saved = await authors.insertAuthor(author, now);
      else {
        await authors.updateAuthor(id, author);
        saved = { ...author, id };
      }
      await new AuditRepository(trx).record(actor, { action: id === undefined ? 'author.created' : 'author.updated', subjectType: 'author', subjectId: saved.id }, now);
      return saved;
    });
  }
}
