// Training the shipped model: logistic regression over hashed features whose values are
// first scaled by their naive-Bayes log-count ratio ("NBSVM", Wang & Manning 2012), fitted
// with FTRL-Proximal (McMahan et al. 2013). The scaling lets a rare but telling word count
// from the first step; it folds into the weights afterwards, so classifying costs one dot
// product. Deterministic: the order of examples comes from a seeded generator and the
// arithmetic is plain IEEE doubles, so the same data gives the same model bytes.
import { seededRandom, shuffle, stratifiedFolds } from './corpus.ts';
import { figuresAt, type Figures } from './metrics.ts';

/** One training example: its feature hashes and values (from extractFeatures). */
export interface Example {
  hashes: Uint32Array;
  values: Float32Array;
  /** A short text (see SHORT_TEXT_CHARS in features.ts): weighted by `shortWeight`. */
  short?: boolean;
}

export interface TrainOptions {
  /** log2 of the number of weight buckets. */
  bits: number;
  epochs: number;
  /** FTRL learning-rate scale and smoothing. */
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  /** Weight of a ham example relative to a spam one: > 1 makes a false alarm cost more. */
  hamWeight: number;
  /** Weight of a short text's example relative to a longer one's (1 when absent). */
  shortWeight?: number;
  /** Additive smoothing of the naive-Bayes counts; 0 turns the scaling off. */
  nbSmoothing: number;
  /**
   * The bias, fixed instead of learned (NaN: learned). A learned bias absorbs what long
   * e-mails have in common and would call any short text without evidence spam; fixing it
   * makes "no evidence" mean ham, whatever the length.
   */
  fixedBias: number;
  seed: number;
}

export interface LinearModel {
  bits: number;
  weights: Float32Array;
  bias: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * log((p_i/|p|) / (q_i/|q|)) per bucket, p and q being smoothed counts of spam and ham
 * examples that have the bucket.
 */
export function nbRatios(examples: Example[], labels: ArrayLike<number>, bits: number, smoothing: number): Float32Array {
  const size = 1 << bits;
  const mask = size - 1;
  const p = new Float64Array(size).fill(smoothing);
  const q = new Float64Array(size).fill(smoothing);
  let sp = size * smoothing;
  let sq = size * smoothing;
  for (let e = 0; e < examples.length; e++) {
    const counts = labels[e] === 1 ? p : q;
    for (const h of examples[e]!.hashes) counts[h & mask]! += 1;
    if (labels[e] === 1) sp += examples[e]!.hashes.length;
    else sq += examples[e]!.hashes.length;
  }
  const r = new Float32Array(size);
  for (let i = 0; i < size; i++) r[i] = Math.log(p[i]! / sp / (q[i]! / sq));
  return r;
}

/** The examples with each value times its bucket's ratio (nbRatios): what the fitting reads. */
export function scaledBy(examples: Example[], ratios: Float32Array, bits: number): Example[] {
  const mask = (1 << bits) - 1;
  return examples.map((e) => ({ ...e, values: Float32Array.from(e.values, (v, j) => v * ratios[e.hashes[j]! & mask]!) }));
}

/** The full training: NB scaling, logistic regression, scaling folded into the weights. */
export function trainModel(examples: Example[], labels: ArrayLike<number>, options: TrainOptions): LinearModel {
  if (options.nbSmoothing <= 0) return trainLogistic(examples, labels, options);
  const r = nbRatios(examples, labels, options.bits, options.nbSmoothing);
  const model = trainLogistic(scaledBy(examples, r, options.bits), labels, options);
  for (let i = 0; i < model.weights.length; i++) model.weights[i] = model.weights[i]! * r[i]!;
  return model;
}

/** Fits weights to examples with labels 1 = spam, 0 = ham. */
export function trainLogistic(examples: Example[], labels: ArrayLike<number>, options: TrainOptions): LinearModel {
  const size = 1 << options.bits;
  const mask = size - 1;
  // Slot `size` is the bias, which is never penalised.
  const z = new Float64Array(size + 1);
  const n = new Float64Array(size + 1);
  const w = new Float64Array(size + 1);
  const { alpha, beta, l1, l2 } = options;
  const weightOf = (i: number, penalise: boolean): number => {
    const zi = z[i]!;
    const a = penalise ? l1 : 0;
    if (Math.abs(zi) <= a) return 0;
    return (-(zi - Math.sign(zi) * a)) / ((beta + Math.sqrt(n[i]!)) / alpha + (penalise ? l2 : 0));
  };
  const learnBias = Number.isNaN(options.fixedBias);
  const random = seededRandom(options.seed);
  const order = Array.from({ length: examples.length }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const e of shuffle(order, random)) {
      const { hashes, values, short } = examples[e]!;
      let logit = (w[size] = learnBias ? weightOf(size, false) : options.fixedBias);
      for (let j = 0; j < hashes.length; j++) {
        const i = hashes[j]! & mask;
        const wi = (w[i] = weightOf(i, true));
        logit += wi * values[j]!;
      }
      const y = labels[e]!;
      const scale = (y === 1 ? 1 : options.hamWeight) * (short ? (options.shortWeight ?? 1) : 1);
      const g = (sigmoid(logit) - y) * scale;
      if (learnBias) update(size, g, 1);
      for (let j = 0; j < hashes.length; j++) update(hashes[j]! & mask, g, values[j]!);
    }
  }
  function update(i: number, g: number, x: number): void {
    const gi = g * x;
    const sigma = (Math.sqrt(n[i]! + gi * gi) - Math.sqrt(n[i]!)) / alpha;
    z[i] = z[i]! + gi - sigma * w[i]!;
    n[i] = n[i]! + gi * gi;
  }
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = weightOf(i, true);
  return { bits: options.bits, weights, bias: learnBias ? weightOf(size, false) : options.fixedBias };
}

