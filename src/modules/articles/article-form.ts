// The article editor's form: what the editor typed (kept verbatim for re-display) and its
// translation into an ArticleInput, with a message for each field that cannot be read.
import { slugify } from '../../core/slug.ts';
import { utcToZonedLocal, zonedLocalToUtc } from '../../core/time-zone.ts';
import { field, fields, type FormBody } from '../../http/form.ts';
import { syndicationPolicies, type ArticleProblem, type SyndicationPolicy } from './article.ts';
import type { ArticleInput, EditableArticle } from './article.service.ts';
import type { ChangeKind } from './revision.repository.ts';

export const BYLINE_SLOTS = 4;

export type PublishMode = 'draft' | 'publish' | 'schedule';

export interface ArticleFormValues {
  title: string;
  slug: string;
  dek: string;
  sectionId: string;
  /** One entry per byline slot, '' for an empty slot. */
  authorIds: string[];
  tags: string;
  body: string;
  excerpt: string;
  imageUrl: string;
  imageAlt: string;
  synOutlet: string;
  synOutletUrl: string;
  synUrl: string;
  synDate: string;
  synLicence: string;
  synPolicy: string;
  mode: PublishMode;
  /** datetime-local in the publication's time zone. */
  scheduleAt: string;
  commentsOpen: boolean;
  change: ChangeKind;
  lockVersion: string;
}

export type FieldErrors = Partial<Record<keyof ArticleFormValues | 'authors', string>>;

export function emptyFormValues(defaults: { sectionId?: number; authorId?: number | null }): ArticleFormValues {
  return {
    title: '', slug: '', dek: '', sectionId: defaults.sectionId ? String(defaults.sectionId) : '',
    authorIds: padSlots(defaults.authorId ? [String(defaults.authorId)] : []),
    tags: '', body: '', excerpt: '', imageUrl: '', imageAlt: '',
    synOutlet: '', synOutletUrl: '', synUrl: '', synDate: '', synLicence: '', synPolicy: 'canonical',
    mode: 'draft', scheduleAt: '', commentsOpen: true, change: 'substantive', lockVersion: '0',
  };
}

function padSlots(ids: string[]): string[] {
  return [...ids, ...Array(Math.max(0, BYLINE_SLOTS - ids.length)).fill('')].slice(0, Math.max(BYLINE_SLOTS, ids.length));
}

export function formValuesFromArticle(editable: EditableArticle, timeZone: string, now: string): ArticleFormValues {
  const { article } = editable;
  const scheduled = article.status === 'scheduled' && article.publishedAt !== null && article.publishedAt > now;
  return {
    title: article.title,
    slug: article.slug,
    dek: article.dek,
    sectionId: String(article.sectionId),
    authorIds: padSlots(editable.authorIds.map(String)),
    tags: editable.tagNames.join(', '),
    body: article.bodyMarkdown,
    excerpt: article.excerpt,
    imageUrl: article.featuredImage?.url ?? '',
    imageAlt: article.featuredImage?.alt ?? '',
    synOutlet: article.syndication?.outlet ?? '',
    synOutletUrl: article.syndication?.outletUrl ?? '',
    synUrl: article.syndication?.originalUrl ?? '',
    synDate: article.syndication?.originalDate ? utcToZonedLocal(article.syndication.originalDate, timeZone) : '',
    synLicence: article.syndication?.licence ?? '',
    synPolicy: article.syndication?.policy ?? 'canonical',
    mode: article.status === 'draft' ? 'draft' : scheduled ? 'schedule' : 'publish',
    scheduleAt: article.publishedAt ? utcToZonedLocal(article.publishedAt, timeZone) : '',
    commentsOpen: article.commentsOpen,
    change: 'substantive',
    lockVersion: String(editable.lockVersion),
  };
}

export function formValuesFromBody(form: FormBody): ArticleFormValues {
  const mode = field(form, 'mode');
  const change = field(form, 'change');
  return {
    title: field(form, 'title'),
    slug: field(form, 'slug'),
    dek: field(form, 'dek'),
    sectionId: field(form, 'sectionId'),
    authorIds: padSlots(fields(form, 'authorIds')),
    tags: field(form, 'tags'),
    body: field(form, 'body'),
    excerpt: field(form, 'excerpt'),
    imageUrl: field(form, 'imageUrl'),
    imageAlt: field(form, 'imageAlt'),
    synOutlet: field(form, 'synOutlet'),
    synOutletUrl: field(form, 'synOutletUrl'),
    synUrl: field(form, 'synUrl'),
    synDate: field(form, 'synDate'),
    synLicence: field(form, 'synLicence'),
    synPolicy: field(form, 'synPolicy'),
    mode: mode === 'publish' || mode === 'schedule' ? mode : 'draft',
    scheduleAt: field(form, 'scheduleAt'),
    commentsOpen: field(form, 'commentsOpen') !== '',
    change: change === 'minor' ? 'minor' : 'substantive',
    lockVersion: field(form, 'lockVersion'),
  };
}

