// `masthead spam eval FILE.jsonl [--online]`: measures the engine on labelled comments in
// JSON Lines with Akismet's field names (docs/interface.md). Without --online nothing from the
// file is learned; with it, each line is judged in file order and then its true label is
// learned into a fresh in-memory site model, as on a site whose moderators fix every mistake.
// Also `spamSplits`, which writes the Q1 and Q2 evaluation files (targets.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SpamEngine } from '../modules/spam/engine/classifier.ts';
import { CorpusLineError, loadCommentCorpus, loadSmsCollection, loadSpamAssassin, parseLabelledComments, stratifiedSplit, toJsonl, type Corpus, type LabelledComment } from '../modules/spam/engine/corpus.ts';
import { count, emptyConfusion, figures } from '../modules/spam/engine/metrics.ts';
import { InMemorySiteModelStore } from '../modules/spam/engine/site-model.ts';
import { EngineSpamChecker } from '../modules/spam/engine-spam-checker.ts';
import { parseFlags, UsageError } from './args.ts';

/** Reads a labelled JSON Lines file; any bad line stops it with a message naming the line. */
export function readLabelledComments(file: string): LabelledComment[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`);
  }
  try {
    return parseLabelledComments(text, file);
  } catch (error) {
    throw error instanceof CorpusLineError ? new UsageError(error.message) : error;
  }
}

/**
 * Runs the evaluation and returns the summary line. Two flags beyond the interface:
 * `--model FILE` measures another model file than the shipped one (a rebuilt one, say, before
 * it replaces models/spam-model.bin), and `--learn-from TRAIN.jsonl` (an experiment) first
 * teaches the fresh site model every line of TRAIN.
 */
export async function spamEval(args: string[]): Promise<string> {
  const online = args.includes('--online');
  const { flags, positional } = parseFlags(args.filter((a) => a !== '--online'), ['learn-from', 'model']);
  if (positional.length !== 1) throw new UsageError('usage: masthead spam eval FILE.jsonl [--online] [--model FILE]');
  const items = readLabelledComments(positional[0]!);
  const warmUp = flags['learn-from'] ? readLabelledComments(flags['learn-from']) : [];
  const engine = SpamEngine.load(flags.model ? path.resolve(flags.model) : undefined);
  const checker = new EngineSpamChecker(engine, new InMemorySiteModelStore());
  const site = 'eval';
  for (const item of warmUp) await checker.learn(site, item.input, item.label);

  const confusion = emptyConfusion();
  const started = performance.now();
  for (const item of items) {
    const judged = await checker.judge(site, item.input);
    count(confusion, item.label === 'spam', judged.judgement.verdict !== 'ham');
    if (online) await checker.learnJudged(site, judged, item.label);
  }
  const seconds = (performance.now() - started) / 1000;
  const f = figures(confusion);
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return JSON.stringify({
    n: f.n,
    spam: f.spam,
    ham: f.ham,
    accuracy: r(f.accuracy),
    precision: r(f.precision),
    recall: r(f.recall),
    f1: r(f.f1),
    fpr: r(f.fpr),
    per_second: Math.round(f.n / Math.max(seconds, 1e-9)),
  });
}

/** Where the SMS Spam Collection is by default, relative to the repository's root. */
export const DEFAULT_SMS_FILE = '../shared/data/sms-spam-collection/sms-spam-collection.tsv';
/** The web comments written for the training, relative to the repository's root. */
export const DEFAULT_COMMENTS_FILE = 'models/training/comments.jsonl';

/** A path relative to the repository's root (not to the working directory). */
export function resolveFromRepo(relative: string): string {
  return path.resolve(fileURLToPath(new URL('../../', import.meta.url)), relative);
}

/** A corpus file: the one given on the command line, else its default in or beside the repository. */
export function corpusFile(given: string | undefined, fallback: string): string {
  return given ? path.resolve(given) : resolveFromRepo(fallback);
}

/**
 * The three corpora the model is trained and measured on, in build order: SpamAssassin (npm),
 * the SMS Spam Collection (`sms`, else DEFAULT_SMS_FILE) and the written comments
 * (`comments`, else DEFAULT_COMMENTS_FILE). All are read before anything is written.
 */
export async function loadTrainingCorpora(files: { sms?: string; comments?: string } = {}): Promise<[Corpus, Corpus, Corpus]> {
  return [await loadSpamAssassin(), loadSmsCollection(corpusFile(files.sms, DEFAULT_SMS_FILE)), loadCommentCorpus(corpusFile(files.comments, DEFAULT_COMMENTS_FILE))];
}

/**
 * Writes the evaluation files of targets.md Q1 and Q2 into `--out DIR`: the SpamAssassin and
 * SMS collections, each split 70/30 stratified with seed 42, as `{name}-train.jsonl` and
 * `{name}-test.jsonl`; and the same for the comments written for the training (`comments-*`:
 * a check of the build, not a Q3/Q4 figure, since the team wrote them). Returns a one-line JSON summary.
 */
export async function spamSplits(args: string[]): Promise<string> {
  const { flags } = parseFlags(args, ['out', 'sms', 'comments']);
  if (!flags.out) throw new UsageError('missing --out DIR (usage: spam split --out DIR [--sms FILE] [--comments FILE])');
  const out = path.resolve(flags.out);
  mkdirSync(out, { recursive: true });
  const written: Record<string, number> = {};
  const write = (name: string, items: Parameters<typeof toJsonl>[0]) => {
    writeFileSync(path.join(out, name), toJsonl(items));
    written[name] = items.length;
  };
  const [spamAssassin, sms, comments] = await loadTrainingCorpora(flags);
  const q1 = stratifiedSplit(spamAssassin.items);
  write('spamassassin-train.jsonl', q1.train);
  write('spamassassin-test.jsonl', q1.test);
  const q2 = stratifiedSplit(sms.items);
  write('sms-train.jsonl', q2.train);
  write('sms-test.jsonl', q2.test);
  const own = stratifiedSplit(comments.items);
  write('comments-train.jsonl', own.train);
  write('comments-test.jsonl', own.test);
  return JSON.stringify({ out, files: written, spamassassin_sha256: spamAssassin.sha256, sms_sha256: sms.sha256, comments_sha256: comments.sha256 });
}

// Runnable on its own as well:
//   node --import tsx src/cli/spam-eval.ts FILE.jsonl [--online]
//   node --import tsx src/cli/spam-eval.ts split [--out DIR] [--sms FILE] [--comments FILE]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const run = args[0] === 'split' ? spamSplits(args.slice(1)) : spamEval(args);
  run.then(
    (line) => process.stdout.write(`${line}\n`),
    (error: unknown) => {
      process.stderr.write(`spam eval: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
