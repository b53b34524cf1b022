// The reader's side of comments over HTTP: the form's state on an article page, posting
// (POST-redirect-GET, or the article again with the reader's text and a message at each
// field), the reader's own held comments, and reply-notification unsubscribes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import type { Signer } from '../../core/signing.ts';
import type { Schema } from '../../db/schema.ts';
import type { CookiePolicy } from '../../http/cookies.ts';
import { anonymousCsrfOk, anonymousCsrfToken, type Csrf } from '../../http/csrf.ts';
import { asForm, field, parseId } from '../../http/form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { DiscussionSettingsRepository } from '../moderation/discussion-settings.repository.ts';
import { PrivacyView } from '../moderation/privacy.pages.tsx';
import type { PublicComment } from './comment.ts';
import { CommentForm, type CommentFieldErrors, type CommentFormValues } from './comment.pages.tsx';
import { ArticleNotOpenError, type CommentService } from './comment.service.ts';

const HELD_COOKIE = 'mh_held';
const COMMENTER_COOKIE = 'mh_commenter';
const YEAR_SECONDS = 365 * 24 * 3600;

export interface FormOverride {
  values?: CommentFormValues;
  errors?: CommentFieldErrors;
  notice?: { kind: 'success' | 'error' | 'info'; text: string };
  replyTo?: number;
}

export interface CommentSection {
  form: JSX.Element;
  held: PublicComment[];
  depth: number;
  open: boolean;
}

export interface CommentHttpDeps {
  db: Kysely<Schema>;
  clock: Clock;
  signer: Signer;
  csrf: Csrf;
  cookies: CookiePolicy;
  publicUrl: string;
  service: CommentService;
}

/** Builds what an article page needs of the comment section for this reader. */
export class CommentSectionBuilder {
  constructor(private readonly deps: CommentHttpDeps) {}

  async build(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: PageContext,
    article: { id: number; slug: string; commentsOpen: boolean; publishedAt: string },
    override: FormOverride = {},
  ): Promise<CommentSection> {
    const settings = await new DiscussionSettingsRepository(this.deps.db).getSettings();
    const closedByAge = settings.closeAfterDays > 0 && Date.parse(ctx.now) - Date.parse(article.publishedAt) > settings.closeAfterDays * 86_400_000;
    const open = settings.commentsEnabled && article.commentsOpen && !closedByAge;
    const query = request.query as Record<string, string | undefined>;
    const replyId = override.replyTo ?? parseId(query.replytocom);
    const replyTarget = replyId
      ? await this.deps.db.selectFrom('comments').select(['id', 'author_name']).where('id', '=', replyId).where('article_id', '=', article.id).where('status', '=', 'approved').executeTakeFirst()
      : undefined;
    const held = await this.heldComments(request, article.id);
    const notice =
      override.notice ??
      (query.held !== undefined ? { kind: 'info' as const, text: ctx.t('comments.heldNotice') } : query.posted !== undefined ? { kind: 'success' as const, text: ctx.t('comments.postedNotice') } : undefined);
    const form = CommentForm({
      ctx,
      articleId: article.id,
      articleSlug: article.slug,
      open,
      csrfToken: anonymousCsrfToken(request, reply, this.deps.csrf, this.deps.cookies.csrf, this.deps.cookies.options),
      stamp: this.deps.signer.sign('form-time', String(this.deps.clock.now().getTime())),
      values: override.values ?? this.remembered(request),
      errors: override.errors ?? {},
      replyTo: replyTarget ? { id: replyTarget.id, name: replyTarget.author_name } : undefined,
      notice,
    });
    return { form, held, depth: settings.threadDepth, open };
  }

  /** Name, email and website from the remember-me cookie, if the reader ticked the box once. */
  remembered(request: FastifyRequest): CommentFormValues {
    const empty = { comment: '', author: '', email: '', url: '', remember: false, notify: false };
    const raw = request.cookies[COMMENTER_COOKIE];
    if (!raw) return empty;
    try {
      const stored = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Record<'author' | 'email' | 'url', string>>;
      return { ...empty, author: String(stored.author ?? ''), email: String(stored.email ?? ''), url: String(stored.url ?? ''), remember: true };
    } catch {
      return empty;
    }
  }

  /** The reader's own comments awaiting moderation on this article, from the signed cookie. */
  private async heldComments(request: FastifyRequest, articleId: number): Promise<PublicComment[]> {
    const ids = heldIdsFrom(this.deps.signer, request.cookies[HELD_COOKIE]);
    if (ids.length === 0) return [];
    const rows = await this.deps.db
      .selectFrom('comments')
      .select(['id', 'parent_id', 'author_name', 'author_url', 'body', 'created_at'])
      .where('id', 'in', ids)
      .where('article_id', '=', articleId)
      .where('status', '=', 'pending')
      .execute();
    return rows.map((r) => ({ id: r.id, parentId: r.parent_id, authorName: r.author_name, authorUrl: r.author_url, body: r.body, createdAt: r.created_at }));
  }
}

function heldIdsFrom(signer: Signer, cookie: string | undefined): number[] {
  const value = signer.verify('held', cookie);
  if (!value) return [];
  return value.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0).slice(-20);
}

export type RenderArticle = (request: FastifyRequest, reply: FastifyReply, slug: string, override: FormOverride, status: number) => Promise<FastifyReply>;

