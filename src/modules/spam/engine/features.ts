// Turns a comment and its context into hashed features: words, word pairs, the shape of
// numbers, link hosts, a few counts (links, capitals, exclamation marks), whether the text is
// in the publication's language and script, and the name, email and website with their
// consistency; then, for the shipped model alone, the text's length in words and, in short
// texts, character 3- to 5-grams. Each feature is a 32-bit hash with a value: the text
// features share a fixed length (so that a long e-mail does not outvote a short comment by
// its word count alone), the counts and the context have smaller fixed values. The site model
// reads the same features with values of its own (`siteValues`), but not the last ones nor the
// traits most comments share (a name of two words, an address under .com, the counts).
import type { SpamCheckInput } from '../spam-checker.ts';
import { combine, fmix, hashRange, hashString, NS } from './hash.ts';
import { dominantScript, findLinks, functionWordLanguages, hostOfUrl, isWordChar, registrableDomain, scriptsOfLanguage, topLevelDomain } from './text.ts';

/** What the engine reads: the spam checker port's input, where every field but `comment` may be missing. */
export type EngineInput = Pick<SpamCheckInput, 'comment'> & Partial<Omit<SpamCheckInput, 'comment'>>;

export interface Features {
  /** Unique feature hashes (unsigned 32-bit). */
  hashes: Uint32Array;
  /** Value of each feature in the shipped model's dot product. */
  values: Float32Array;
  /** Value of each feature for the site model: together they have length 1; 0 for traits (see finish). */
  siteValues: Float32Array;
  /** For text features, where in `text` the words behind it start and end; -1 for others. */
  spanStart: Int32Array;
  spanEnd: Int32Array;
  /** Readable names of the context and count features, by index (text features have none). */
  names: Map<number, string>;
  /** The lower-cased text the spans point into. */
  text: string;
  /** How many of the features are text features (words, pairs, number shapes): the first ones. */
  textCount: number;
  /**
   * The first `siteCount` features may be given as reasons and, except the traits (site value
   * 0), are read by the site model; the rest (length, character n-grams) are the shipped
   * model's alone, with site value 0.
   */
  siteCount: number;
  links: { count: number; hosts: string[] };
  /** Tokens read from the text. */
  tokens: number;
}

/** Bumped whenever a change here alters the hashes or values a model was trained on. */
export const FEATURE_VERSION = 3;
/** Only this much of a text is read: enough to judge, and the speed stays bounded. */
export const MAX_TEXT_CHARS = 20_000;
const MAX_TOKEN_CHARS = 24;
const CONTEXT_VALUE = 0.5;
const MAX_OTHER_PART = 0.25;
const STAT_VALUE = 0.25;
const CAPACITY = 8192;
/** Euclidean length of the text features' values together (each is TEXT_NORM / √n), and of the character n-grams'. */
const TEXT_NORM = 3;
/**
 * Texts up to this long (SMS-sized, after lower-casing) are short: the shipped model reads
 * their character n-grams too (what words miss there), and they have a threshold of their own.
 */
export const SHORT_TEXT_CHARS = 200;
const CHAR_GRAM_MAX_TEXT = SHORT_TEXT_CHARS;
const CHAR_GRAM_MIN = 3;
const CHAR_GRAM_MAX = 5;
const LENGTH_EDGES = [2, 4, 7, 12, 20, 35, 60, 100, 200, 400, 800];
// Hashed once: the length feature is read for every text and never shown as a reason.
const LENGTH_HASHES = Array.from({ length: LENGTH_EDGES.length + 1 }, (_, b) => hashString(`length:${b}`, NS.stat));

// Scratch space reused by every call: the process is single-threaded and extraction never
// yields, so one set of buffers is safe and spares the garbage collector.
const table = new Int32Array(CAPACITY * 2);
const stamp = new Uint32Array(CAPACITY * 2);
let generation = 0;
const outHash = new Uint32Array(CAPACITY);
const outStart = new Int32Array(CAPACITY);
const outEnd = new Int32Array(CAPACITY);
const outKind = new Uint8Array(CAPACITY);
let outNames = new Map<number, string>();
let count = 0;

