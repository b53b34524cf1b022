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
// The network is src/modules/spam/engine/network.ts (a ham example weighs as in the shipped
// build). About 15 s a fold for 32 units.
import { parseFlags } from '../src/cli/args.ts';
import { loadTrainingCorpora } from '../src/cli/spam-eval.ts';
import { DEFAULT_BUILD, examplesOf, sourceOf } from '../src/modules/spam/engine/build-model.ts';
import { SpamEngine, BAND_THRESHOLDS } from '../src/modules/spam/engine/classifier.ts';
import { stratifiedFolds } from '../src/modules/spam/engine/corpus.ts';
import { networkLogit, quantiseRows, trainNetwork } from '../src/modules/spam/engine/network.ts';
import { chooseBandThresholds, crossValidate, sigmoid, type TrainOptions } from '../src/modules/spam/engine/train.ts';

const { flags } = parseFlags(process.argv.slice(2).filter((a) => a !== '--quantise'), ['units', 'epochs', 'rate', 'seeds', 'min-count']);
const minCount = Number(flags['min-count'] ?? 1);
const quantise = process.argv.includes('--quantise');
const units = Number(flags.units ?? 32);
const epochs = Number(flags.epochs ?? 6);
const rate = Number(flags.rate ?? 0.05);
const seeds = Number(flags.seeds ?? 1);

const sources = (await loadTrainingCorpora()).map((c) => sourceOf(c, 'experiment'));
const train = sources.flatMap((s) => s.train);
const origin = Uint8Array.from(sources.flatMap((s, index) => s.train.map(() => index)));
const { examples, labels, bands } = examplesOf(train);
const names = sources.map((s) => s.corpus.name);
const maxFpr = names.map((name) => DEFAULT_BUILD.maxValidationFprByCorpus?.[name] ?? DEFAULT_BUILD.maxValidationFpr);
const { alpha, hamWeight } = SpamEngine.load().model.header.training.hyperparameters;
const linearOptions: TrainOptions = { ...DEFAULT_BUILD.base, alpha, hamWeight };

// The linear model's out-of-fold scores as the build computes them; the network's on the same folds.
const linearOof = crossValidate(examples, labels, linearOptions, DEFAULT_BUILD.folds);
const rowCounts: number[] = [];
const folds = stratifiedFolds(labels, DEFAULT_BUILD.folds, linearOptions.seed);
const networkOof = new Float64Array(examples.length);
for (let f = 0; f < DEFAULT_BUILD.folds; f++) {
  const inFold: number[] = [];
  const outFold: number[] = [];
  for (let i = 0; i < examples.length; i++) (folds[i] === f ? outFold : inFold).push(i);
  const xs = inFold.map((i) => examples[i]!);
  const ys = Uint8Array.from(inFold, (i) => labels[i]!);
  const nets = Array.from({ length: seeds }, (_, s) => {
    const net = trainNetwork(xs, ys, { bits: linearOptions.bits, units, epochs, rate, hamWeight, nbSmoothing: linearOptions.nbSmoothing, minCount, seed: 11 + s });
    rowCounts.push(net.rows.length / units);
    if (quantise) quantiseRows(net);
    return net;
  });
  for (const i of outFold) {
    networkOof[i] = sigmoid(nets.reduce((z, net) => z + networkLogit(net, examples[i]!), 0) / seeds);
  }
  process.stderr.write(`fold ${f + 1} of ${DEFAULT_BUILD.folds}\n`);
}

// The network for longer texts only (threshold band 0), the linear model for the rest.
const longOnly = networkOof.map((p, i) => (bands[i] === 0 ? p : linearOof[i]!));
// And for longer texts and comments with their context (bands 0 and 2), the linear model for short texts.
const notShort = networkOof.map((p, i) => (bands[i] !== 1 ? p : linearOof[i]!));
for (const [name, oof] of [
  ['linear (shipped)', linearOof],
  [`hidden layer, ${units} units, ${epochs} epochs, rate ${rate}, ${seeds} seed(s)`, networkOof],
  ['hidden layer for longer texts only', longOnly],
  ['hidden layer for longer texts and comments', notShort],
] as const) {
  const chosen = chooseBandThresholds(oof, labels, origin, bands, maxFpr, BAND_THRESHOLDS.length);
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  process.stdout.write(`${name}: ${names.map((n, i) => `${n} F1 ${pct(chosen.bySource[i]!.f1)}, FPR ${pct(chosen.bySource[i]!.fpr)}`).join('; ')}\n`);
}
const rows = Math.max(...rowCounts);
process.stdout.write(`first-layer rows (buckets in ≥ ${minCount} training examples): up to ${rows}, ${((rows * units * (quantise ? 2 : 4)) / 2 ** 20).toFixed(1)} MB at ${quantise ? 16 : 32} bits${quantise ? ', quantised' : ''}\n`);