export function logitOf(model: LinearModel, example: Example): number {
  const mask = (1 << model.bits) - 1;
  let z = model.bias;
  for (let j = 0; j < example.hashes.length; j++) z += model.weights[example.hashes[j]! & mask]! * example.values[j]!;
  return z;
}

/** Out-of-fold probabilities from k-fold cross-validation: every example judged by a model that never saw it. */
export function crossValidate(examples: Example[], labels: Uint8Array, options: TrainOptions, k = 5): Float64Array {
  const fold = stratifiedFolds(labels, k, options.seed);
  const out = new Float64Array(examples.length);
  for (let f = 0; f < k; f++) {
    const trainIdx: number[] = [];
    for (let i = 0; i < examples.length; i++) if (fold[i] !== f) trainIdx.push(i);
    const model = trainModel(trainIdx.map((i) => examples[i]!), Uint8Array.from(trainIdx.map((i) => labels[i]!)), options);
    for (let i = 0; i < examples.length; i++) if (fold[i] === f) out[i] = sigmoid(logitOf(model, examples[i]!));
  }
  return out;
}

/**
 * The decision threshold that favours readers: the one with the best F1 among those whose
 * false-positive rate stays at or under `maxFpr`, preferring the higher threshold on ties.
 */
export function chooseThreshold(probabilities: ArrayLike<number>, labels: ArrayLike<number>, maxFpr: number): { threshold: number; figures: Figures } {
  const candidates = Array.from(new Set(Array.from(probabilities))).sort((a, b) => b - a);
  let best: { threshold: number; figures: Figures } = { threshold: 1, figures: figuresAt(probabilities, labels, 1) };
  // Thresholds sit halfway between neighbouring scores, so a tiny shift in a score cannot flip a verdict.
  for (let i = 0; i < candidates.length; i++) {
    const threshold = i + 1 < candidates.length ? (candidates[i]! + candidates[i + 1]!) / 2 : candidates[i]! / 2;
    const f = figuresAt(probabilities, labels, threshold);
    if (f.fpr > maxFpr) break;
    if (f.f1 > best.figures.f1) best = { threshold, figures: f };
  }
  return best;
}

/**
 * Thresholds per band of texts (band[i] = 0, 1, …; here longer texts, short texts and comments
 * with their author fields), for examples drawn from several sources. Scores spread
 * differently in each band, so one threshold would make one kind pay for another's false
 * positives. The constraint is on each source as a whole: its validation FPR, over all bands,
 * at most `maxFpr[source]`; among the combinations that meet it, the best worst-source F1, then
 * the best mean F1, then the higher thresholds. Thresholds sit halfway between neighbouring
 * scores of their band.
 */