const TEXT = 0;
const CONTEXT = 1;
const STAT = 2;
const CHARS = 3;
const LENGTH = 4;
/**
 * A context feature most comments share in one form or another ("a name of two words", "an
 * address under .com", "no website"): the shipped model weighs it like the other context, the
 * site model not at all (see finish). The counts (STAT) are traits too.
 */
const TRAIT = 5;
const isTrait = (kind: number) => kind === TRAIT || kind === STAT;

function add(hash: number, kind: number, start: number, end: number, name?: string): void {
  if (count >= CAPACITY) return;
  // Open addressing over twice the capacity, with a generation stamp instead of clearing.
  const mask = CAPACITY * 2 - 1;
  let slot = hash & mask;
  for (;;) {
    if (stamp[slot] !== generation) {
      stamp[slot] = generation;
      table[slot] = count;
      outHash[count] = hash;
      outStart[count] = start;
      outEnd[count] = end;
      outKind[count] = kind;
      if (name !== undefined) outNames.set(count, name);
      count++;
      return;
    }
    if (outHash[table[slot]!] === hash) return;
    slot = (slot + 1) & mask;
  }
}

function addNamed(ns: number, key: string, kind: number, name: string): void {
  add(hashString(key, ns), kind, -1, -1, name);
}

function bucket(n: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return i;
}

/** Reads the features of one input. */
export function extractFeatures(input: EngineInput): Features {
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    stamp.fill(0);
    generation = 1;
  }
  count = 0;
  outNames = new Map();
  const raw = input.comment.length > MAX_TEXT_CHARS ? input.comment.slice(0, MAX_TEXT_CHARS) : input.comment;
  // NFKC folds look-alike forms (fullwidth letters, ligatures) that spammers use to dodge words.
  const nonAscii = /[^\u0000-\u007f]/.test(raw);
  const folded = nonAscii ? raw.normalize('NFKC').toLowerCase() : raw.toLowerCase();
  const text = folded.includes('<a') || folded.includes('</a') ? blankLinkTags(folded) : folded;

  let tokens = 0;
  let previous = 0;
  let previousStart = -1;
  let upper = 0;
  let letters = 0;
  let exclamations = 0;
  let money = 0;
  languageScores.fill(0);
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 33) exclamations++;
      else if (c === 36 || c === 0x20ac || c === 0xa3) money++;
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    while (i < text.length && isWordChar(text.charCodeAt(i))) {
      const d = text.charCodeAt(i);
      if (d >= 48 && d <= 57) digits++;
      i++;
    }
    const end = Math.min(i, start + MAX_TOKEN_CHARS);
    const h = hashRange(text, start, end, NS.word);
    tokens++;
    add(h, TEXT, start, end);
    if (end - start <= 5 && tokens <= 400) scoreFunctionWord(h);
    if (previousStart >= 0) add(combine(previous, h), TEXT, previousStart, end);
    if (digits > 0) add(hashString(numberShape(text, start, end), NS.shape), TEXT, start, end);
    previous = h;
    previousStart = start;
  }

  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }

  const links = findLinks(text);
  for (const host of links.hosts.slice(0, 20)) {
    const domain = registrableDomain(host);
    addNamed(NS.host, domain, CONTEXT, `link to ${domain}`);
    addNamed(NS.tld, topLevelDomain(host), CONTEXT, `link to a .${topLevelDomain(host)} address`);
  }
  // Counts are evidence only when present: "no links" says little about a comment, and the
  // corpus (mailing-list ham with footers full of links) would teach the opposite of the truth.
  if (links.count > 0) addNamed(NS.stat, `links:${bucket(links.count, [2, 3, 5, 10])}`, STAT, `${links.count} link${links.count === 1 ? '' : 's'}`);
  if (exclamations > 0) addNamed(NS.stat, `bang:${bucket(exclamations, [2, 4, 10])}`, STAT, `${exclamations} exclamation mark${exclamations === 1 ? '' : 's'}`);
  if (money > 0) addNamed(NS.stat, 'money', STAT, 'currency signs');
  if (letters >= 20 && upper / letters >= 0.3) addNamed(NS.stat, `caps:${bucket(upper / letters, [0.5, 0.8])}`, STAT, `${Math.round((100 * upper) / letters)} % capital letters`);

  addLanguage(text, input.language ?? 'en', nonAscii);
  const replacement = countChar(text, 0xfffd);
  if (replacement > 0) addNamed(NS.stat, `broken:${bucket(replacement / text.length, [0.002, 0.02, 0.1])}`, STAT, 'undecodable characters');

  addContext(input, links.hosts);

  // The shipped model's own features. The length stands in for a bias per length: e-mail and
  // SMS (and comments) differ in what "no evidence" means.
  const siteCount = count;
  add(LENGTH_HASHES[bucket(tokens, LENGTH_EDGES)]!, LENGTH, -1, -1);
  if (text.length <= CHAR_GRAM_MAX_TEXT) addCharGrams(text);

  return finish(text, links, tokens, siteCount);
}

