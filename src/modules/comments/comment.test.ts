import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildThread, type CommentNode, type PublicComment } from './comment.ts';
import { renderCommentText, safeWebsite } from './comment-text.ts';

const c = (id: number, parentId: number | null, minute: number): PublicComment => ({
  id,
  parentId,
  authorName: `n${id}`,
  authorUrl: null,
  body: `b${id}`,
  createdAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`,
});

const shape = (nodes: CommentNode[]): unknown => nodes.map((n) => [n.comment.id, n.depth, shape(n.replies)]);

describe('buildThread', () => {
  it('nests replies under their parents in date order', () => {
    const thread = buildThread([c(3, 1, 3), c(1, null, 1), c(2, null, 2), c(4, 3, 4)], 5);
    assert.deepEqual(shape(thread), [[1, 1, [[3, 2, [[4, 3, []]]]]], [2, 1, []]]);
  });
  it('lifts a reply whose parent is not shown to the top level', () => {
    assert.deepEqual(shape(buildThread([c(2, 99, 2)], 5)), [[2, 1, []]]);
  });
  it('attaches replies past the depth limit to the deepest allowed ancestor', () => {
    const thread = buildThread([c(1, null, 1), c(2, 1, 2), c(3, 2, 3), c(4, 3, 4)], 2);
    assert.deepEqual(shape(thread), [[1, 1, [[2, 2, []], [3, 2, []], [4, 2, []]]]]);
  });
});

describe('renderCommentText', () => {
  it('escapes HTML and keeps paragraphs and line breaks', () => {
    assert.equal(renderCommentText('<b>hi</b> & "you"\nnext\n\nsecond'), '<p>&lt;b&gt;hi&lt;/b&gt; &amp; &quot;you&quot;<br>next</p><p>second</p>');
  });
  it('links http(s) URLs with nofollow ugc and leaves trailing punctuation outside', () => {
    assert.equal(
      renderCommentText('See https://a.example/x?y=1&z=2.'),
      '<p>See <a href="https://a.example/x?y=1&amp;z=2" rel="nofollow ugc noopener">https://a.example/x?y=1&amp;z=2</a>.</p>',
    );
  });
  it('does not link other schemes or break out of attributes', () => {
    assert.equal(renderCommentText('javascript:alert(1)'), '<p>javascript:alert(1)</p>');
    const html = renderCommentText('https://a.example/"onmouseover="alert(1)');
    assert.ok(!html.includes('"onmouseover'));
  });
  it('renders an empty body as nothing', () => {
    assert.equal(renderCommentText('  \n '), '');
  });
});

describe('safeWebsite', () => {
  it('keeps http(s) and drops everything else', () => {
    assert.equal(safeWebsite('https://reader.example/'), 'https://reader.example/');
    assert.equal(safeWebsite('javascript:alert(1)'), null);
    assert.equal(safeWebsite('not a url'), null);
    assert.equal(safeWebsite(null), null);
  });
});
