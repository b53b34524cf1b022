import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordDiff } from './word-diff.ts';

describe('wordDiff', () => {
  it('marks replaced words', () => {
    const diff = wordDiff('The count rose 32 per cent.', 'The count rose 22 per cent.');
    assert.equal(diff.html, 'The count rose <del>32</del><ins>22</ins> per cent.');
    assert.equal(diff.added, 1);
    assert.equal(diff.removed, 1);
  });
  it('escapes both sides', () => {
    const diff = wordDiff('a <b>', 'a <script>x</script>');
    assert.ok(!diff.html.includes('<script>'));
    assert.ok(!diff.html.includes('<b>'));
  });
  it('reports no change for equal texts', () => {
    assert.deepEqual(wordDiff('same text', 'same text'), { html: 'same text', added: 0, removed: 0 });
  });
});