/**
 * Link tags (`<a …>`, `</a>`) blanked out, each character a space, except the address the link
 * points to. WordPress sends its readers' links as `<a href="…" rel="nofollow ugc">`, so "a",
 * "href" and "nofollow" must not become words of spam; the address stays, as a link. (The
 * rules judge the markup itself, in the raw comment.) Other tags stay words: in the e-mail
 * corpus, HTML shown as text is what a reader of a plain-text mail sees, and blanking every
 * tag cost 0.9 point of validation F1 there. Positions stay, for the spans quoted in reasons.
 */
function blankLinkTags(text: string): string {
  return text.replace(/<\/?a\b[^<>]*>/g, (tag) => {
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/.exec(tag);
    const blank = ' '.repeat(tag.length);
    if (!href) return blank;
    const at = href.index + href[0].length - href[1]!.length;
    return blank.slice(0, at) + href[1] + blank.slice(at + href[1]!.length);
  });
}

// Character n-grams over the whole (short) text, spaces and punctuation included: they catch
// pieces words miss (parts of "txt"-speak, "£1000", "www.", "w1n" against "win"). One FNV pass per start position
// yields the 3-, 4- and 5-gram.
function addCharGrams(text: string): void {
  for (let i = 0; i + CHAR_GRAM_MIN <= text.length; i++) {
    let h = (0x811c9dc5 ^ NS.chars) >>> 0;
    const last = Math.min(text.length, i + CHAR_GRAM_MAX);
    for (let j = i; j < last; j++) {
      h ^= text.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
      if (j + 1 - i >= CHAR_GRAM_MIN) add(fmix(h), CHARS, -1, -1);
    }
  }
}

// Digits become 0 and letters a, so "08452810075" and "87121" teach about phone numbers and
// short codes in general, not only about those numbers.
function numberShape(text: string, start: number, end: number): string {
  let shape = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    shape += c >= 48 && c <= 57 ? '0' : 'a';
  }
  return shape;
}

const languageList = Object.keys(functionWordLanguages);
const languageScores = new Float64Array(languageList.length);
const functionWordHashes = new Map<number, number[]>();
for (const [language, words] of Object.entries(functionWordLanguages)) {
  const index = languageList.indexOf(language);
  for (const word of words) {
    const h = hashString(word, NS.word);
    functionWordHashes.set(h, [...(functionWordHashes.get(h) ?? []), index]);
  }
}

// A bitmap over the low hash bits answers "surely not a function word" without a Map lookup.
const functionWordBits = new Uint8Array(4096);
for (const h of functionWordHashes.keys()) functionWordBits[h & 4095] = 1;