export function chooseBandThresholds(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  source: ArrayLike<number>,
  band: ArrayLike<number>,
  maxFpr: number[],
  bandCount = 2,
): { thresholds: number[]; bySource: Figures[]; figures: Figures } {
  const sources = maxFpr.length;
  const spam = new Array<number>(sources).fill(0);
  const ham = new Array<number>(sources).fill(0);
  for (let i = 0; i < labels.length; i++) (labels[i] === 1 ? spam : ham)[source[i]!]!++;
  const over = (fp: number, s: number) => ham[s]! > 0 && fp / ham[s]! > maxFpr[s]!;
  // Per band: candidate thresholds, highest first, with the true and false positives per source.
  const bands = Array.from({ length: bandCount }, (_, b) => {
    const idx: number[] = [];
    for (let i = 0; i < labels.length; i++) if (band[i] === b) idx.push(i);
    idx.sort((x, y) => probabilities[y]! - probabilities[x]!);
    const list = [{ threshold: 1.0000001, tp: new Array<number>(sources).fill(0), fp: new Array<number>(sources).fill(0) }];
    const tp = new Array<number>(sources).fill(0);
    const fp = new Array<number>(sources).fill(0);
    for (let k = 0; k < idx.length; ) {
      const p = probabilities[idx[k]!]!;
      while (k < idx.length && probabilities[idx[k]!] === p) {
        const i = idx[k++]!;
        (labels[i] === 1 ? tp : fp)[source[i]!]!++;
      }
      if (fp.some((f, s) => over(f, s))) break;
      const threshold = k < idx.length ? (p + probabilities[idx[k]!]!) / 2 : p / 2;
      // With no new false positive since the last candidate, this one only adds true
      // positives: it replaces the last, which can no longer win (this keeps the search small).
      const last = list[list.length - 1]!;
      if (last.fp.every((f, s) => f === fp[s])) list.pop();
      list.push({ threshold, tp: tp.slice(), fp: fp.slice() });
    }
    return list;
  });
  // Every combination of one candidate per band, depth first; a candidate that breaks a bound
  // ends its band's loop, as lower thresholds only add false positives.
  let best = { choice: new Array<number>(bandCount).fill(0), worst: -1, mean: -1 };
  const choice = new Array<number>(bandCount).fill(0);
  const tp = new Array<number>(sources).fill(0);
  const fp = new Array<number>(sources).fill(0);
  const search = (b: number): void => {
    if (b === bandCount) {
      let worst = Infinity;
      let sum = 0;
      for (let s = 0; s < sources; s++) {
        const f1 = tp[s] === 0 ? 0 : (2 * tp[s]!) / (2 * tp[s]! + fp[s]! + (spam[s]! - tp[s]!));
        worst = Math.min(worst, f1);
        sum += f1;
      }
      if (worst > best.worst || (worst === best.worst && sum / sources > best.mean)) best = { choice: choice.slice(), worst, mean: sum / sources };
      return;
    }
    for (let c = 0; c < bands[b]!.length; c++) {
      const candidate = bands[b]![c]!;
      let ok = true;
      for (let s = 0; s < sources; s++) if (over(fp[s]! + candidate.fp[s]!, s)) ok = false;
      if (!ok) break;
      for (let s = 0; s < sources; s++) (tp[s]! += candidate.tp[s]!), (fp[s]! += candidate.fp[s]!);
      choice[b] = c;
      search(b + 1);
      for (let s = 0; s < sources; s++) (tp[s]! -= candidate.tp[s]!), (fp[s]! -= candidate.fp[s]!);
    }
  };
  search(0);
  const thresholds = best.choice.map((c, b) => bands[b]![c]!.threshold);
  const decided = Float64Array.from({ length: labels.length }, (_, i) => (probabilities[i]! >= thresholds[band[i]!]! ? 1 : 0));
  const bySource = Array.from({ length: sources }, (_, s) => {
    const p: number[] = [];
    const l: number[] = [];
    for (let i = 0; i < labels.length; i++) if (source[i] === s) (p.push(decided[i]!), l.push(labels[i]!));
    return figuresAt(p, l, 0.5);
  });
  return { thresholds, bySource, figures: figuresAt(decided, labels, 0.5) };
}
