import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { networkLogit, quantiseRows, trainNetwork, type Network, type NetworkOptions } from './network.ts';
import type { Example } from './train.ts';

const ex = (...hashes: number[]): Example => ({ hashes: Uint32Array.from(hashes), values: new Float32Array(hashes.length).fill(1) });
const options: NetworkOptions = { bits: 4, units: 4, epochs: 40, rate: 0.1, hamWeight: 1, nbSmoothing: 1, minCount: 1, seed: 3 };

describe('network arithmetic', () => {
  it('adds the linear terms and the output of the units the input switches on', () => {
    // Buckets 0..3; bucket 1 has no first-layer row. Two units.
    const net: Network = {
      bits: 2,
      units: 2,
      bias: 0.5,
      linear: Float32Array.from([1, 2, -1, 0]),
      rowOf: Int32Array.from([0, -1, 1, -1]),
      rows: Float32Array.from([0.5, -2, 1, 1]), // bucket 0: (0.5, -2); bucket 2: (1, 1)
      hiddenBias: Float32Array.from([0, 0.25]),
      out: Float32Array.from([3, 10]),
    };
    // Hashes 4, 5, 6 land on buckets 0, 1, 2, with values 1, 1, 0.5.
    const example = { hashes: Uint32Array.from([4, 5, 6]), values: Float32Array.from([1, 1, 0.5]) };
    // Linear: 0.5 + 1 + 2 - 0.5 = 3. Unit 1: 0 + 0.5 + 0.5 = 1, times 3. Unit 2: 0.25 - 2 + 0.5 < 0: off.
    assert.equal(networkLogit(net, example), 3 + 3);
  });

  it('learns what no linear model can: spam with either word alone, ham with both or neither', () => {
    // Exclusive or of buckets 1 and 2, with bucket 3 in every example (a bias the data shares).
    const examples = [ex(1, 3), ex(2, 3), ex(1, 2, 3), ex(3)];
    const labels = [1, 1, 0, 0];
    const many = Array.from({ length: 20 }, () => examples).flat();
    // Without the naive-Bayes scaling, which gives words seen equally in both labels a value near 0.
    const net = trainNetwork(many, Array.from({ length: 20 }, () => labels).flat(), { ...options, nbSmoothing: 0, epochs: 60 });
    const logits = examples.map((e) => networkLogit(net, e));
    assert.ok(logits[0]! > 0 && logits[1]! > 0 && logits[2]! < 0 && logits[3]! < 0, logits.join(', '));
  });

  it('gives first-layer rows only to buckets seen often enough, and is the same for the same data and seed', () => {
    const examples = [ex(1, 2), ex(1, 3), ex(4, 2), ex(4, 5)];
    const labels = [1, 1, 0, 0];
    const net = trainNetwork(examples, labels, { ...options, minCount: 2 });
    // Buckets 1, 2 and 4 are in two examples each; 3 and 5 in one.
    assert.deepEqual([1, 2, 3, 4, 5].map((b) => net.rowOf[b]), [0, 1, -1, 2, -1]);
    assert.equal(net.rows.length, 3 * options.units);
    const again = trainNetwork(examples, labels, { ...options, minCount: 2 });
    assert.deepEqual(again, net);
  });

  it('rounds the first layer to 16-bit steps within half a step, judging nearly as before', () => {
    const net = trainNetwork([ex(1, 2), ex(3, 4)], [1, 0], options);
    const fitted = { ...net, rows: Float32Array.from(net.rows) };
    const step = quantiseRows(net);
    assert.ok(step > 0);
    assert.equal(Math.max(...Array.from(net.rows, (w) => Math.round(Math.abs(w) / step))), 32767);
    for (let i = 0; i < net.rows.length; i++) {
      assert.ok(Math.abs(net.rows[i]! - fitted.rows[i]!) <= step / 2 + 1e-7);
      assert.ok(Math.abs(net.rows[i]! / step - Math.round(net.rows[i]! / step)) < 1e-3);
    }
    for (const e of [ex(1, 2), ex(3, 4)]) assert.ok(Math.abs(networkLogit(net, e) - networkLogit(fitted, e)) < 1e-3);
  });
});