function scoreFunctionWord(hash: number): void {
  if (functionWordBits[hash & 4095] === 0) return;
  const languages = functionWordHashes.get(hash);
  if (!languages) return;
  // A word shared by several languages counts for each a little.
  for (const l of languages) languageScores[l]! += 1 / languages.length;
}

// Whether the text is in the publication's script and language, relative to the publication,
// so that what the English corpus teaches ("another language than the journal's is suspect")
// carries over to a journal in any language.
function addLanguage(text: string, language: string, nonAscii: boolean): void {
  // Plain ASCII is Latin script: no need to count letters by script.
  const script = nonAscii ? dominantScript(text) : undefined;
  if (script && script.letters >= 10 && !scriptsOfLanguage(language).includes(script.script)) {
    addNamed(NS.stat, 'script:other', STAT, `written in ${script.script} script`);
    return;
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < languageScores.length; i++) {
    if (languageScores[i]! > bestScore) {
      best = i;
      bestScore = languageScores[i]!;
    }
  }
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  // Too few function words to tell (a short comment, an unlisted language): no evidence either way.
  if (best < 0 || bestScore < 3 || !languageList.includes(primary)) return;
  if (languageList[best] === primary) addNamed(NS.stat, 'language:same', STAT, 'in the journal’s language');
  else addNamed(NS.stat, 'language:other', STAT, `apparently in another language (${languageList[best]})`);
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = text.indexOf(String.fromCharCode(code)); i >= 0; i = text.indexOf(String.fromCharCode(code), i + 1)) n++;
  return n;
}

