// Small text facts the classifier and its rules need: which characters make words, the
// hosts of links, and the writing system a text is mostly in. Pure functions, no I/O.

// A lookup table for the Basic Multilingual Plane, built once at load (about 10 ms): 1 for a
// letter or digit. A regular expression per character would be several times slower.
const wordChar = new Uint8Array(65536);
{
  const letterOrDigit = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (letterOrDigit.test(String.fromCharCode(c))) wordChar[c] = 1;
  }
}

/** True for a letter or digit of the Basic Multilingual Plane. */
export function isWordChar(code: number): boolean {
  return wordChar[code] === 1;
}

export interface LinkFacts {
  /** Every http(s):// or www. link in the text, as written. */
  count: number;
  /** Host names without a leading www., lower-case, in order of appearance, unique. */
  hosts: string[];
}

const linkPattern = /\b(?:https?:\/\/|www\.)([a-z0-9\u00a1-\uffff][a-z0-9\u00a1-\uffff.-]*)/gi;

/** Finds links in text; hosts are also read from `href="…"` attributes. */
export function findLinks(text: string): LinkFacts {
  let count = 0;
  const hosts: string[] = [];
  linkPattern.lastIndex = 0;
  for (let m = linkPattern.exec(text); m; m = linkPattern.exec(text)) {
    count++;
    const host = normaliseHost(m[1]!);
    if (host && !hosts.includes(host)) hosts.push(host);
  }
  return { count, hosts };
}

/** Lower-case host without "www." or a trailing dot; '' when it has no dot. */
export function normaliseHost(host: string): string {
  const h = host.toLowerCase().replace(/\.+$/, '').replace(/^www\d?\./, '');
  return h.includes('.') ? h : '';
}

/** The host of a URL typed in the website field, '' when none. */
export function hostOfUrl(url: string): string {
  const m = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/)?([^/\s?#:@]+)/i.exec(url);
  return m ? normaliseHost(m[1]!) : '';
}

// Second-level labels under which registrations happen (example.co.uk belongs to example).
const secondLevel = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or', 'go', 'gv', 'mil']);

/** The part of a host its owner registered: a.b.example.co.uk → example.co.uk. */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const take = secondLevel.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function topLevelDomain(host: string): string {
  const dot = host.lastIndexOf('.');
  return dot < 0 ? '' : host.slice(dot + 1);
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'devanagari' | 'thai' | 'other';

const scriptPatterns: [Script, RegExp][] = [
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['han', /\p{Script=Han}/gu],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['thai', /\p{Script=Thai}/gu],
];

/**
 * The writing system most letters of the text are in, and its share of all letters. Plain
 * ASCII text answers at once: that is nearly every comment on an English journal.
 */
export function dominantScript(text: string): { script: Script; share: number; letters: number } {
  const latinLetters = (text.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
  if (!/[^\u0000-\u024f]/.test(text)) return { script: 'latin', share: latinLetters ? 1 : 0, letters: latinLetters };
  let best: Script = 'latin';
  let bestCount = latinLetters;
  let total = latinLetters;
  for (const [script, pattern] of scriptPatterns) {
    const n = (text.match(pattern) ?? []).length;
    total += n;
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  return { script: best, share: total ? bestCount / total : 0, letters: total };
}

/** The scripts a publication in `language` (BCP 47, e.g. en-GB) is expected to be written in. */
export function scriptsOfLanguage(language: string): Script[] {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  switch (primary) {
    case 'ru': case 'uk': case 'bg': case 'sr': case 'mk': case 'be': case 'kk': case 'mn':
      return ['cyrillic', 'latin'];
    case 'el':
      return ['greek', 'latin'];
    case 'ar': case 'fa': case 'ur':
      return ['arabic', 'latin'];
    case 'he': case 'yi':
      return ['hebrew', 'latin'];
    case 'zh':
      return ['han', 'latin'];
    case 'ja':
      return ['han', 'kana', 'latin'];
    case 'ko':
      return ['hangul', 'han', 'latin'];
    case 'hi': case 'mr': case 'ne':
      return ['devanagari', 'latin'];
    case 'th':
      return ['thai', 'latin'];
    default:
      return ['latin'];
  }
}

// The most frequent short words of some languages written in Latin script. Enough to tell a
// comment in Portuguese from one in English; not a general language detector.
export const functionWordLanguages: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'for', 'you', 'was', 'with', 'on', 'this', 'are', 'have', 'be', 'not', 'but', 'they', 'we', 'what', 'there', 'would', 'i'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ich', 'sie', 'mit', 'den', 'ein', 'eine', 'zu', 'auf', 'auch', 'sich', 'wir', 'für', 'dem', 'wenn', 'oder', 'sind', 'bei', 'noch', 'nur'],
  fr: ['le', 'la', 'les', 'et', 'est', 'des', 'une', 'un', 'du', 'que', 'pas', 'pour', 'qui', 'dans', 'sur', 'vous', 'nous', 'avec', 'ce', 'il', 'je', 'au', 'mais', 'sont', 'votre'],
  es: ['el', 'la', 'los', 'las', 'que', 'de', 'y', 'es', 'en', 'por', 'con', 'para', 'una', 'del', 'se', 'no', 'lo', 'como', 'pero', 'más', 'su', 'muy', 'está', 'yo', 'usted'],
  pt: ['o', 'os', 'que', 'de', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'ao', 'seu', 'sua', 'você', 'é', 'já'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'sono', 'una', 'del', 'della', 'gli', 'le', 'con', 'si', 'anche', 'ma', 'come', 'questo', 'ho', 'è', 'più', 'lo', 'nel'],
  nl: ['de', 'het', 'een', 'en', 'van', 'ik', 'te', 'dat', 'die', 'is', 'niet', 'op', 'zijn', 'voor', 'met', 'als', 'maar', 'er', 'ook', 'wat', 'je', 'naar', 'wij', 'bij', 'nog'],
  tr: ['bir', 've', 'bu', 'da', 'de', 'için', 'ile', 'ne', 'çok', 'ama', 'daha', 'gibi', 'olan', 'mi', 'en', 'var', 'sonra', 'kadar', 'ben', 'sen', 'her', 'değil', 'ya', 'olarak', 'şey'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'jest', 'to', 'że', 'do', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od', 'już', 'tylko', 'czy', 'jestem', 'mnie', 'są', 'było'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'saya', 'ke', 'karena', 'ada', 'bisa', 'anda', 'kami', 'kita', 'sudah', 'atau', 'hanya', 'lebih'],
  sr: ['je', 'i', 'u', 'da', 'se', 'na', 'za', 'su', 'od', 'sa', 'ne', 'koji', 'kao', 'ali', 'iz', 'sve', 'bi', 'biti', 'samo', 'što', 'ili', 'kako', 'još', 'koja', 'nije'],
};

