import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFeatures } from './features.ts';
import { CONTRACT_NOW, contractClock, siteModelStoreContract } from './site-model.contract.ts';
import { EMPTY_SITE, InMemorySiteModelStore, lessonFor, siteLogit, type SiteModelSnapshot } from './site-model.ts';

describe('InMemorySiteModelStore', () => {
  const store = new InMemorySiteModelStore(contractClock);
  siteModelStoreContract(() => store);
});

/** A site holding these weights and nothing else. */
const learned = (deltas: { hash: number; weight: number }[]): SiteModelSnapshot => ({ ...EMPTY_SITE, weights: new Map(deltas.map((d) => [d.hash, d.weight])) });

describe('site model arithmetic', () => {
  const features = extractFeatures({ comment: 'cheap pills' });

  it('takes one logistic step on the combined log-odds', () => {
    // At log-odds 0 the error of a spam lesson is 1 - 0.5; each feature moves by rate × error × value.
    const lesson = lessonFor(features, 0, 'spam', EMPTY_SITE, { rate: 4 });
    assert.equal(lesson.label, 'spam');
    // Only the features the site model reads: not the length or character n-grams (site value 0).
    assert.deepEqual(lesson.deltas.map((d) => d.hash), Array.from(features.hashes.subarray(0, features.siteCount)));
    for (const [i, d] of lesson.deltas.entries()) assert.ok(Math.abs(d.weight - 4 * 0.5 * features.siteValues[i]!) < 1e-9);
    // A ham lesson on a text judged as surely ham changes almost nothing.
    assert.ok(lessonFor(features, -20, 'ham', EMPTY_SITE, { rate: 4 }).deltas.every((d) => Math.abs(d.weight) < 1e-7));
  });

  it('moves the lesson’s own text by rate × error, the site vector having length 1', () => {
    let squared = 0;
    for (const v of features.siteValues) squared += v * v;
    assert.ok(Math.abs(squared - 1) < 1e-6);
    const lesson = lessonFor(features, 0, 'spam', EMPTY_SITE, { rate: 4 });
    const site = learned(lesson.deltas);
    assert.ok(Math.abs(siteLogit(features, site) - 2) < 1e-6);
  });

  it('shrinks a feature’s step by √(1 + the lessons that contained it)', () => {
    // cheap, pills and the pair: 3 features of site value 1/√3. "cheap" was in 3 lessons already.
    const cheap = features.hashes[0]!;
    const lesson = lessonFor(features, 0, 'spam', { lessonsWith: new Map([[cheap, 3]]) }, { rate: 4 });
    const fresh = 4 * 0.5 / Math.sqrt(3);
    assert.equal(lesson.deltas.length, 3);
    for (const [i, expected] of [fresh / 2, fresh, fresh].entries()) assert.ok(Math.abs(lesson.deltas[i]!.weight - expected) < 1e-6, `${lesson.deltas[i]!.weight}`);
  });

  it('takes a rescued reader to 2 log-odds below even, however often its words were taught', () => {
    // Judged at 5 log-odds; the three features already in 0, 8 and 1,000 lessons, so a plain
    // step would reach far less than the 7 needed.
    const [cheap, pills, pair] = features.hashes;
    const lessonsWith = new Map([[cheap!, 0], [pills!, 8], [pair!, 1000]]);
    const lesson = lessonFor(features, 5, 'ham', { lessonsWith }, { rate: 4 });
    assert.ok(Math.abs(5 + siteLogit(features, learned(lesson.deltas)) - -2) < 1e-9);
    // Each feature's share still follows its own count.
    const [a, b, c] = lesson.deltas.map((d) => d.weight);
    assert.ok(Math.abs(a! / b! - 3) < 1e-9 && Math.abs(a! / c! - Math.sqrt(1001)) < 1e-6);
  });

  it('learns nothing from a comment with nothing the site model reads', () => {
    // No word, name, address or website: punctuation alone from an anonymous client. Its
    // features are all traits, which no site lesson moves; a rescue of it changes no verdict.
    const blank = extractFeatures({ comment: '$$$ !!! $$$ !!!', url: '', userAgent: 'curl/8' });
    assert.ok(blank.siteCount > 0);
    assert.deepEqual(lessonFor(blank, 3, 'ham').deltas, []);
    assert.deepEqual(lessonFor(blank, -3, 'spam').deltas, []);
  });

  it('never steps the traits: a spam lesson leaves “a name of 2 words” where it was', () => {
    const reader = extractFeatures({ comment: 'Cheap pills here', author: 'Jo Mack', email: 'jo@example.com', url: '' });
    const lesson = lessonFor(reader, 0, 'spam', EMPTY_SITE, { rate: 4 });
    const stepped = new Set(lesson.deltas.map((d) => d.hash));
    const names = [...reader.names].filter(([i]) => stepped.has(reader.hashes[i]!)).map(([, name]) => name);
    assert.deepEqual(names.sort(), ['an address at example.com', '“jo” in the name', '“mack” in the name']);
  });
});
