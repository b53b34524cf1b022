// Documents that must agree with the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { settings } from '../src/config/config.ts';
import { renderErrorsDoc } from '../src/core/errors-doc.ts';

describe('documentation in sync', () => {
  it('docs/errors.md matches the error registry (run npm run docs)', () => {
    assert.equal(readFileSync('docs/errors.md', 'utf8'), renderErrorsDoc());
  });

  it('README documents every configuration setting', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const setting of settings) assert.ok(readme.includes(`| \`${setting.env}\``), `README lacks ${setting.env}`);
  });

  it('README names the two set-up commands', () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.ok(readme.includes('npm install && npm start'));
    assert.ok(readme.includes('npm test'));
  });
});
