import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToText, readingMinutes, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders headings, emphasis, lists and quotes', () => {
    assert.equal(renderMarkdown('## Title\n\n*a* and **b**'), '<h2>Title</h2>\n<p><em>a</em> and <strong>b</strong></p>\n');
    assert.match(renderMarkdown('- one\n- two'), /<ul>\n<li>one<\/li>\n<li>two<\/li>\n<\/ul>/);
    assert.match(renderMarkdown('> quoted'), /<blockquote>\n<p>quoted<\/p>\n<\/blockquote>/);
  });
  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    assert.ok(!html.includes('<script'));
    assert.ok(!html.includes('<img'));
    assert.match(html, /&lt;script&gt;/);
  });
  it('drops javascript: links', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    assert.ok(!/href="javascript:/i.test(html));
  });
  it('keeps http links and tables', () => {
    assert.match(renderMarkdown('[site](https://x.example)'), /<a href="https:\/\/x.example">site<\/a>/);
    assert.match(renderMarkdown('| a | b |\n|---|--:|\n| 1 | 2 |'), /<table>[\s\S]*<td>2<\/td>/);
  });
});

describe('markdownToText', () => {
  it('returns the words without markup or entities', () => {
    assert.equal(markdownToText('## Head\n\nFish & *chips* <b>'), 'Head Fish & chips <b>');
  });
  it('estimates reading time', () => {
    assert.equal(readingMinutes('word '.repeat(460)), 2);
    assert.equal(readingMinutes(''), 1);
  });
});
