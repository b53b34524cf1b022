// The development replay behind the site learner's choices (models/README.md): a model built
// by the shipped build's code from 60 % of each corpus's training part, then the other 40 % of
// the training part, which that model never saw, judged in order, as shipped and while learning.
// The test parts (the 30 % of targets.md Q1/Q2) are never read here.
//
//   node --import tsx scripts/spam-dev-replay.ts [--sms FILE] [--full-grid]
//
// Prints, per corpus, the figures of the model alone, of learning every line (as
// `spam eval --online`), and of learning only the mistakes (as a desk whose moderators mark
// missed spam and rescue flagged readers, and do nothing else). About 15 s; `--full-grid`
// tries every hyperparameter candidate of the shipped build (about 2 minutes).
import { parseFlags } from '../src/cli/args.ts';
import { loadTrainingCorpora } from '../src/cli/spam-eval.ts';
import { buildModelFrom, DEFAULT_BUILD } from '../src/modules/spam/engine/build-model.ts';
import { SpamEngine } from '../src/modules/spam/engine/classifier.ts';
import { stratifiedSplit, type LabelledText } from '../src/modules/spam/engine/corpus.ts';
import { decodeModel } from '../src/modules/spam/engine/model.ts';
import { count, emptyConfusion, figures } from '../src/modules/spam/engine/metrics.ts';
import { FEATURE_VERSION } from '../src/modules/spam/engine/features.ts';
import { InMemorySiteModelStore } from '../src/modules/spam/engine/site-model.ts';
import { EngineSpamChecker } from '../src/modules/spam/engine-spam-checker.ts';

const DEV_SEED = 43;
const FIT_SHARE = 0.6;

const { flags } = parseFlags(process.argv.slice(2).filter((a) => a !== '--full-grid'), ['sms']);
const fullGrid = process.argv.includes('--full-grid');
const sources = (await loadTrainingCorpora({ sms: flags.sms })).map((corpus) => {
  const { train } = stratifiedSplit(corpus.items);
  const parts = stratifiedSplit(train, DEV_SEED, FIT_SHARE);
  return { corpus, version: 'development replay', train: parts.train, test: parts.test };
});
// The shipped model's candidate (read from its header, so the two cannot drift apart), unless
// the whole grid is asked for.
const { alpha, hamWeight, shortWeight } = SpamEngine.load().model.header.training.hyperparameters;
const chosen = { alpha, hamWeight, ...(shortWeight !== undefined && { shortWeight }) };
const built = buildModelFrom(sources, { ...DEFAULT_BUILD, grid: fullGrid ? DEFAULT_BUILD.grid : [chosen] });
const engine = new SpamEngine(decodeModel(built.bytes, 'development replay', FEATURE_VERSION));

type Lessons = 'none' | 'every line' | 'mistakes only';

async function replay(items: LabelledText[], lessons: Lessons): Promise<string> {
  const checker = new EngineSpamChecker(engine, new InMemorySiteModelStore());
  const confusion = emptyConfusion();
  for (const item of items) {
    const judged = await checker.judge('dev', { comment: item.text, ...item.context });
    const flagged = judged.judgement.verdict !== 'ham';
    count(confusion, item.label === 'spam', flagged);
    const mistake = flagged !== (item.label === 'spam');
    if (lessons === 'every line' || (lessons === 'mistakes only' && mistake)) await checker.learnJudged('dev', judged, item.label);
  }
  const f = figures(confusion);
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  return `F1 ${pct(f.f1)}, FPR ${pct(f.fpr)} (${Math.round(f.fpr * f.ham)} of ${f.ham} ham), recall ${pct(f.recall)}`;
}

for (const source of sources) {
  for (const lessons of ['none', 'every line', 'mistakes only'] as const) {
    process.stdout.write(`${source.corpus.name}, ${source.test.length} texts, lessons: ${lessons}: ${await replay(source.test, lessons)}\n`);
  }
}
