// schema.org structured data for articles and the publication, as plain objects.
import type { Article } from '../articles/article.ts';
import type { Author } from '../authors/author.ts';
import type { EditorialEntry } from '../editorial/editorial.ts';
import type { Publication } from '../publication/publication.ts';
import type { Section } from '../sections/section.ts';

export interface JsonLdContext {
  publication: Publication;
  /** Absolute base URL, no trailing slash. */
  publicUrl: string;
}

export function publisherJsonLd(ctx: JsonLdContext): Record<string, unknown> {
  return {
    '@type': 'NewsMediaOrganization',
    name: ctx.publication.name,
    url: `${ctx.publicUrl}/`,
    ...(ctx.publication.logoUrl ? { logo: { '@type': 'ImageObject', url: absolute(ctx, ctx.publication.logoUrl) } } : {}),
  };
}

export function periodicalJsonLd(ctx: JsonLdContext): Record<string, unknown> {
  return {
    '@type': 'Periodical',
    name: ctx.publication.name,
    url: `${ctx.publicUrl}/`,
    ...(ctx.publication.issn ? { issn: ctx.publication.issn } : {}),
    publisher: publisherJsonLd(ctx),
  };
}

export function websiteJsonLd(ctx: JsonLdContext): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: ctx.publication.name,
    url: `${ctx.publicUrl}/`,
    inLanguage: ctx.publication.language,
    publisher: publisherJsonLd(ctx),
  };
}

export function personJsonLd(ctx: JsonLdContext, author: Author, authorPath: string): Record<string, unknown> {
  const sameAs = author.links.map((l) => l.url);
  return {
    '@type': 'Person',
    name: author.name,
    url: `${ctx.publicUrl}${authorPath}`,
    ...(author.roleTitle ? { jobTitle: author.roleTitle } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

export interface ArticleJsonLdInput {
  article: Article;
  section: Section;
  authors: { author: Author; path: string }[];
  tags: string[];
  entries: EditorialEntry[];
  updatedAt: string | undefined;
  /** Absolute URL of the article on this site. */
  url: string;
}

/** The article typed by its section (NewsArticle, OpinionNewsArticle, AnalysisNewsArticle). */
export function articleJsonLd(ctx: JsonLdContext, input: ArticleJsonLdInput): Record<string, unknown> {
  const { article, section } = input;
  const corrections = input.entries.filter((e) => e.kind === 'correction');
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': section.articleType,
    headline: article.title,
    ...(article.dek ? { alternativeHeadline: article.dek } : {}),
    description: article.excerpt,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: article.publishedAt,
    dateModified: input.updatedAt ?? article.publishedAt,
    articleSection: section.name,
    inLanguage: ctx.publication.language,
    isAccessibleForFree: true,
    author: input.authors.map(({ author, path }) => personJsonLd(ctx, author, path)),
    publisher: publisherJsonLd(ctx),
    isPartOf: periodicalJsonLd(ctx),
  };
  if (input.tags.length) data.keywords = input.tags;
  if (article.featuredImage) data.image = absolute(ctx, article.featuredImage.url);
  if (article.syndication) {
    data.isBasedOn = {
      '@type': 'NewsArticle',
      url: article.syndication.originalUrl,
      ...(article.syndication.originalDate ? { datePublished: article.syndication.originalDate } : {}),
      publisher: { '@type': 'NewsMediaOrganization', name: article.syndication.outlet, ...(article.syndication.outletUrl ? { url: article.syndication.outletUrl } : {}) },
    };
    if (article.syndication.licence) data.license = article.syndication.licence;
  }
  if (corrections.length) {
    data.correction = corrections.map((c) => ({
      '@type': 'CorrectionComment',
      datePublished: c.entryDate,
      text: htmlToText(c.bodyHtml),
    }));
  }
  return data;
}

function absolute(ctx: JsonLdContext, url: string): string {
  return /^https?:\/\//.test(url) ? url : `${ctx.publicUrl}${url.startsWith('/') ? '' : '/'}${url}`;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Text of sanitised HTML (our own output), for structured data. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}
