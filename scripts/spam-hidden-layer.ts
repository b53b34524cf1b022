// An experiment toward targets.md Q1 (models/README.md, "Experiments (2026-11-29)"): does a
// hidden layer beside the linear model rank spam better than the linear model alone? Both are
// fitted on the same three training parts, 5-fold cross-validated exactly as the shipped build
// does (same folds, same features, NB-scaled inputs, thresholds by chooseBandThresholds under
// the same FPR bounds), and their validation figures printed side by side. The test parts are
// never read.
//
//   node --import tsx scripts/spam-hidden-layer.ts [--units 32] [--epochs 6] [--rate 0.05] [--seeds 1] [--min-count 1] [--quantise]
//
// --min-count N gives first-layer rows only to the buckets that N or more training examples
// have (the others weigh 0 there); --quantise rounds the first layer to 16 bits after fitting,
// as a model file would store it. Both are what a network would need to fit S4's memory bound.
//
// The network: logit = b + Σ wᵢxᵢ + Σₖ vₖ·relu(cₖ + Σᵢ Uᵢₖxᵢ) over the hashed features x (their
// values scaled by the naive-Bayes log-count ratio, as the linear model's are), fitted with
// AdaGrad on the weighted logistic loss (a ham example weighs as in the shipped build).
// About 15 s a fold for 32 units. Research code: not what the engine runs.
import { parseFlags } from '../src/cli/args.ts';
import { corpusFile, DEFAULT_COMMENTS_FILE, DEFAULT_SMS_FILE } from '../src/cli/spam-eval.ts';
import { DEFAULT_BUILD, examplesOf, sourceOf } from '../src/modules/spam/engine/build-model.ts';
import { SpamEngine, BAND_THRESHOLDS } from '../src/modules/spam/engine/classifier.ts';
import { loadCommentCorpus, loadSmsCollection, loadSpamAssassin, seededRandom, shuffle, stratifiedFolds } from '../src/modules/spam/engine/corpus.ts';
import { chooseBandThresholds, logitOf, nbRatios, sigmoid, trainModel, type Example, type TrainOptions } from '../src/modules/spam/engine/train.ts';

const { flags } = parseFlags(process.argv.slice(2).filter((a) => a !== '--quantise'), ['units', 'epochs', 'rate', 'seeds', 'min-count']);
const minCount = Number(flags['min-count'] ?? 1);
const quantise = process.argv.includes('--quantise');
const units = Number(flags.units ?? 32);
const epochs = Number(flags.epochs ?? 6);
const rate = Number(flags.rate ?? 0.05);
const seeds = Number(flags.seeds ?? 1);

const corpora = [await loadSpamAssassin(), loadSmsCollection(corpusFile(undefined, DEFAULT_SMS_FILE)), loadCommentCorpus(corpusFile(undefined, DEFAULT_COMMENTS_FILE))];
const sources = corpora.map((c) => sourceOf(c, 'experiment'));
const train = sources.flatMap((s) => s.train);
const origin = Uint8Array.from(sources.flatMap((s, index) => s.train.map(() => index)));
const { examples, labels, bands } = examplesOf(train);
const names = sources.map((s) => s.corpus.name);
const maxFpr = names.map((name) => DEFAULT_BUILD.maxValidationFprByCorpus?.[name] ?? DEFAULT_BUILD.maxValidationFpr);
const { alpha, hamWeight } = SpamEngine.load().model.header.training.hyperparameters;
const linearOptions: TrainOptions = { ...DEFAULT_BUILD.base, alpha, hamWeight };

interface Network {
  bits: number;
  ratios: Float32Array;
  linear: Float32Array;
  hidden: Float32Array;
  hiddenBias: Float32Array;
  out: Float32Array;
  bias: number;
}

function networkLogit(net: Network, e: Example, activations = new Float32Array(units)): number {
  const mask = (1 << net.bits) - 1;
  activations.set(net.hiddenBias);
  let z = net.bias;
  for (let j = 0; j < e.hashes.length; j++) {
    const i = e.hashes[j]! & mask;
    const x = e.values[j]! * net.ratios[i]!;
    z += net.linear[i]! * x;
    const row = i * units;
    for (let k = 0; k < units; k++) activations[k]! += net.hidden[row + k]! * x;
  }
  for (let k = 0; k < units; k++) if (activations[k]! > 0) z += net.out[k]! * activations[k]!;
  return z;
}