/** Title, body and excerpt caps: generous, and never silently truncated. */
export const LIMITS = { title: 300, dek: 600, body: 200_000, excerpt: 1_000, tags: 1_000, url: 2_000 } as const;

/**
 * Reads the form into an ArticleInput. `publishedAt` is the article's existing publication
 * time, kept when an already published article is saved again.
 */
export function inputFromFormValues(
  values: ArticleFormValues,
  context: { timeZone: string; now: string; publishedAt: string | null },
): { input: ArticleInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const tooLong = (name: keyof typeof LIMITS & keyof ArticleFormValues, label: string) => {
    const value = values[name] as string;
    if (value.length > LIMITS[name]) errors[name] = `${label} is ${value.length} characters long; the limit is ${LIMITS[name]}.`;
  };
  tooLong('title', 'The headline');
  tooLong('dek', 'The standfirst');
  tooLong('body', 'The body');
  tooLong('excerpt', 'The excerpt');
  tooLong('tags', 'The tag list');

  const authorIds = values.authorIds.filter((v) => v !== '').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  let status: ArticleInput['status'] = 'draft';
  let publishedAt: string | null = null;
  if (values.mode === 'publish') {
    status = 'published';
    publishedAt = context.publishedAt && context.publishedAt <= context.now ? context.publishedAt : context.now;
  } else if (values.mode === 'schedule') {
    const at = zonedLocalToUtc(values.scheduleAt, context.timeZone);
    if (!at) errors.scheduleAt = 'Give the date and time of publication.';
    else {
      // A time already past publishes at once, backdated (as for imported articles).
      status = at > context.now ? 'scheduled' : 'published';
      publishedAt = at;
    }
  }

  let syndication: ArticleInput['syndication'] = null;
  if (values.synOutlet.trim() || values.synUrl.trim()) {
    const policy = (syndicationPolicies as readonly string[]).includes(values.synPolicy) ? (values.synPolicy as SyndicationPolicy) : 'attribution';
    const originalDate = values.synDate.trim() ? zonedLocalToUtc(values.synDate, context.timeZone) : null;
    if (values.synDate.trim() && !originalDate) errors.synDate = 'Give the original date and time, or leave it empty.';
    if (values.synOutletUrl.trim() && !/^https?:\/\/\S+$/.test(values.synOutletUrl.trim())) errors.synOutletUrl = 'The outlet’s address must start with http:// or https://.';
    syndication = {
      outlet: values.synOutlet.trim(),
      outletUrl: values.synOutletUrl.trim() || null,
      originalUrl: values.synUrl.trim(),
      originalDate: originalDate ?? null,
      licence: values.synLicence.trim() || null,
      policy,
    };
  }
  if (values.imageUrl.trim() && !/^(https?:\/\/|\/media\/)\S+$/.test(values.imageUrl.trim())) {
    errors.imageUrl = 'Upload an image, or give an address starting with https://.';
  }
  if (values.imageUrl.trim() && !values.imageAlt.trim()) errors.imageAlt = 'Describe the image for readers who cannot see it.';

  const input: ArticleInput = {
    slug: values.slug.trim() || slugify(values.title),
    title: values.title,
    dek: values.dek,
    sectionId: Number(values.sectionId) || 0,
    authorIds,
    tagNames: values.tags.split(',').map((t) => t.trim()).filter(Boolean),
    bodyMarkdown: values.body,
    excerpt: values.excerpt,
    status,
    publishedAt,
    featuredImage: values.imageUrl.trim() ? { url: values.imageUrl.trim(), alt: values.imageAlt.trim() } : null,
    syndication,
    commentsOpen: values.commentsOpen,
  };
  return { input, errors };
}

/** Puts the service's validation problems next to the form's fields. */
export function problemsToFieldErrors(problems: ArticleProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    const key: keyof FieldErrors =
      problem.field === 'sectionId' ? 'sectionId'
      : problem.field === 'authorIds' ? 'authors'
      : problem.field === 'publishedAt' ? 'scheduleAt'
      : problem.field === 'syndication' ? 'synUrl'
      : problem.field;
    errors[key] = errors[key] ? `${errors[key]} ${problem.message}` : problem.message;
  }
  return errors;
}