function addContext(input: EngineInput, linkHosts: string[]): void {
  const author = (input.author ?? '').trim();
  const email = (input.email ?? '').trim().toLowerCase();
  const url = (input.url ?? '').trim();
  if (author) {
    const lower = author.toLowerCase();
    for (const word of lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8)) addNamed(NS.author, word, CONTEXT, `“${word}” in the name`);
    if (/https?:\/\/|www\.|\.(com|net|org|info|ru|biz)\b/i.test(author)) addNamed(NS.context, 'author:web', TRAIT, 'a web address in the name');
    if (/\d{2,}/.test(author)) addNamed(NS.context, 'author:digits', TRAIT, 'digits in the name');
    const words = lower.split(/\s+/).length;
    addNamed(NS.context, `author:words:${bucket(words, [2, 3, 5])}`, TRAIT, `a name of ${words} word${words === 1 ? '' : 's'}`);
  }
  const at = email.lastIndexOf('@');
  const emailDomain = at > 0 ? email.slice(at + 1) : '';
  if (emailDomain) {
    addNamed(NS.emailDomain, emailDomain, CONTEXT, `an address at ${emailDomain}`);
    addNamed(NS.tld, `email:${topLevelDomain(emailDomain)}`, TRAIT, `an address under .${topLevelDomain(emailDomain)}`);
    const local = email.slice(0, at);
    const nameKey = author.toLowerCase().replace(/[^\p{L}]/gu, '');
    const localKey = local.replace(/[^\p{L}]/gu, '');
    const related = nameKey.length >= 3 && localKey.length >= 3 && (localKey.includes(nameKey.slice(0, 4)) || nameKey.includes(localKey.slice(0, 4)));
    addNamed(NS.context, related ? 'email:matches-name' : 'email:unrelated-to-name', TRAIT, related ? 'the email address matches the name' : 'the email address does not resemble the name');
    if (/\d{3,}/.test(local)) addNamed(NS.context, 'email:digits', TRAIT, 'many digits in the email address');
  }
  const urlHost = url ? hostOfUrl(url) : '';
  if (urlHost) {
    const domain = registrableDomain(urlHost);
    addNamed(NS.urlHost, domain, CONTEXT, `a website at ${domain}`);
    addNamed(NS.tld, `url:${topLevelDomain(urlHost)}`, TRAIT, `a website under .${topLevelDomain(urlHost)}`);
    if (emailDomain) {
      const same = registrableDomain(emailDomain) === domain;
      addNamed(NS.context, same ? 'url:same-as-email' : 'url:other-than-email', TRAIT, same ? 'the website and email share a domain' : 'the website and email domains differ');
    }
    if (linkHosts.some((h) => registrableDomain(h) === domain)) addNamed(NS.context, 'url:also-linked', TRAIT, 'the text links to the website given');
    if (/\/[^/]+\/[^/]+/.test(url.replace(/^[a-z]+:\/\//i, ''))) addNamed(NS.context, 'url:deep', TRAIT, 'a deep link as website');
  } else if (input.url !== undefined) {
    addNamed(NS.context, 'url:none', TRAIT, 'no website');
  }
  if (input.userAgent !== undefined) {
    const agent = input.userAgent.toLowerCase();
    // Only unusual agents are evidence: nearly every reader comes with a browser's.
    const family = agent === '' ? 'empty' : /curl|wget|python|java\/|libwww|go-http|okhttp|bot|spider|scrapy|httpclient/.test(agent) ? 'script' : /mozilla\//.test(agent) ? 'browser' : 'other';
    if (family !== 'browser') addNamed(NS.agent, family, TRAIT, `a ${family === 'empty' ? 'missing' : family} user agent`);
  }
}

function finish(text: string, links: Features['links'], tokens: number, siteCount: number): Features {
  let textCount = 0;
  let charCount = 0;
  for (let i = 0; i < count; i++) {
    if (outKind[i] === TEXT) textCount++;
    else if (outKind[i] === CHARS) charCount++;
  }
  const textValue = textCount === 0 ? 0 : TEXT_NORM / Math.sqrt(textCount);
  const charValue = charCount === 0 ? 0 : TEXT_NORM / Math.sqrt(charCount);
  const values = new Float32Array(count);
  const siteValues = new Float32Array(count);
  // The site model learns online from a few lessons, so its feature vector has length 1: a
  // lesson moves its own text's log-odds by the same amount whatever the length, and spreads
  // that evenly over the features, except that the context it reads (the name's words, the
  // email's and website's domains, the links' domains and top-level domains) together takes at
  // most a quarter of the squared length. It does not read traits (TRAIT, STAT) at all: they describe readers and spammers
  // alike, the shipped model has weighed them on thousands of examples, and a site's lessons
  // are mostly corrections of spam, which would push every trait toward spam until ordinary
  // readers ("a name of two words, an address under .com") were flagged (ADR 0007).
  let traits = 0;
  for (let i = 0; i < siteCount; i++) if (isTrait(outKind[i]!)) traits++;
  const otherCount = siteCount - textCount - traits;
  const otherPart = otherCount === 0 ? 0 : Math.min(MAX_OTHER_PART, otherCount / (siteCount - traits));
  const textShare = textCount === 0 ? 0 : Math.sqrt((otherCount === 0 ? 1 : 1 - otherPart) / textCount);
  const otherShare = otherCount === 0 ? 0 : Math.sqrt((textCount === 0 ? 1 : otherPart) / otherCount);
  for (let i = 0; i < count; i++) {
    const kind = outKind[i];
    values[i] = kind === TEXT ? textValue : kind === CHARS ? charValue : kind === LENGTH ? 1 : kind === STAT ? STAT_VALUE : CONTEXT_VALUE;
    siteValues[i] = i >= siteCount || isTrait(kind!) ? 0 : kind === TEXT ? textShare : otherShare;
  }
  return {
    hashes: outHash.slice(0, count),
    values,
    siteValues,
    spanStart: outStart.slice(0, count),
    spanEnd: outEnd.slice(0, count),
    names: outNames,
    text,
    textCount,
    siteCount,
    links,
    tokens,
  };
}
