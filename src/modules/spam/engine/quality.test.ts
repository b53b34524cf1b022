// The whole training path on a fixed small split of the npm corpus, measured on held-out
// mail, against a quality bar; and the same path with the labels inverted (a deliberate bug),
// which must fail the same bar, so that the bar can tell a working engine from a broken one.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildModel, DEFAULT_BUILD } from './build-model.ts';
import { loadSpamAssassin, stratifiedSplit, type Corpus, type LabelledText } from './corpus.ts';
import type { Figures } from './metrics.ts';

const BAR = { f1: 0.9, fpr: 0.03 };
const meetsBar = (f: Figures) => f.f1 >= BAR.f1 && f.fpr <= BAR.fpr;

describe('engine quality on a fixed small split', () => {
  let corpus: Corpus;
  let train: LabelledText[];
  let test: LabelledText[];
  before(async () => {
    corpus = await loadSpamAssassin();
    const split = stratifiedSplit(corpus.items);
    // Small parts of the real split (already shuffled with seed 42): the test part stays held out.
    train = split.train.slice(0, 1600);
    test = split.test.slice(0, 600);
  });

  const build = (items: LabelledText[]) =>
    buildModel(corpus, 'test', { ...DEFAULT_BUILD, grid: [{}], folds: 3, maxValidationFpr: 0.01, base: { ...DEFAULT_BUILD.base, epochs: 8 } }, { train: items, test }).header.figures.test!;

  it(`meets the bar (F1 ≥ ${BAR.f1}, FPR ≤ ${BAR.fpr}) on held-out mail`, () => {
    const figures = build(train);
    process.stdout.write(`# quality on the small split: ${JSON.stringify(figures)}\n`);
    assert.ok(meetsBar(figures), JSON.stringify(figures));
  });

  it('fails the same bar when trained on inverted labels', () => {
    const inverted = train.map((i) => ({ ...i, label: i.label === 'spam' ? ('ham' as const) : ('spam' as const) }));
    const figures = build(inverted);
    process.stdout.write(`# inverted labels: ${JSON.stringify(figures)}\n`);
    assert.ok(!meetsBar(figures), JSON.stringify(figures));
  });
});
