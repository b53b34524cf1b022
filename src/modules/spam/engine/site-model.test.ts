import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFeatures } from './features.ts';
import { CONTRACT_NOW, contractClock, siteModelStoreContract } from './site-model.contract.ts';
import { InMemorySiteModelStore, lessonFor, siteLogit, type SiteModelSnapshot } from './site-model.ts';

describe('InMemorySiteModelStore', () => {
  const store = new InMemorySiteModelStore(contractClock);
  siteModelStoreContract(() => store);
});

describe('site model arithmetic', () => {
  const features = extractFeatures({ comment: 'cheap pills' });

  it('takes one logistic step on the combined log-odds', () => {
    // At log-odds 0 the error of a spam lesson is 1 - 0.5; each feature moves by rate × error × value.
    const lesson = lessonFor(features, 0, 'spam', { rate: 4 });
    assert.equal(lesson.label, 'spam');
    // Only the features the site model reads: not the length or character n-grams (site value 0).
    assert.deepEqual(lesson.deltas.map((d) => d.hash), Array.from(features.hashes.subarray(0, features.siteCount)));
    for (const [i, d] of lesson.deltas.entries()) assert.ok(Math.abs(d.weight - 4 * 0.5 * features.siteValues[i]!) < 1e-9);
    // A ham lesson on a text judged as surely ham changes almost nothing.
    assert.ok(lessonFor(features, -20, 'ham', { rate: 4 }).deltas.every((d) => Math.abs(d.weight) < 1e-7));
  });

  it('moves the lesson’s own text by rate × error, the site vector having length 1', () => {
    let squared = 0;
    for (const v of features.siteValues) squared += v * v;
    assert.ok(Math.abs(squared - 1) < 1e-6);
    const lesson = lessonFor(features, 0, 'spam', { rate: 4 });
    const site: SiteModelSnapshot = { lessons: { spam: 1, ham: 0 }, weights: new Map(lesson.deltas.map((d) => [d.hash, d.weight])), nearest: [] };
    assert.ok(Math.abs(siteLogit(features, site) - 2) < 1e-6);
  });
});
