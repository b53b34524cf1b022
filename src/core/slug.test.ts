import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it('makes lower-case hyphenated ASCII', () => {
    assert.equal(slugify('What the Tarrow Bridge tolls really cost'), 'what-the-tarrow-bridge-tolls-really-cost');
  });
  it('drops accents and apostrophes and spells out ampersands', () => {
    assert.equal(slugify('Café’s “Crème” & Co.'), 'cafes-creme-and-co');
  });
  it('trims separators and caps the length without a trailing hyphen', () => {
    assert.equal(slugify('  --Hello--  '), 'hello');
    const long = slugify('word '.repeat(60));
    assert.ok(long.length <= 120);
    assert.ok(!long.endsWith('-'));
  });
  it('validates slugs', () => {
    assert.equal(isValidSlug('a-b-1'), true);
    assert.equal(isValidSlug('A-b'), false);
    assert.equal(isValidSlug('a--b'), false);
    assert.equal(isValidSlug(''), false);
  });
});
