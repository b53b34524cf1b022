// Building the shipped model from a labelled corpus, reproducibly: the fixed split keeps the
// test part out; hyperparameters and the decision threshold are chosen by cross-validation
// on the training part alone; the test part is measured once, at the end, and only reported.
import { createHash } from 'node:crypto';
import { SpamEngine } from './classifier.ts';
import { stratifiedSplit, type Corpus, type LabelledText } from './corpus.ts';
import { extractFeatures, FEATURE_VERSION } from './features.ts';
import { count, emptyConfusion, figures, rounded, type Figures } from './metrics.ts';
import { decodeModel, encodeModel, type ModelHeader } from './model.ts';
import { chooseThreshold, crossValidate, trainModel, type Example, type TrainOptions } from './train.ts';

export interface BuildOptions {
  base: TrainOptions;
  /** Candidates tried on top of `base`; the best validation F1 under the FPR bound wins. */
  grid: Partial<TrainOptions>[];
  /** The highest false-positive rate the threshold may have on validation data. */
  maxValidationFpr: number;
  folds: number;
  log?: (line: string) => void;
}

export const DEFAULT_BUILD: BuildOptions = {
  base: { bits: 20, epochs: 10, alpha: 0.3, beta: 1, l1: 0, l2: 0, hamWeight: 1, nbSmoothing: 1, fixedBias: 0, seed: 7 },
  grid: [
    { alpha: 0.2 }, { alpha: 0.3 }, { alpha: 0.5 },
    { alpha: 0.2, hamWeight: 1.5 }, { alpha: 0.3, hamWeight: 1.5 }, { alpha: 0.5, hamWeight: 1.5 },
    { alpha: 0.3, l2: 1 }, { alpha: 0.3, hamWeight: 1.5, l2: 1 },
  ],
  // Under the 0.4 % target, with a margin for the noise of a validation estimate.
  maxValidationFpr: 0.003,
  folds: 5,
};

export interface BuiltModel {
  bytes: Buffer;
  header: ModelHeader;
  test: LabelledText[];
}

export function examplesOf(items: LabelledText[]): { examples: Example[]; labels: Uint8Array } {
  const examples = items.map((item) => {
    const f = extractFeatures({ comment: item.text });
    return { hashes: f.hashes, values: f.values };
  });
  return { examples, labels: Uint8Array.from(items, (i) => (i.label === 'spam' ? 1 : 0)) };
}

/** SHA-256 of labelled texts in order: what exactly a model was trained on. */
export function itemsSha256(items: LabelledText[]): string {
  const digest = createHash('sha256');
  for (const i of items) digest.update(`${i.id}\n${i.label}\n${i.text}\u0000`);
  return digest.digest('hex');
}

/** Figures of an engine (shipped model only) on labelled texts. */
export function measure(engine: SpamEngine, items: LabelledText[]): Figures {
  const c = emptyConfusion();
  for (const item of items) count(c, item.label === 'spam', engine.classify({ comment: item.text }).verdict !== 'ham');
  return rounded(figures(c));
}

export function buildModel(corpus: Corpus, corpusVersion: string, options: BuildOptions = DEFAULT_BUILD, split = stratifiedSplit(corpus.items)): BuiltModel {
  const log = options.log ?? (() => {});
  const { train, test } = split;
  const { examples, labels } = examplesOf(train);
  const candidates: ModelHeader['training']['candidates'] = [];
  let best: { options: TrainOptions; threshold: number; validation: Figures; oof: Float64Array } | undefined;
  for (const candidate of options.grid.length ? options.grid : [{}]) {
    const trainOptions = { ...options.base, ...candidate };
    const oof = crossValidate(examples, labels, trainOptions, options.folds);
    const chosen = chooseThreshold(oof, labels, options.maxValidationFpr);
    candidates.push({ hyperparameters: { ...candidate }, f1: round(chosen.figures.f1), fpr: round(chosen.figures.fpr) });
    log(`candidate ${JSON.stringify(candidate)}: validation F1 ${(chosen.figures.f1 * 100).toFixed(2)} %, FPR ${(chosen.figures.fpr * 100).toFixed(2)} %`);
    if (!best || chosen.figures.f1 > best.validation.f1) best = { options: trainOptions, threshold: chosen.threshold, validation: rounded(chosen.figures), oof };
  }
  const model = trainModel(examples, labels, best!.options);
  // Discarding unseen is for certainties: above every ham the validation ever scored, with room.
  let maxHamLogit = -Infinity;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 0) maxHamLogit = Math.max(maxHamLogit, Math.log(best!.oof[i]! / (1 - best!.oof[i]!)));
  const blatant = Math.max(0.9999, 1 / (1 + Math.exp(-(Math.min(maxHamLogit, 30) + 2))));
  const header: ModelHeader = {
    format: 'masthead-spam-model',
    featureVersion: FEATURE_VERSION,
    bits: model.bits,
    bias: model.bias,
    thresholds: { spam: best!.threshold, blatant },
    training: {
      corpus: corpus.name,
      corpusVersion,
      corpusSha256: corpus.sha256,
      trainSha256: itemsSha256(train),
      split: 'stratified 70/30, seed 42 (src/modules/spam/engine/corpus.ts); the 30 % is never trained or tuned on',
      examples: { spam: labels.filter((l) => l === 1).length, ham: labels.filter((l) => l === 0).length },
      hyperparameters: { ...best!.options },
      selection: `${options.folds}-fold cross-validation on the training part: best F1 with validation FPR <= ${options.maxValidationFpr}`,
      candidates,
    },
    figures: { validation: best!.validation },
  };
  // Measured through the file format, so the figures are those of the weights as shipped.
  const draft = decodeModel(encodeModel(header, model.weights), 'draft', FEATURE_VERSION);
  header.figures.test = measure(new SpamEngine(draft), test);
  log(`test (held out, measured once): ${JSON.stringify(header.figures.test)}`);
  return { bytes: encodeModel(header, model.weights), header, test };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
