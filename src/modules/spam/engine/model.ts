// The shipped model and its file. The file is a short magic line, a JSON header (what it was
// trained on, with checksums, hyperparameters and measured figures) and a deflated payload of
// the non-zero weights: delta-coded bucket numbers and 16-bit quantised weights. Loading
// checks the magic, the payload's SHA-256 and every count, and a file that fails any check
// is refused with an error naming it: serving comments unchecked is worse than not starting.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Figures } from './metrics.ts';

const MAGIC = 'MASTHEAD-SPAM-MODEL 1\n';

/** Where the shipped model lives in the repository. */
export const DEFAULT_MODEL_FILE = fileURLToPath(new URL('../../../../models/spam-model.bin', import.meta.url));

export interface ModelHeader {
  format: 'masthead-spam-model';
  /** Must equal FEATURE_VERSION of the code reading it. */
  featureVersion: number;
  /** log2 of the number of weight buckets. */
  bits: number;
  bias: number;
  /**
   * Probabilities: spam at or over `spam` (over `spamShort` for a short text, and over
   * `spamComment` for a comment that comes with its author's name, email or website, when
   * given; see thresholdBand in classifier.ts); discard at or over `blatant`.
   */
  thresholds: { spam: number; spamShort?: number; spamComment?: number; blatant: number };
  training: {
    corpus: string;
    corpusVersion: string;
    /** SHA-256 of the whole corpus as read (of the corpora's names and checksums when several). */
    corpusSha256: string;
    /** SHA-256 of the training parts together (ids, labels and extracted texts, in order). */
    trainSha256: string;
    /** Each corpus trained on, with its checksum, its training part's checksum and size. */
    corpora?: { name: string; version: string; sha256: string; trainSha256: string; examples: { spam: number; ham: number } }[];
    split: string;
    examples: { spam: number; ham: number };
    hyperparameters: Record<string, number>;
    /** How the hyperparameters and threshold were chosen, and the candidates' validation scores. */
    selection: string;
    /** f1 is the worst corpus's and fpr the highest corpus's, when several. */
    candidates: { hyperparameters: Record<string, number>; f1: number; fpr: number; sources?: Record<string, { f1: number; fpr: number }> }[];
  };
  figures: {
    /** Out-of-fold cross-validation on the training part, at the chosen threshold. */
    validation: Figures;
    /** The held-out 30 %, measured once after training (never used for a choice). */
    test?: Figures;
    /** Both of the above per corpus, by corpus name. */
    bySource?: Record<string, { validation: Figures; test: Figures }>;
  };
}

interface PayloadFacts {
  nonzero: number;
  scale: number;
  payloadSha256: string;
  payloadBytes: number;
}

export class SpamModelError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`spam model ${file}: ${reason}`);
    this.name = 'SpamModelError';
  }
}

export class ShippedModel {
  readonly mask: number;

  constructor(
    readonly header: ModelHeader,
    /** Dense weights by bucket: the low `bits` bits of a feature hash. */
    readonly weights: Float32Array,
  ) {
    this.mask = (1 << header.bits) - 1;
  }

  /** Log-odds of spam from the text alone. */
  logit(hashes: Uint32Array, values: Float32Array): number {
    const w = this.weights;
    const mask = this.mask;
    let z = this.header.bias;
    for (let i = 0; i < hashes.length; i++) z += w[hashes[i]! & mask]! * values[i]!;
    return z;
  }

  weightOf(hash: number): number {
    return this.weights[hash & this.mask]!;
  }
}

