// Editorial entries: dated, signed notes from the editors, kept apart from the author's text.

export const editorialKinds = ['editors_note', 'correction', 'clarification', 'update', 'retraction'] as const;
export type EditorialKind = (typeof editorialKinds)[number];

export interface EditorialEntry {
  id: number;
  /** The article it is attached to, if any. */
  articleId: number | null;
  /** The author whose page also shows it, if any. */
  authorId: number | null;
  kind: EditorialKind;
  bodyHtml: string;
  entryDate: string;
  signedBy: string;
}

export function toEditorialKind(value: string): EditorialKind {
  return (editorialKinds as readonly string[]).includes(value) ? (value as EditorialKind) : 'editors_note';
}

export interface EditorialProblem {
  field: 'body' | 'signedBy' | 'entryDate' | 'target';
  message: string;
}

/** An entry may not be dated ahead of now by more than this (clock skew between servers). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function checkEditorialEntry(
  entry: {
    articleId: number | null;
    authorId: number | null;
    bodyMarkdown: string;
    signedBy: string;
    entryDate: string;
  },
  now: Date,
): EditorialProblem[] {
  const problems: EditorialProblem[] = [];
  if (entry.articleId === null && entry.authorId === null) {
    problems.push({ field: 'target', message: 'Attach the entry to an article or an author.' });
  }
  if (entry.bodyMarkdown.trim() === '') problems.push({ field: 'body', message: 'Write the text of the entry.' });
  if (entry.signedBy.trim() === '') problems.push({ field: 'signedBy', message: 'Sign the entry.' });
  const date = Date.parse(entry.entryDate);
  if (Number.isNaN(date)) problems.push({ field: 'entryDate', message: 'Give the entry a date.' });
  else if (date > now.getTime() + FUTURE_TOLERANCE_MS) problems.push({ field: 'entryDate', message: 'An entry cannot be dated in the future.' });
  return problems;
}
