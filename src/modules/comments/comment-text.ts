// Reader comments are plain text. Rendering escapes everything first, then adds only
// paragraphs, line breaks and links to http(s) URLs. No HTML from a reader survives.

import { escapeHtml } from '../../core/html.ts';

// Runs on escaped text, so the URL cannot contain < > " or ' (they are entities by now).
const urlPattern = /\bhttps?:\/\/[^\s<>"']+/g;
// Trailing punctuation usually ends the sentence, not the URL.
const trailing = /[.,;:!?)\]]+$|&(?:amp|lt|gt|quot|#39);?$/;

function linkify(escaped: string): string {
  return escaped.replace(urlPattern, (match) => {
    let url = match;
    let tail = '';
    for (let m = trailing.exec(url); m && url.length > 0; m = trailing.exec(url)) {
      tail = m[0] + tail;
      url = url.slice(0, m.index);
    }
    if (!/^https?:\/\/[^/]/.test(url)) return match;
    return `<a href="${url}" rel="nofollow ugc noopener">${url}</a>${tail}`;
  });
}

/** Comment body → HTML: escape, paragraphs on blank lines, <br> on single newlines, links. */
export function renderCommentText(body: string): string {
  const normalised = body.replace(/\r\n?/g, '\n').trim();
  if (normalised === '') return '';
  return normalised
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${linkify(escapeHtml(paragraph)).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Only http(s) websites become links on a commenter's name. */
export function safeWebsite(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
