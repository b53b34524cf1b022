import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFeatures } from './features.ts';
import { FINGERPRINT_KEYS, fingerprintOf, nearDuplicateEvidence, similarityOf } from './near-duplicate.ts';

const campaign = 'Our removals firm in Leith has vans free all winter, and readers of this journal get a tenth off any move booked before March, just call the number on our site.';
const shared = (a: number[], b: number[]) => a.filter((k) => b.includes(k)).length;

describe('near-duplicate fingerprints', () => {
  it('gives a text of some length 24 keys, the same every time', () => {
    const keys = fingerprintOf(extractFeatures({ comment: campaign }));
    assert.equal(keys.length, FINGERPRINT_KEYS);
    assert.equal(new Set(keys).size, FINGERPRINT_KEYS);
    assert.ok(keys.every((k) => Number.isInteger(k) && k >= 0 && k <= 0xffffffff));
    assert.deepEqual(fingerprintOf(extractFeatures({ comment: campaign })), keys);
    // Case and the surrounding fields change nothing: only the text's words count.
    assert.deepEqual(fingerprintOf(extractFeatures({ comment: campaign.toUpperCase(), author: 'Someone Else', email: 'x@example.net' })), keys);
  });

  it('leaves short texts without a fingerprint', () => {
    assert.deepEqual(fingerprintOf(extractFeatures({ comment: 'Great post, thanks for writing it!' })), []);
  });

  it('shares most keys between a text and its copy with a detail changed, and almost none with another text', () => {
    const keys = fingerprintOf(extractFeatures({ comment: campaign }));
    const variant = fingerprintOf(extractFeatures({ comment: campaign.replace('Leith', 'Portobello').replace('March', 'April') }));
    const other = fingerprintOf(extractFeatures({ comment: 'The ferry left twenty minutes late again on Tuesday, which matches what the council admitted in its March report on the harbour.' }));
    assert.ok(shared(keys, variant) >= 15, `variant shares ${shared(keys, variant)}`);
    assert.ok(shared(keys, other) <= 3, `other shares ${shared(keys, other)}`);
  });
});

describe('near-duplicate evidence', () => {
  const at = '2026-11-20T09:30:00.000Z';

  it('estimates similarity as the share of keys in common', () => {
    assert.equal(similarityOf(24), 1);
    assert.equal(similarityOf(12), 0.5);
    assert.equal(similarityOf(0), 0);
  });

  it('moves toward the closest lesson’s label, more the closer it is', () => {
    assert.deepEqual(nearDuplicateEvidence([{ label: 'spam', shared: 24, learnedAt: at }]), {
      logit: 6,
      reason: 'Nearly the same as a comment marked spam here on 2026-11-20 (about 100 % alike).',
    });
    // 18 of 24 keys: similarity 0.75; from 2 at 15/24 = 0.625 to 6 at 1: 2 + 4 × 0.125 / 0.375 = 3.333.
    const closer = nearDuplicateEvidence([{ label: 'ham', shared: 18, learnedAt: at }])!;
    assert.ok(Math.abs(closer.logit - -(2 + 4 / 3)) < 1e-12);
    assert.equal(closer.reason, 'Nearly the same as a comment marked not spam here on 2026-11-20 (about 75 % alike).');
    assert.equal(nearDuplicateEvidence([{ label: 'spam', shared: 15, learnedAt: at }])!.logit, 2);
  });

  it('ignores lessons sharing fewer than 15 of 24 keys; on a tie the later decision wins, then the reader’s side', () => {
    assert.equal(nearDuplicateEvidence([{ label: 'spam', shared: 14, learnedAt: at }]), undefined);
    assert.equal(nearDuplicateEvidence([]), undefined);
    assert.ok(nearDuplicateEvidence([{ label: 'spam', shared: 16, learnedAt: at }, { label: 'ham', shared: 16, learnedAt: at }])!.logit < 0);
    assert.ok(nearDuplicateEvidence([{ label: 'ham', shared: 16, learnedAt: at }, { label: 'spam', shared: 16, learnedAt: at }])!.logit < 0);
    assert.ok(nearDuplicateEvidence([{ label: 'spam', shared: 17, learnedAt: at }, { label: 'ham', shared: 16, learnedAt: at }])!.logit > 0);
    // A text rescued once and marked spam a day later (or the reverse) follows the later decision.
    const dayLater = '2026-11-21T08:00:00.000Z';
    assert.ok(nearDuplicateEvidence([{ label: 'ham', shared: 24, learnedAt: at }, { label: 'spam', shared: 24, learnedAt: dayLater }])!.logit > 0);
    assert.ok(nearDuplicateEvidence([{ label: 'spam', shared: 24, learnedAt: at }, { label: 'ham', shared: 24, learnedAt: dayLater }])!.logit < 0);
  });
});
