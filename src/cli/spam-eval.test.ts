import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { UsageError } from './args.ts';
import { DEFAULT_MODEL_FILE } from '../modules/spam/engine/model.ts';
import { readLabelledComments, spamEval } from './spam-eval.ts';
import { campaignComment } from '../../test/support/spam-campaign.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-spam-eval-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: (object | string)[]): string {
  const full = path.join(dir, name);
  writeFileSync(full, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return full;
}

/** Copy `n` of the test campaign as a line of an evaluation file. */
const campaign = (n: number) => {
  const copy = campaignComment(n);
  return { comment_content: copy.comment, comment_author: copy.author, comment_author_email: copy.email, comment_author_url: copy.url, user_ip: copy.ip, label: 'spam' };
};
const readers = [
  { comment_content: 'Does anyone know when the ferry timetable changes? The article says winter but not the date.', comment_author: 'Ruth', label: 'ham' },
  { comment_content: 'I live near the bridge and the traffic has doubled since the tolls changed.', label: 'ham' },
];

describe('readLabelledComments', () => {
  it('maps Akismet field names and skips blank lines', () => {
    const f = file('ok.jsonl', [{ ...campaign(1), user_agent: 'curl/8', comment_date_gmt: '2026-01-01 10:00:00' }, '', readers[0]!]);
    assert.deepEqual(readLabelledComments(f), [
      { input: { comment: campaign(1).comment_content, author: 'Skipper 1', email: 's1@harbourtrips.example', url: 'https://harbourtrips.example', ip: '198.51.100.7', userAgent: 'curl/8' }, label: 'spam' },
      { input: { comment: readers[0]!.comment_content, author: 'Ruth' }, label: 'ham' },
    ]);
  });

  const bad: [string, (object | string)[], string][] = [
    ['broken JSON', [readers[0]!, '{"comment_content": "x", "label": "spam"'], 'line 2: not valid JSON'],
    ['a missing label', [{ comment_content: 'x' }], 'line 1: "label" must be "spam" or "ham"'],
    ['a label of another kind', [readers[1]!, readers[0]!, { comment_content: 'x', label: 'maybe' }], 'line 3: "label" must be "spam" or "ham"'],
    ['missing text', [{ label: 'ham' }], 'line 1: "comment_content" must be a string'],
    ['a number for a name', [{ comment_content: 'x', comment_author: 7, label: 'ham' }], 'line 1: "comment_author" must be a string'],
    ['an array', [[1, 2]], 'line 1: expected a JSON object'],
  ];
  for (const [what, lines, message] of bad) {
    it(`stops at ${what}, naming the line`, () => {
      const f = file('bad.jsonl', lines);
      assert.throws(() => readLabelledComments(f), (error: unknown) => error instanceof UsageError && error.message === `${f} ${message}` && !error.message.includes('\n'));
    });
  }

  it('names a missing file', () => {
    const f = path.join(dir, 'absent.jsonl');
    assert.throws(() => readLabelledComments(f), { message: `cannot read ${f}: no such file` });
  });
});

describe('spamEval', () => {
  const stream = file('stream.jsonl', [readers[0]!, ...[1, 2, 3, 4, 5, 6].map(campaign), readers[1]!]);

  it('prints one JSON object with the figures, in the documented order', async () => {
    const summary = JSON.parse(await spamEval([stream])) as Record<string, number>;
    assert.deepEqual(Object.keys(summary), ['n', 'spam', 'ham', 'accuracy', 'precision', 'recall', 'f1', 'fpr', 'per_second']);
    assert.equal(summary.n, 8);
    assert.equal(summary.spam, 6);
    assert.equal(summary.ham, 2);
    assert.ok(summary.per_second! > 0);
  });

  it('learns nothing from the file without --online, and learns each true label with it', async () => {
    const shipped = JSON.parse(await spamEval([stream])) as Record<string, number>;
    const online = JSON.parse(await spamEval([stream, '--online'])) as Record<string, number>;
    // The shipped model does not know this campaign; a site correcting every mistake soon does.
    assert.equal(shipped.recall, 0);
    assert.ok(online.recall! >= 0.5, JSON.stringify(online));
    assert.equal(online.fpr, 0);
  });

  it('can first learn a training file (a separate experiment)', async () => {
    const warm = file('warm.jsonl', [1, 2, 3].map(campaign));
    const summary = JSON.parse(await spamEval([stream, '--learn-from', warm])) as Record<string, number>;
    assert.equal(summary.recall, 1);
  });

  it('measures another model file with --model, and refuses a missing one naming it', async () => {
    const figuresOf = async (args: string[]) => {
      const { per_second: _speed, ...figures } = JSON.parse(await spamEval(args)) as Record<string, number>;
      return figures;
    };
    assert.deepEqual(await figuresOf([stream, '--model', DEFAULT_MODEL_FILE]), await figuresOf([stream]));
    const missing = path.join(dir, 'no-such-model.bin');
    await assert.rejects(spamEval([stream, '--model', missing]), { name: 'SpamModelError', message: `spam model ${missing}: missing (rebuild it with \`masthead spam train\`)` });
  });

  it('refuses a call without exactly one file', async () => {
    await assert.rejects(spamEval([]), { message: 'usage: masthead spam eval FILE.jsonl [--online] [--model FILE]' });
  });
});
