import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { CorpusLineError, loadCommentCorpus, parseLabelledComments, toJsonl } from './corpus.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-corpus-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the comment corpus', () => {
  const lines = [
    { comment_content: 'Keep it up!', comment_author: 'Payday Loans Online', comment_author_email: 'x@fastcash.net', comment_author_url: 'http://fastcash.net', label: 'spam' },
    { comment_content: 'The minutes say otherwise.', comment_author: 'Ruth', comment_author_email: 'ruth@post.org', comment_author_url: '', label: 'ham' },
  ];

  it('keeps each comment’s author, email and website beside its text, and writes them back out', () => {
    const file = path.join(dir, 'comments.jsonl');
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const corpus = loadCommentCorpus(file);
    assert.equal(corpus.name, 'masthead-comments');
    assert.match(corpus.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(corpus.items[0], { id: 'comments/1', text: 'Keep it up!', label: 'spam', context: { author: 'Payday Loans Online', email: 'x@fastcash.net', url: 'http://fastcash.net' } });
    // `spam split` writes what `spam eval` reads: the same comments, fields and labels.
    assert.deepEqual(
      parseLabelledComments(toJsonl(corpus.items), 'out.jsonl').map((c) => ({ ...c.input, label: c.label })),
      corpus.items.map((i) => ({ comment: i.text, ...i.context, label: i.label })),
    );
  });

  it('names the file and line of a bad record', () => {
    const file = path.join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify(lines[0])}\n{"comment_content": "x", "label": "maybe"}\n`);
    assert.throws(() => loadCommentCorpus(file), (error: unknown) => error instanceof CorpusLineError && error.message === `${file} line 2: "label" must be "spam" or "ham"`);
    assert.throws(() => loadCommentCorpus(path.join(dir, 'none.jsonl')), /cannot read the comment corpus .*none\.jsonl: ENOENT/);
  });
});
