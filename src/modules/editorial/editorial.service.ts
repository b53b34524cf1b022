// Appending editorial entries: editor's notes, corrections, clarifications, updates, retractions.
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import { renderMarkdown } from '../../core/markdown.ts';
import type { Schema } from '../../db/schema.ts';
import { checkEditorialEntry, type EditorialEntry, type EditorialKind, type EditorialProblem } from './editorial.ts';
import { EditorialRepository } from './editorial.repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import { systemActor, type Actor } from '../audit/audit.ts';

export interface EditorialInput {
  articleId: number | null;
  authorId: number | null;
  kind: EditorialKind;
  bodyMarkdown: string;
  entryDate: string;
  signedBy: string;
}

export class EditorialValidationError extends Error {
  constructor(readonly problems: EditorialProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'EditorialValidationError';
  }
}

export class EditorialService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
  ) {}

  /** Publishes the entry at once; it is part of the record and is audited. */
  async appendEntry(input: EditorialInput, actor: Actor = systemActor): Promise<EditorialEntry> {
    const problems = checkEditorialEntry(input, this.clock.now());
    if (problems.length) throw new EditorialValidationError(problems);
    const now = this.clock.now().toISOString();
    return inTransaction(this.db, async (trx) => {
      const entry = await new EditorialRepository(trx).insertEntry(
        {
          ...input,
          signedBy: input.signedBy.trim(),
          bodyHtml: renderMarkdown(input.bodyMarkdown),
          entryDate: new Date(input.entryDate).toISOString(),
        },
        now,
      );
      await new AuditRepository(trx).record(
        actor,
        { action: `editorial.${entry.kind}_added`, subjectType: entry.articleId ? 'article' : 'author', subjectId: entry.articleId ?? entry.authorId ?? undefined, detail: { entryId: entry.id } },
        now,
      );
      return entry;
    });
  }
}
