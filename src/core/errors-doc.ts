// Renders docs/errors.md from the error registry; a test keeps the file in sync.
import { errorCodes } from './errors.ts';

export function renderErrorsDoc(): string {
  const rows = Object.entries(errorCodes).map(([code, { status, message }]) => `| \`${code}\` | ${status} | ${message} |`);
  return [
    '# Error codes',
    '',
    'Generated from `src/core/errors.ts` by `npm run docs`; a test fails when this file is out of date.',
    'Pages show the message on the error page; JSON clients get `{"error": {"code", "message"}}`.',
    '',
    '| code | HTTP status | message shown to the user |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