export function registerCommentRoutes(app: FastifyInstance, deps: CommentHttpDeps & { renderArticle: RenderArticle; t: () => Promise<PageContext> }): void {
  const publicOrigin = new URL(deps.publicUrl).origin;
  const https = deps.publicUrl.startsWith('https:');

  app.post('/comments', async (request, reply) => {
    const form = asForm(request.body);
    const articleId = parseId(field(form, 'comment_post_ID'));
    if (articleId === undefined) throw new AppError('BAD_REQUEST', { reason: 'no article id' });
    const article = await deps.db.selectFrom('articles').select(['slug']).where('id', '=', articleId).executeTakeFirst();
    if (!article) throw new AppError('ARTICLE_NOT_FOUND', { articleId });
    const ctx = await deps.t();
    const values: CommentFormValues = {
      comment: field(form, 'comment'),
      author: field(form, 'author'),
      email: field(form, 'email'),
      url: field(form, 'url'),
      remember: field(form, 'wp-comment-cookies-consent') !== '',
      notify: field(form, 'subscribe_replies') !== '',
    };
    const parentId = parseId(field(form, 'comment_parent')) ?? null;
    const again = (status: number, override: FormOverride) => deps.renderArticle(request, reply, article.slug, { values, replyTo: parentId ?? undefined, ...override }, status);

    if (!anonymousCsrfOk(request, deps.csrf, deps.cookies.csrf, publicOrigin)) {
      return again(403, { notice: { kind: 'error', text: ctx.t('comments.expiredNotice') } });
    }
    const stamp = deps.signer.verify('form-time', field(form, 'form_stamp'));
    const fillSeconds = stamp && /^\d{13}$/.test(stamp) ? (deps.clock.now().getTime() - Number(stamp)) / 1000 : undefined;
    let result;
    try {
      result = await deps.service.submitComment({
        articleId,
        parentId,
        author: values.author,
        email: values.email,
        url: values.url,
        comment: values.comment,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
        honeypot: field(form, 'hp_url'),
        fillSeconds: fillSeconds !== undefined && fillSeconds >= 0 ? fillSeconds : undefined,
        notifyReplies: values.notify,
      }, { language: ctx.publication.language, publicationName: ctx.publication.name });
    } catch (error) {
      if (error instanceof ArticleNotOpenError) throw new AppError('ARTICLE_NOT_FOUND', { articleId });
      throw error;
    }
    if (result.kind === 'refused') {
      const refusal = result.refusal;
      if (refusal.refused === 'invalid') return again(400, { errors: refusal.fields, notice: { kind: 'error', text: ctx.t('comments.invalidNotice') } });
      if (refusal.refused === 'flood') {
        reply.header('Retry-After', '15');
        return again(429, { notice: { kind: 'error', text: ctx.t('comments.floodNotice') } });
      }
      if (refusal.refused === 'duplicate') return again(409, { notice: { kind: 'error', text: ctx.t('comments.duplicateNotice') } });
      return again(403, { notice: { kind: 'error', text: ctx.t('comments.closed') } });
    }

    // Remember-me: a cookie only when the box is ticked; unticking forgets.
    if (values.remember) {
      const remembered = Buffer.from(JSON.stringify({ author: values.author.trim(), email: values.email.trim(), url: values.url.trim() })).toString('base64url');
      reply.setCookie(COMMENTER_COOKIE, remembered, { path: '/', httpOnly: true, sameSite: 'lax', secure: https, maxAge: YEAR_SECONDS });
    } else if (request.cookies[COMMENTER_COOKIE]) {
      reply.clearCookie(COMMENTER_COOKIE, { path: '/' });
    }
    const base = `/articles/${encodeURIComponent(result.articleSlug)}`;
    if (result.status === 'approved') return reply.redirect(`${base}?posted=1#comment-${result.commentId}`, 303);
    if (result.status === 'pending' && result.commentId !== null) {
      const ids = [...heldIdsFrom(deps.signer, request.cookies[HELD_COOKIE]), result.commentId].slice(-20);
      reply.setCookie(HELD_COOKIE, deps.signer.sign('held', ids.join(',')), { path: '/', httpOnly: true, sameSite: 'lax', secure: https, maxAge: 30 * 24 * 3600 });
      return reply.redirect(`${base}?held=1#comment-${result.commentId}`, 303);
    }
    // Spam, trash and discarded comments get the ordinary held answer and are not shown.
    return reply.redirect(`${base}?held=1#respond`, 303);
  });

  app.get('/privacy', async (_request, reply) => {
    const ctx = await deps.t();
    const settings = await new DiscussionSettingsRepository(deps.db).getSettings();
    return reply.type('text/html; charset=utf-8').send(PrivacyView({ ctx, settings }));
  });

  app.get<{ Querystring: { c?: string; s?: string } }>('/comments/unsubscribe', async (request, reply) => {
    const ctx = await deps.t();
    const id = parseId(request.query.c);
    const valid = id !== undefined && deps.signer.verify('unsubscribe', `${id}.${request.query.s ?? ''}`) === String(id);
    if (valid) await deps.db.updateTable('comments').set({ notify_replies: 0 }).where('id', '=', id!).execute();
    return reply
      .code(valid ? 200 : 400)
      .type('text/plain; charset=utf-8')
      .send(valid ? ctx.t('comments.unsubscribed') : ctx.t('comments.unsubscribeInvalid'));
  });
}

/** The one-click unsubscribe address for reply notifications of a comment. */
export function unsubscribeUrl(signer: Signer, publicUrl: string, commentId: number): string {
  const signed = signer.sign('unsubscribe', String(commentId));
  const signature = signed.slice(signed.lastIndexOf('.') + 1);
  return `${publicUrl}/comments/unsubscribe?c=${commentId}&s=${signature}`;
}
