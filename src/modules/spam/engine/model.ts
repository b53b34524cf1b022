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
import { networkLogit, type Network } from './network.ts';
import type { Example } from './train.ts';

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
  /**
   * A network (network.ts) that judges the texts of these threshold bands instead of the
   * linear weights, when the model has one; its weights follow the linear ones in the file.
   */
  network?: { bands: number[]; units: number };
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
  /** The network's section, after the payload: deflated like it, with its own checksum. */
  network?: { bias: number; linearBytes: number; linearNonzero: number; linearScale: number; rows: number; rowStep: number; bytes: number; sha256: string };
}

export class SpamModelError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`spam model ${file}: ${reason}`);
    this.name = 'SpamModelError';
  }
}

export class ShippedModel {
  readonly mask: number;

  private readonly activations: Float32Array;

  constructor(
    readonly header: ModelHeader,
    /** Dense weights by bucket: the low `bits` bits of a feature hash. */
    readonly weights: Float32Array,
    /** The network for the bands `header.network` names, when the model has one. */
    readonly network?: Network,
  ) {
    this.mask = (1 << header.bits) - 1;
    this.activations = new Float32Array(network?.units ?? 0);
  }

  /** Log-odds of spam from the text alone, by the network when it judges this threshold band. */
  logitInBand(example: Example, band: number): number {
    if (this.network && this.header.network?.bands.includes(band)) return networkLogit(this.network, example, this.activations);
    return this.logit(example.hashes, example.values);
  }

