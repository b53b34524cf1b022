// A readable word-level diff between two texts, as escaped HTML with <ins> and <del>.
import { diffWordsWithSpace } from 'diff';
import { escapeHtml } from './html.ts';

export interface DiffSummary {
  html: string;
  added: number;
  removed: number;
}

export function wordDiff(before: string, after: string): DiffSummary {
  let added = 0;
  let removed = 0;
  const html = diffWordsWithSpace(before, after)
    .map((part) => {
      const text = escapeHtml(part.value);
      if (part.added) {
        added += countWords(part.value);
        return `<ins>${text}</ins>`;
      }
      if (part.removed) {
        removed += countWords(part.value);
        return `<del>${text}</del>`;
      }
      return text;
    })
    .join('');
  return { html, added, removed };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
