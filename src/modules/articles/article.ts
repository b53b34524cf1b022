// Articles: types and the pure rules about them. Time always comes in as an argument.
import { can, type Role } from '../auth/permissions.ts';

export const articleStatuses = ['draft', 'scheduled', 'published'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const syndicationPolicies = ['canonical', 'noindex', 'attribution'] as const;
/**
 * How a republished article presents itself to search engines:
 * `canonical` points the canonical link at the original, `noindex` asks engines not to
 * index this copy, `attribution` only credits the original in the text.
 */
export type SyndicationPolicy = (typeof syndicationPolicies)[number];

export interface Syndication {
  outlet: string;
  outletUrl: string | null;
  originalUrl: string;
  originalDate: string | null;
  licence: string | null;
  policy: SyndicationPolicy;
}

export interface FeaturedImage {
  url: string;
  alt: string;
}

export interface Article {
  id: number;
  slug: string;
  title: string;
  dek: string;
  sectionId: number;
  bodyMarkdown: string;
  bodyHtml: string;
  excerpt: string;
  status: ArticleStatus;
  publishedAt: string | null;
  revisedAt: string | null;
  featuredImage: FeaturedImage | null;
  syndication: Syndication | null;
  commentsOpen: boolean;
  createdAt: string;
  modifiedAt: string;
}

/** A published article is public; a scheduled one becomes public at its time, with no job needed. */
export function isPubliclyVisible(status: ArticleStatus, publishedAt: string | null, now: string): boolean {
  if (status === 'draft' || publishedAt === null) return false;
  return publishedAt <= now;
}

/**
 * The public "updated" date: the latest of a substantive revision and the editorial entries
 * dated after publication. Minor fixes never move it. Undefined when nothing qualifies.
 */
export function publicUpdatedAt(
  publishedAt: string,
  revisedAt: string | null,
  entryDates: readonly string[],
): string | undefined {
  let latest: string | undefined;
  for (const candidate of [revisedAt, ...entryDates]) {
    if (candidate && candidate > publishedAt && (!latest || candidate > latest)) latest = candidate;
  }
  return latest;
}

export function toArticleStatus(value: string): ArticleStatus {
  return (articleStatuses as readonly string[]).includes(value) ? (value as ArticleStatus) : 'draft';
}

export function toSyndicationPolicy(value: string | null): SyndicationPolicy {
  return (syndicationPolicies as readonly string[]).includes(value ?? '') ? (value as SyndicationPolicy) : 'attribution';
}

export interface ArticleProblem {
  field: 'title' | 'slug' | 'sectionId' | 'authorIds' | 'publishedAt' | 'syndication';
  message: string;
}

export interface ArticleDraft {
  slug: string;
  title: string;
  sectionId: number;
  authorIds: number[];
  status: ArticleStatus;
  publishedAt: string | null;
  syndication: Syndication | null;
}

/** Checks the fields every saved article needs; returns all problems at once. */
export function checkArticleDraft(draft: ArticleDraft): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  if (draft.title.trim() === '') problems.push({ field: 'title', message: 'A headline is required.' });
  if (draft.slug === '') {
    // Made from the headline when left empty: an empty headline is reported once, at the headline.
    if (draft.title.trim() !== '') problems.push({ field: 'slug', message: 'Give a slug: the headline has no letters or digits to make one from.' });
  } else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(draft.slug) || draft.slug.length > 120) {
    problems.push({ field: 'slug', message: 'Use lower-case letters, digits and single hyphens (at most 120).' });
  }
  if (!Number.isInteger(draft.sectionId) || draft.sectionId <= 0) problems.push({ field: 'sectionId', message: 'Choose a section.' });
  if (draft.status !== 'draft' && draft.authorIds.length === 0) {
    problems.push({ field: 'authorIds', message: 'A published article needs at least one author.' });
  }
  if (new Set(draft.authorIds).size !== draft.authorIds.length) {
    problems.push({ field: 'authorIds', message: 'An author appears twice in the byline.' });
  }
  if (draft.status !== 'draft' && (!draft.publishedAt || Number.isNaN(Date.parse(draft.publishedAt)))) {
    problems.push({ field: 'publishedAt', message: 'A published or scheduled article needs a publication time.' });
  }
  if (draft.syndication) {
    if (draft.syndication.outlet.trim() === '') problems.push({ field: 'syndication', message: 'Name the original outlet.' });
    if (!/^https?:\/\/\S+$/.test(draft.syndication.originalUrl)) {
      problems.push({ field: 'syndication', message: 'The original URL must start with http:// or https://.' });
    }
  }
  return problems;
}

// --- who may do what with an article (the roles come from the permission table) ---

export interface ArticleActor {
  userId: number;
  role: Role;
  /** The byline author the account writes as. */
  authorId: number | null;
}

/** Own work: the actor wrote it (is on the byline) or created it. */
export function isOwnArticle(actor: ArticleActor, article: { createdBy: number | null; authorIds: number[] }): boolean {
  return article.createdBy === actor.userId || (actor.authorId !== null && article.authorIds.includes(actor.authorId));
}

/** Editors handle every article; authors their own; contributors only their own drafts. */
export function mayEditArticle(actor: ArticleActor, article: { status: ArticleStatus; createdBy: number | null; authorIds: number[] }): boolean {
  if (can(actor.role, 'article.editAny')) return true;
  if (!can(actor.role, 'article.write') || !isOwnArticle(actor, article)) return false;
  return article.status === 'draft' || can(actor.role, 'article.publishOwn');
}

/** Publishing or scheduling: editors for all, authors for their own, never contributors. */
export function mayPublishArticle(actor: ArticleActor, own: boolean): boolean {
  return can(actor.role, 'article.editAny') || (own && can(actor.role, 'article.publishOwn'));
}
