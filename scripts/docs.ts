// Regenerates the documents that are derived from code: docs/errors.md.
import { writeFileSync } from 'node:fs';
import { renderErrorsDoc } from '../src/core/errors-doc.ts';

writeFileSync('docs/errors.md', renderErrorsDoc());
console.log('wrote docs/errors.md');