/** Serialises a model: header, then the non-zero weights. Same weights → same bytes. */
export function encodeModel(header: ModelHeader, weights: Float32Array): Buffer {
  let maxAbs = 0;
  let nonzero = 0;
  for (const w of weights) {
    if (w !== 0) nonzero++;
    if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w);
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const indexBytes: number[] = [];
  const quantised = Buffer.alloc(nonzero * 2);
  let previous = -1;
  let k = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    // A weight that would round to 0 is kept as ±1 step: the bucket was learned.
    let q = Math.round(w / scale);
    if (q === 0) q = w > 0 ? 1 : -1;
    quantised.writeInt16LE(q, k * 2);
    let delta = i - previous;
    previous = i;
    while (delta >= 0x80) {
      indexBytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    indexBytes.push(delta);
    k++;
  }
  const payload = deflateRawSync(Buffer.concat([Buffer.from(indexBytes), quantised]), { level: 9 });
  const facts: PayloadFacts = { nonzero, scale, payloadSha256: createHash('sha256').update(payload).digest('hex'), payloadBytes: payload.length };
  const headerBytes = Buffer.from(JSON.stringify({ ...header, payload: facts }, null, 1), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  return Buffer.concat([Buffer.from(MAGIC, 'ascii'), length, headerBytes, payload]);
}

/** Reads a model file's bytes; `file` names it in errors. */
export function decodeModel(bytes: Buffer, file: string, expectedFeatureVersion: number): ShippedModel {
  const fail = (reason: string): never => {
    throw new SpamModelError(file, reason);
  };
  if (bytes.length < MAGIC.length + 4 || bytes.subarray(0, MAGIC.length).toString('ascii') !== MAGIC) fail('not a Masthead spam model (bad magic line); rebuild it with `masthead spam train`');
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  if (headerStart + headerLength > bytes.length) fail('truncated header');
  let parsed: ModelHeader & { payload: PayloadFacts };
  try {
    parsed = JSON.parse(bytes.subarray(headerStart, headerStart + headerLength).toString('utf8')) as ModelHeader & { payload: PayloadFacts };
  } catch {
    return fail('unreadable header (not JSON)');
  }
  const { payload: facts, ...header } = parsed;
  if (header.format !== 'masthead-spam-model' || !facts || typeof facts.nonzero !== 'number') fail('the header lacks its format or payload description');
  if (header.featureVersion !== expectedFeatureVersion) fail(`trained for feature version ${header.featureVersion}, this code reads version ${expectedFeatureVersion}; rebuild it with \`masthead spam train\``);
  if (!Number.isInteger(header.bits) || header.bits < 10 || header.bits > 24) fail(`bad bucket count 2^${header.bits}`);
  if (typeof header.thresholds !== 'object' || header.thresholds === null) fail('the header lacks its thresholds');
  // Above 1 flags nothing (a band where validation allowed no spam call).
  for (const [name, t] of Object.entries(header.thresholds)) if (typeof t !== 'number' || !(t > 0 && t < 2)) fail(`threshold ${name} is not a probability: ${String(t)}`);
  const payload = bytes.subarray(headerStart + headerLength);
  if (payload.length !== facts.payloadBytes) fail(`payload is ${payload.length} bytes, the header says ${facts.payloadBytes} (truncated or appended to)`);
  if (createHash('sha256').update(payload).digest('hex') !== facts.payloadSha256) fail('payload checksum mismatch (the file is corrupt)');
  let raw: Buffer;
  try {
    raw = inflateRawSync(payload);
  } catch {
    return fail('payload does not inflate');
  }
  const size = 1 << header.bits;
  const weights = new Float32Array(size);
  const quantisedStart = raw.length - facts.nonzero * 2;
  if (quantisedStart < 0) fail('payload shorter than its weights');
  let offset = 0;
  let index = -1;
  for (let k = 0; k < facts.nonzero; k++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      if (offset >= quantisedStart) fail('bucket numbers run into the weights');
      const b = raw[offset++]!;
      delta |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    index += delta;
    if (index >= size) fail(`bucket ${index} outside 2^${header.bits}`);
    weights[index] = raw.readInt16LE(quantisedStart + k * 2) * facts.scale;
  }
  if (offset !== quantisedStart) fail('bucket numbers and weights disagree in count');
  return new ShippedModel(header, weights);
}

/** Loads the shipped model; throws SpamModelError naming the file when missing or corrupt. */
export function loadShippedModel(expectedFeatureVersion: number, file = DEFAULT_MODEL_FILE): ShippedModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SpamModelError(file, code === 'ENOENT' ? 'missing (rebuild it with `masthead spam train`)' : `cannot be read (${code ?? (error as Error).message})`);
  }
  return decodeModel(bytes, file, expectedFeatureVersion);
}
