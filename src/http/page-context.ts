// What every public page needs to render: the publication, its sections, the message
// catalogue and date formatting for its language and time zone.
import { translator, type Locale, type Translate } from '../core/i18n/i18n.ts';
import type { Publication } from '../modules/publication/publication.ts';
import type { Section } from '../modules/sections/section.ts';

export interface PageContext {
  publication: Publication;
  sections: Section[];
  t: Translate;
  locale: Locale;
  /** Absolute base URL without a trailing slash. */
  publicUrl: string;
  /** Fingerprinted stylesheet URL. */
  stylesheet: string;
  /** Fingerprinted script URLs by name. */
  scripts: { comments: string };
  /** Current time, ISO 8601. */
  now: string;
}

export function makePageContext(
  publication: Publication,
  sections: Section[],
  publicUrl: string,
  stylesheet: string,
  now: string,
  scripts: { comments: string } = { comments: '/assets/comments.js' },
): PageContext {
  return {
    publication,
    sections,
    t: translator(publication.language),
    locale: { language: publication.language, timeZone: publication.timeZone },
    publicUrl,
    stylesheet,
    now,
    scripts,
  };
}

/** Absolute URL of a site path. */
export const absoluteUrl = (ctx: PageContext, path: string): string => `${ctx.publicUrl}${path}`;

/** Public paths, in one place so links and sitemaps agree. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  section: (slug: string) => `/sections/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/authors/${encodeURIComponent(slug)}`,
  tag: (slug: string) => `/tags/${encodeURIComponent(slug)}`,
  privacy: () => '/privacy',
  corrections: () => '/corrections',
  withPage: (path: string, page: number) => (page <= 1 ? path : `${path}?page=${page}`),
};