function trainNetwork(xs: Example[], ys: Uint8Array, seed: number): Network {
  const bits = linearOptions.bits;
  const size = 1 << bits;
  const mask = size - 1;
  const random = seededRandom(seed);
  const seen = new Uint32Array(size);
  for (const x of xs) for (const h of x.hashes) seen[h & mask]!++;
  const hidden = new Float32Array(size * units);
  let rows = 0;
  for (let i = 0; i < size; i++) {
    if (seen[i]! < minCount) continue;
    rows++;
    for (let k = 0; k < units; k++) hidden[i * units + k] = (random() - 0.5) * 0.02;
  }
  rowCounts.push(rows);
  const net: Network = {
    bits,
    ratios: nbRatios(xs, ys, bits, linearOptions.nbSmoothing),
    linear: new Float32Array(size),
    hidden,
    hiddenBias: new Float32Array(units),
    out: Float32Array.from({ length: units }, () => (random() - 0.5) * 0.2),
    bias: 0,
  };
  // AdaGrad's sums of squared gradients, one per parameter.
  const sumLinear = new Float32Array(size);
  const sumHidden = new Float32Array(size * units);
  const sumHiddenBias = new Float32Array(units);
  const sumOut = new Float32Array(units);
  let sumBias = 0;
  const step = (sums: Float32Array, i: number, g: number) => {
    sums[i]! += g * g;
    return (rate * g) / (Math.sqrt(sums[i]!) + 1e-6);
  };
  const activations = new Float32Array(units);
  const back = new Float32Array(units);
  const order = Array.from({ length: xs.length }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffle(order, random)) {
      const example = xs[e]!;
      const y = ys[e]!;
      const g = (sigmoid(networkLogit(net, example, activations)) - y) * (y === 1 ? 1 : hamWeight);
      sumBias += g * g;
      net.bias -= (rate * g) / (Math.sqrt(sumBias) + 1e-6);
      for (let k = 0; k < units; k++) {
        const active = activations[k]! > 0;
        back[k] = active ? g * net.out[k]! : 0;
        if (active) net.out[k]! -= step(sumOut, k, g * activations[k]!);
        if (active) net.hiddenBias[k]! -= step(sumHiddenBias, k, back[k]!);
      }
      for (let j = 0; j < example.hashes.length; j++) {
        const i = example.hashes[j]! & mask;
        const x = example.values[j]! * net.ratios[i]!;
        net.linear[i]! -= step(sumLinear, i, g * x);
        if (seen[i]! < minCount) continue;
        const row = i * units;
        for (let k = 0; k < units; k++) if (back[k] !== 0) net.hidden[row + k]! -= step(sumHidden, row + k, back[k]! * x);
      }
    }
  }
  if (quantise) {
    let largest = 0;
    for (const w of net.hidden) largest = Math.max(largest, Math.abs(w));
    const q = largest / 32767;
    for (let i = 0; i < net.hidden.length; i++) net.hidden[i] = Math.round(net.hidden[i]! / q) * q;
  }
  return net;
}

const rowCounts: number[] = [];
const folds = stratifiedFolds(labels, DEFAULT_BUILD.folds, linearOptions.seed);
const linearOof = new Float64Array(examples.length);
const networkOof = new Float64Array(examples.length);
for (let f = 0; f < DEFAULT_BUILD.folds; f++) {
  const inFold: number[] = [];
  const outFold: number[] = [];
  for (let i = 0; i < examples.length; i++) (folds[i] === f ? outFold : inFold).push(i);
  const xs = inFold.map((i) => examples[i]!);
  const ys = Uint8Array.from(inFold, (i) => labels[i]!);
  const linear = trainModel(xs, ys, linearOptions);
  const nets = Array.from({ length: seeds }, (_, s) => trainNetwork(xs, ys, 11 + s));
  for (const i of outFold) {
    linearOof[i] = sigmoid(logitOf(linear, examples[i]!));
    networkOof[i] = sigmoid(nets.reduce((z, net) => z + networkLogit(net, examples[i]!), 0) / seeds);
  }
  process.stderr.write(`fold ${f + 1} of ${DEFAULT_BUILD.folds}\n`);
}

for (const [name, oof] of [['linear (shipped)', linearOof], [`hidden layer, ${units} units, ${epochs} epochs, rate ${rate}, ${seeds} seed(s)`, networkOof]] as const) {
  const chosen = chooseBandThresholds(oof, labels, origin, bands, maxFpr, BAND_THRESHOLDS.length);
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  process.stdout.write(`${name}: ${names.map((n, i) => `${n} F1 ${pct(chosen.bySource[i]!.f1)}, FPR ${pct(chosen.bySource[i]!.fpr)}`).join('; ')}\n`);
}
const rows = Math.max(...rowCounts);
process.stdout.write(`first-layer rows (buckets in ≥ ${minCount} training examples): up to ${rows}, ${((rows * units * (quantise ? 2 : 4)) / 2 ** 20).toFixed(1)} MB at ${quantise ? 16 : 32} bits${quantise ? ', quantised' : ''}\n`);
