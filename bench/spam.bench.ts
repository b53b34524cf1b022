// targets.md S4: spam classification on one core (≥ 20,000 comments/s) and the model's
// memory (≤ 32 MB). The machine is shared, so the benchmark also times a reference in the
// same run, a plain tokenisation pass over the same texts, and prints both sides and their
// ratio. Texts are comment-sized windows of held-out mail from the npm corpus, with a name,
// email, website and browser, so that every kind of feature is read.
//
//   node --expose-gc --import tsx bench/spam.bench.ts [--seconds 3]
import { SpamEngine } from '../src/modules/spam/engine/classifier.ts';
import { loadSpamAssassin, seededRandom, stratifiedSplit } from '../src/modules/spam/engine/corpus.ts';
import type { EngineInput } from '../src/modules/spam/engine/features.ts';
import { InMemorySiteModelStore } from '../src/modules/spam/engine/site-model.ts';
import { EngineSpamChecker } from '../src/modules/spam/engine-spam-checker.ts';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;
const gc = (globalThis as { gc?: () => void }).gc;

// Comment lengths in characters, cycled: most comments are a few sentences, some are long.
const lengths = [80, 150, 220, 300, 400, 600, 900, 1500];

function commentSized(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return text.slice(0, cut > length / 2 ? cut : length);
}

/** Runs `fn` over all inputs repeatedly for about `seconds`; returns items per second. */
function rate<T>(inputs: T[], fn: (input: T) => unknown): number {
  for (const input of inputs.slice(0, 500)) fn(input);
  let done = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (const input of inputs) fn(input);
    done += inputs.length;
  }
  return done / ((performance.now() - started) / 1000);
}

async function asyncRate<T>(inputs: T[], fn: (input: T) => Promise<unknown>): Promise<number> {
  for (const input of inputs.slice(0, 500)) await fn(input);
  let done = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (const input of inputs) await fn(input);
    done += inputs.length;
  }
  return done / ((performance.now() - started) / 1000);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

const corpus = await loadSpamAssassin();
const { test } = stratifiedSplit(corpus.items);
const random = seededRandom(4);
const comments: EngineInput[] = test.map((item, i) => ({
  comment: commentSized(item.text, lengths[i % lengths.length]!),
  author: `Reader ${Math.floor(random() * 1000)}`,
  email: `reader${i}@example.org`,
  url: i % 3 === 0 ? `https://blog${i}.example.net/` : '',
  ip: '192.0.2.1',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0',
  language: 'en',
}));
const mails: EngineInput[] = test.map((item) => ({ comment: item.text, language: 'en' }));
const meanLength = comments.reduce((n, c) => n + c.comment.length, 0) / comments.length;

gc?.();
const before = process.memoryUsage();
const loadStarted = performance.now();
const engine = SpamEngine.load();
const loadMs = performance.now() - loadStarted;
gc?.();
const after = process.memoryUsage();
const modelBytes = engine.model.weights.byteLength;
const loadedBytes = Math.max(0, after.heapUsed - before.heapUsed) + Math.max(0, after.arrayBuffers - before.arrayBuffers);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

// The reference: what any text handling costs at least, lower-casing and splitting into words.
let sink = 0;
const reference = rate(comments, (c) => (sink += c.comment.toLowerCase().split(/[^\p{L}\p{N}]+/u).length));
const classify = rate(comments, (c) => engine.classify(c));
const checker = new EngineSpamChecker(engine, new InMemorySiteModelStore());
const check = await asyncRate(comments, (c) => checker.check({ comment: c.comment, author: c.author ?? '', email: c.email ?? '', url: c.url ?? '', ip: c.ip ?? '', userAgent: c.userAgent ?? '', language: 'en' }));
const fullMails = rate(mails, (m) => engine.classify(m));

const lines = [
  `spam engine benchmark (one core, ${seconds} s per measurement, ${comments.length} texts, mean ${Math.round(meanLength)} characters)`,
  `reference (lower-case + split into words): ${fmt(reference)} comments/s`,
  `engine.classify (features, shipped model, rules, reasons): ${fmt(classify)} comments/s = ${((100 * classify) / reference).toFixed(1)} % of the reference`,
  `EngineSpamChecker.check (async, in-memory site model): ${fmt(check)} comments/s`,
  `whole e-mails (mean ${Math.round(mails.reduce((n, m) => n + m.comment.length, 0) / mails.length)} characters): ${fmt(fullMails)} mails/s`,
  `model: ${mb(modelBytes)} MB of weights; loading took ${loadMs.toFixed(0)} ms and ${mb(loadedBytes)} MB (heap ${mb(after.heapUsed - before.heapUsed)} MB, array buffers ${mb(after.arrayBuffers - before.arrayBuffers)} MB)${gc ? '' : '; run with --expose-gc for exact memory'}`,
  `S4: ${classify >= 20_000 ? 'met' : 'NOT met'} (≥ 20,000 comments/s: ${fmt(classify)}); model ≤ 32 MB: ${Math.max(modelBytes, loadedBytes) <= 32 * 1048576 ? 'met' : 'NOT met'} (${mb(Math.max(modelBytes, loadedBytes))} MB)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (sink < 0) process.stdout.write('');