  /** Log-odds of spam from the linear weights. */
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

/** Non-zero weights as delta-coded bucket numbers, then 16-bit multiples of `scale`. */
function encodeSparse(weights: Float32Array): { bytes: Buffer; nonzero: number; scale: number } {
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
  return { bytes: Buffer.concat([Buffer.from(indexBytes), quantised]), nonzero, scale };
}

function leb128(values: Iterable<number>): Buffer {
  const bytes: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  }
  return Buffer.from(bytes);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Serialises a model: header, then the non-zero weights, then the network's section when
 * there is one (its rows must be 16-bit integers: quantiseRows). Same weights → same bytes.
 */
export function encodeModel(header: ModelHeader, weights: Float32Array, network?: Network): Buffer {
  const linear = encodeSparse(weights);
  const payload = deflateRawSync(linear.bytes, { level: 9 });
  const facts: PayloadFacts = { nonzero: linear.nonzero, scale: linear.scale, payloadSha256: sha256(payload), payloadBytes: payload.length };
  let section = Buffer.alloc(0);
  if (network) {
    if (!(network.rows instanceof Int16Array)) throw new Error('encodeModel: quantise the network’s rows first (quantiseRows)');
    const own = encodeSparse(network.linear);
    // The buckets that have rows, delta-coded like the linear ones, then the rows, then the units' biases and output weights.
    const buckets: number[] = [];
    let previous = -1;
    for (let i = 0; i < network.rowOf.length; i++) if (network.rowOf[i]! >= 0) buckets.push(i - previous), (previous = i);
    const units = Buffer.alloc(network.units * 8);
    for (let k = 0; k < network.units; k++) units.writeFloatLE(network.hiddenBias[k]!, k * 4), units.writeFloatLE(network.out[k]!, (network.units + k) * 4);
    section = deflateRawSync(Buffer.concat([own.bytes, leb128(buckets), Buffer.from(network.rows.buffer, network.rows.byteOffset, network.rows.byteLength), units]), { level: 9 });
    facts.network = { bias: network.bias, linearBytes: own.bytes.length, linearNonzero: own.nonzero, linearScale: own.scale, rows: buckets.length, rowStep: network.rowStep, bytes: section.length, sha256: sha256(section) };
  }
  const headerBytes = Buffer.from(JSON.stringify({ ...header, payload: facts }, null, 1), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  return Buffer.concat([Buffer.from(MAGIC, 'ascii'), length, headerBytes, payload, section]);
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
  const rest = bytes.subarray(headerStart + headerLength);
  const sectionBytes = facts.network?.bytes ?? 0;
  if (rest.length !== facts.payloadBytes + sectionBytes) fail(`payload is ${rest.length} bytes, the header says ${facts.payloadBytes + sectionBytes} (truncated or appended to)`);
  const payload = rest.subarray(0, facts.payloadBytes);
  if (sha256(payload) !== facts.payloadSha256) fail('payload checksum mismatch (the file is corrupt)');
  const inflate = (data: Buffer, what: string): Buffer => {
    try {
      return inflateRawSync(data);
    } catch {
      return fail(`${what} does not inflate`);
    }
  };
  const size = 1 << header.bits;
  const raw = inflate(payload, 'payload');
  const weights = new Float32Array(size);
  if (readSparse(raw, 0, raw.length, facts.nonzero, facts.scale, weights, fail) !== raw.length) fail('payload longer than its weights');
  if (!header.network && !facts.network) return new ShippedModel(header, weights);

  // The network's section: its linear weights, the buckets that have rows, the rows, the units.
  const n = facts.network;
  const units = header.network?.units ?? 0;
  if (!n || !header.network || !Number.isInteger(units) || units < 1 || units > 1024 || !Number.isInteger(n.rows) || n.rows < 0) return fail('the network is described only in part');
  const section = rest.subarray(facts.payloadBytes);
  if (sha256(section) !== n.sha256) fail('network checksum mismatch (the file is corrupt)');
  const data = inflate(section, 'network');
  const rowsBytes = n.rows * units * 2;
  const tail = rowsBytes + units * 8;
  if (!Number.isInteger(n.linearBytes) || n.linearBytes < 0 || data.length < n.linearBytes + tail) fail('network section shorter than its weights');
  const linear = new Float32Array(size);
  let offset = readSparse(data, 0, n.linearBytes, n.linearNonzero, n.linearScale, linear, fail);
  const rowOf = new Int32Array(size).fill(-1);
  let bucket = -1;
  for (let r = 0; r < n.rows; r++) {
    const read = readLeb128(data, offset, data.length - tail, fail);
    offset = read.offset;
    bucket += read.value;
    if (bucket >= size) fail(`network bucket ${bucket} outside 2^${header.bits}`);
    rowOf[bucket] = r;
  }
  if (offset !== data.length - tail) fail('network buckets and rows disagree in count');
  const rows = new Int16Array(n.rows * units);
  for (let i = 0; i < rows.length; i++) rows[i] = data.readInt16LE(offset + i * 2);
  offset += rowsBytes;
  const hiddenBias = Float32Array.from({ length: units }, (_, k) => data.readFloatLE(offset + k * 4));
  const out = Float32Array.from({ length: units }, (_, k) => data.readFloatLE(offset + (units + k) * 4));
  return new ShippedModel(header, weights, { bits: header.bits, units, bias: n.bias, linear, rowOf, rows, rowStep: n.rowStep, hiddenBias, out });
}

function readLeb128(raw: Buffer, offset: number, end: number, fail: (reason: string) => never): { value: number; offset: number } {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (offset >= end) fail('bucket numbers run into the weights');
    const b = raw[offset++]!;
    value |= (b & 0x7f) << shift;
    if (b < 0x80) return { value, offset };
    shift += 7;
  }
}

/**
 * Reads `nonzero` delta-coded bucket numbers from `start`, and their 16-bit weights, which end
 * at `end`, into `weights`; returns where the bucket numbers ended (the weights' start).
 */
function readSparse(raw: Buffer, start: number, end: number, nonzero: number, scale: number, weights: Float32Array, fail: (reason: string) => never): number {
  const quantisedStart = end - nonzero * 2;
  if (quantisedStart < start) fail('payload shorter than its weights');
  let offset = start;
  let index = -1;
  for (let k = 0; k < nonzero; k++) {
    const read = readLeb128(raw, offset, quantisedStart, fail);
    offset = read.offset;
    index += read.value;
    if (index >= weights.length) fail(`bucket ${index} outside 2^${Math.log2(weights.length)}`);
    weights[index] = raw.readInt16LE(quantisedStart + k * 2) * scale;
  }
  if (offset !== quantisedStart) fail('bucket numbers and weights disagree in count');
  return end;
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
