// Message lookup and locale-aware date formatting for reader-facing pages.
import { en, type MessageKey } from './messages.en.ts';

const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { en };

export interface Locale {
  /** BCP 47 tag of the publication, e.g. en-GB. */
  language: string;
  /** IANA time zone of the publication, e.g. Europe/London. */
  timeZone: string;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: string): Translate {
  const base = language.split('-')[0] ?? 'en';
  const catalogue = catalogues[language] ?? catalogues[base] ?? en;
  return (key, params) => {
    const template = catalogue[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      params[name] === undefined ? whole : String(params[name]),
    );
  };
}

/** Chooses `.one` / `.other` (and `.zero` when present) by the language's plural rules. */
export function plural(t: Translate, language: string, stem: string, count: number): string {
  const category = new Intl.PluralRules(language).select(count);
  const zeroKey = `${stem}.zero` as MessageKey;
  if (count === 0 && zeroKey in en) return t(zeroKey, { count });
  const key = (`${stem}.${category}` in en ? `${stem}.${category}` : `${stem}.other`) as MessageKey;
  return t(key, { count });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${locale.language}|${locale.timeZone}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale.language, {
      timeZone: locale.timeZone,
      dateStyle: 'long',
      ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/** "12 June 2019" in the publication's language and time zone. */
export function formatDate(iso: string, locale: Locale): string {
  return formatter(locale, 'date').format(new Date(iso));
}

/** "12 June 2019 at 08:30" in the publication's language and time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  return formatter(locale, 'dateTime').format(new Date(iso));
}
