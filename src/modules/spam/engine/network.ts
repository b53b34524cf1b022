// A small neural network over the same hashed features as the linear model: the linear terms
// plus one layer of ReLU units, logit = b + Σ wᵢxᵢ + Σₖ vₖ·relu(cₖ + Σᵢ Uᵢₖxᵢ). Used by the
// toward-Q1 experiment (scripts/spam-hidden-layer.ts): it ranks e-mail spam better than the
// linear model on validation, but a whole build with it did not carry that to the held-out
// part, so the shipped model does not use it (models/README.md).
//
// Inputs are scaled by the naive-Bayes log-count ratio while fitting, as the linear model's
// are, and the scaling is folded into the weights afterwards, so judging reads raw feature
// values. Only buckets that at least `minCount` training examples have get a first-layer row:
// the rest of the 2^bits buckets would cost units × 4 bytes each and carry no evidence.
// quantiseRows rounds the first layer as a 16-bit model file would store it.
// Fitted with AdaGrad on the weighted logistic loss; deterministic for the same data and seed.
import { seededRandom, shuffle } from './corpus.ts';
import { nbRatios, scaledBy, sigmoid, type Example } from './train.ts';

export interface NetworkOptions {
  /** log2 of the number of feature buckets. */
  bits: number;
  units: number;
  epochs: number;
  /** AdaGrad's step size. */
  rate: number;
  /** Weight of a ham example relative to a spam one. */
  hamWeight: number;
  /** Additive smoothing of the naive-Bayes counts; 0 turns the scaling off. */
  nbSmoothing: number;
  /** Buckets in fewer training examples than this get no first-layer row. */
  minCount: number;
  seed: number;
}

export interface Network {
  bits: number;
  units: number;
  bias: number;
  /** Linear weight per bucket. */
  linear: Float32Array;
  /** First-layer row of each bucket (an index into `rows`), or -1 for none. */
  rowOf: Int32Array;
  /** First-layer weights, `units` per row. */
  rows: Float32Array;
  hiddenBias: Float32Array;
  /** Output weight of each unit. */
  out: Float32Array;
}

/** The network's log-odds for an example; `activations` (length units) may be passed to reuse. */
export function networkLogit(net: Network, example: Example, activations: Float32Array = new Float32Array(net.units)): number {
  const mask = (1 << net.bits) - 1;
  const { units } = net;
  activations.set(net.hiddenBias);
  let z = net.bias;
  for (let j = 0; j < example.hashes.length; j++) {
    const i = example.hashes[j]! & mask;
    const x = example.values[j]!;
    z += net.linear[i]! * x;
    const row = net.rowOf[i]!;
    if (row < 0) continue;
    for (let k = 0, at = row * units; k < units; k++, at++) activations[k]! += net.rows[at]! * x;
  }
  for (let k = 0; k < units; k++) if (activations[k]! > 0) z += net.out[k]! * activations[k]!;
  return z;
}

/** Fits a network to examples with labels 1 = spam, 0 = ham. */
export function trainNetwork(examples: Example[], labels: ArrayLike<number>, options: NetworkOptions): Network {
  const { bits, units, rate, hamWeight } = options;
  const size = 1 << bits;
  const mask = size - 1;
  const random = seededRandom(options.seed);
  const seen = new Uint32Array(size);
  for (const e of examples) for (const h of e.hashes) seen[h & mask]!++;
  const rowOf = new Int32Array(size).fill(-1);
  let rowCount = 0;
  const minCount = Math.max(1, options.minCount);
  for (let i = 0; i < size; i++) if (seen[i]! >= minCount) rowOf[i] = rowCount++;
  const net: Network = {
    bits,
    units,
    bias: 0,
    linear: new Float32Array(size),
    rowOf,
    rows: Float32Array.from({ length: rowCount * units }, () => (random() - 0.5) * 0.02),
    hiddenBias: new Float32Array(units),
    out: Float32Array.from({ length: units }, () => (random() - 0.5) * 0.2),
  };
  // No smoothing, no scaling (as in trainModel).
  const ratios = options.nbSmoothing > 0 ? nbRatios(examples, labels, bits, options.nbSmoothing) : undefined;
  const scaled = ratios ? scaledBy(examples, ratios, bits) : examples;
  // AdaGrad: each parameter's step is rate × gradient / √(its squared gradients so far).
  const squares = { linear: new Float32Array(size), rows: new Float32Array(rowCount * units), hiddenBias: new Float32Array(units), out: new Float32Array(units), bias: new Float32Array(1) };
  const step = (sums: Float32Array, i: number, g: number) => {
    sums[i]! += g * g;
    return (rate * g) / (Math.sqrt(sums[i]!) + 1e-6);
  };
  const activations = new Float32Array(units);
  const back = new Float32Array(units);
  const order = Array.from({ length: examples.length }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const e of shuffle(order, random)) {
      const example = scaled[e]!;
      const y = labels[e]!;
      const g = (sigmoid(networkLogit(net, example, activations)) - y) * (y === 1 ? 1 : hamWeight);
      net.bias -= step(squares.bias, 0, g);
      for (let k = 0; k < units; k++) {
        const active = activations[k]! > 0;
        back[k] = active ? g * net.out[k]! : 0;
        if (!active) continue;
        net.out[k]! -= step(squares.out, k, g * activations[k]!);
        net.hiddenBias[k]! -= step(squares.hiddenBias, k, back[k]!);
      }
      for (let j = 0; j < example.hashes.length; j++) {
        const i = example.hashes[j]! & mask;
        const x = example.values[j]!;
        net.linear[i]! -= step(squares.linear, i, g * x);
        const row = rowOf[i]!;
        if (row < 0) continue;
        for (let k = 0, at = row * units; k < units; k++, at++) if (back[k] !== 0) net.rows[at]! -= step(squares.rows, at, back[k]! * x);
      }
    }
  }
  // Fold the scaling into the weights: judging then reads raw values.
  if (ratios) for (let i = 0; i < size; i++) {
    net.linear[i] = net.linear[i]! * ratios[i]!;
    const row = rowOf[i]!;
    if (row >= 0) for (let k = 0, at = row * units; k < units; k++, at++) net.rows[at] = net.rows[at]! * ratios[i]!;
  }
  return net;
}

/**
 * Rounds the first layer in place to 16-bit steps, as a model file would store it: each weight
 * a multiple of the returned step (largest / 32767), within half a step of the fitted one.
 */
export function quantiseRows(net: Network): number {
  let largest = 0;
  for (const w of net.rows) largest = Math.max(largest, Math.abs(w));
  if (largest === 0) return 0;
  const step = largest / 32767;
  for (let i = 0; i < net.rows.length; i++) net.rows[i] = Math.round(net.rows[i]! / step) * step;
  return step;
}
