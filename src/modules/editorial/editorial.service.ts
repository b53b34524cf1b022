// Appending editorial entries: editor's notes, corrections, clarifications, updates, retractions.
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import { renderMarkdown } from '../../core/markdown.ts';
import type { Schema } from '../../db/schema.ts';
import { checkEditorialEntry, type EditorialEntry, type EditorialKind, type EditorialProblem } from './editorial.ts';
import { EditorialRepository } from './editorial.repository.ts';

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

  async appendEntry(input: EditorialInput): Promise<EditorialEntry> {
    const problems = checkEditorialEntry(input);
    if (problems.length) throw new EditorialValidationError(problems);
    return new EditorialRepository(this.db).insertEntry(
      {
        ...input,
        signedBy: input.signedBy.trim(),
        bodyHtml: renderMarkdown(input.bodyMarkdown),
        entryDate: new Date(input.entryDate).toISOString(),
      },
      this.clock.now().toISOString(),
    );
  }
}
