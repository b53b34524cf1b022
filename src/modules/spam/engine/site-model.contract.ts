// The behaviour every SiteModelStore must have, run against the in-memory store and the
// database repository on each dialect, so that the two cannot drift apart.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FINGERPRINT_DAYS } from './near-duplicate.ts';
import type { SiteLesson, SiteModelStore } from './site-model.ts';

const lesson = (label: 'spam' | 'ham', deltas: [number, number][], fingerprint: number[] = []): SiteLesson => ({ label, deltas: deltas.map(([hash, weight]) => ({ hash, weight })), fingerprint });

/** The time the store under test is given as its clock: fingerprints are stamped with it. */
export const CONTRACT_NOW = new Date('2026-11-28T12:00:00.000Z');
const contractDays = { passed: 0 };
/** The clock to give the store under test: CONTRACT_NOW, moved on by the tests that need days to pass. */
export const contractClock = (): Date => new Date(CONTRACT_NOW.getTime() + contractDays.passed * 86_400_000);

/** Registers the contract's tests; `store` gives the store under test (created in a before hook). */
export function siteModelStoreContract(store: () => SiteModelStore): void {
  it('knows nothing of a site that never learned', async () => {
    const snapshot = await store().read('never', Uint32Array.from([1, 2]));
    assert.deepEqual(snapshot, { lessons: { spam: 0, ham: 0 }, weights: new Map(), lessonsWith: new Map(), nearest: [] });
  });

  it('adds lessons up, counts them per label, and returns only the weights asked for', async () => {
    await store().learn('adds', lesson('spam', [[10, 0.5], [20, -0.25]]));
    await store().learn('adds', lesson('ham', [[10, -0.125]]));
    const snapshot = await store().read('adds', Uint32Array.from([10, 30]));
    assert.deepEqual(snapshot.lessons, { spam: 1, ham: 1 });
    assert.deepEqual([...snapshot.weights], [[10, 0.375]]);
    // How many lessons contained each feature asked for, whatever their labels.
    assert.deepEqual([...snapshot.lessonsWith], [[10, 2]]);
  });

  it('counts a hash listed twice in one lesson once as a lesson and twice as weight', async () => {
    await store().learn('twice', lesson('spam', [[10, 0.5], [10, 0.25]]));
    const snapshot = await store().read('twice', Uint32Array.from([10]));
    assert.deepEqual([...snapshot.weights], [[10, 0.75]]);
    assert.deepEqual([...snapshot.lessonsWith], [[10, 1]]);
  });

  it('keeps unsigned 32-bit hashes intact, including those over 2^31', async () => {
    const big = 0xfffffff0;
    await store().learn('big', lesson('spam', [[big, 1], [0x80000000, 2], [0, 3]]));
    const snapshot = await store().read('big', Uint32Array.from([big, 0x80000000, 0]));
    assert.deepEqual([...snapshot.weights].sort((a, b) => a[0] - b[0]), [[0, 3], [0x80000000, 2], [big, 1]]);
  });

  it('keeps sites apart', async () => {
    await store().learn('site-a', lesson('spam', [[7, 1]]));
    const b = await store().read('site-b', Uint32Array.from([7]));
    assert.equal(b.weights.size, 0);
    assert.deepEqual(b.lessons, { spam: 0, ham: 0 });
  });

  it('loses no lesson when many arrive at once', async () => {
    const lessons = Array.from({ length: 24 }, (_, i) => lesson(i % 3 === 0 ? 'ham' : 'spam', [[1, 0.25], [2 + (i % 4), 1], [100 + i, 0.5]]));
    await Promise.all(lessons.map((l) => store().learn('busy', l)));
    const snapshot = await store().read('busy', Uint32Array.from([1, 2, 3, 4, 5, 100, 123]));
    assert.deepEqual(snapshot.lessons, { spam: 16, ham: 8 });
    assert.equal(snapshot.weights.get(1), 6);
    assert.deepEqual([2, 3, 4, 5].map((h) => snapshot.weights.get(h)), [6, 6, 6, 6]);
    assert.equal(snapshot.weights.get(123), 0.5);
    assert.deepEqual([1, 2, 3, 123].map((h) => snapshot.lessonsWith.get(h)), [24, 6, 6, 1]);
  });

  it('reads thousands of hashes at once', async () => {
    const many = Array.from({ length: 2500 }, (_, i): [number, number] => [i * 7919, 0.5]);
    await store().learn('long', lesson('spam', many));
    const snapshot = await store().read('long', Uint32Array.from(many, ([h]) => h));
    assert.equal(snapshot.weights.size, 2500);
    assert.equal(snapshot.weights.get(2499 * 7919), 0.5);
  });

  it('finds the lesson of each label sharing the most fingerprint bands', async () => {
    const at = CONTRACT_NOW.toISOString();
    await store().learn('near', lesson('spam', [[1, 1]], [11, 12, 13, 14, 15]));
    await store().learn('near', lesson('spam', [[1, 1]], [11, 12, 21, 22, 23]));
    await store().learn('near', lesson('ham', [[1, -1]], [14, 15, 0xfffffff1]));
    await store().learn('near', lesson('spam', [[1, 1]], []));
    const snapshot = await store().read('near', Uint32Array.from([1]), [11, 12, 13, 14, 0xfffffff1, 99]);
    assert.deepEqual(snapshot.nearest, [
      { label: 'ham', shared: 2, learnedAt: at },
      { label: 'spam', shared: 4, learnedAt: at },
    ]);
    // Without a fingerprint, or with one nothing shares, there is nothing near.
    assert.deepEqual((await store().read('near', Uint32Array.from([1]))).nearest, []);
    assert.deepEqual((await store().read('near', Uint32Array.from([1]), [7, 8])).nearest, []);
    // Another site's lessons are not near.
    await store().learn('near-other', lesson('ham', [[1, -1]], [31]));
    assert.deepEqual((await store().read('near-other', Uint32Array.from([1]), [11, 12, 13, 14])).nearest, []);
  });

  it('dates a copy of a fingerprint anew, and ignores fingerprints older than FINGERPRINT_DAYS', async () => {
    const fingerprint = [41, 42, 43, 44];
    const day = (n: number) => new Date(CONTRACT_NOW.getTime() + n * 86_400_000).toISOString();
    try {
      await store().learn('copies', lesson('spam', [[1, 1]], fingerprint));
      contractDays.passed = FINGERPRINT_DAYS - 1;
      await store().learn('copies', lesson('spam', [[1, 1]], fingerprint));
      contractDays.passed = FINGERPRINT_DAYS + 1;
      // The first lesson is past its time, its copy is not: the copy is what is found.
      assert.deepEqual((await store().read('copies', Uint32Array.from([1]), fingerprint)).nearest, [{ label: 'spam', shared: 4, learnedAt: day(FINGERPRINT_DAYS - 1) }]);
      // A rescue of the same text is a lesson of its own, beside the spam one.
      await store().learn('copies', lesson('ham', [[1, -1]], fingerprint));
      assert.deepEqual((await store().read('copies', Uint32Array.from([1]), fingerprint)).nearest, [
        { label: 'ham', shared: 4, learnedAt: day(FINGERPRINT_DAYS + 1) },
        { label: 'spam', shared: 4, learnedAt: day(FINGERPRINT_DAYS - 1) },
      ]);
      // Whether or not the hourly purge has run yet, an old fingerprint no longer counts.
      contractDays.passed = 2 * FINGERPRINT_DAYS + 2;
      assert.deepEqual((await store().read('copies', Uint32Array.from([1]), fingerprint)).nearest, []);
    } finally {
      contractDays.passed = 0;
    }
  });
}
