// The comment section under an article: approved comments, threaded, then the form.
import { formatDateTime, plural } from '../../core/i18n/i18n.ts';
import { Initials } from '../../http/components.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { initialsOf } from '../authors/author.ts';
import { buildThread, type CommentNode, type PublicComment } from './comment.ts';
import { renderCommentText, safeWebsite } from './comment-text.ts';

export function CommentsSection(props: {
  ctx: PageContext;
  comments: PublicComment[];
  /** The reader's own comments still awaiting moderation (from their signed cookie). */
  held?: PublicComment[];
  count: number;
  form: JSX.Element;
  articleSlug: string;
  depth: number;
  open: boolean;
}): JSX.Element {
  const { ctx } = props;
  const heldIds = new Set((props.held ?? []).map((c) => c.id));
  const thread = buildThread([...props.comments, ...(props.held ?? [])], props.depth);
  const item = (node: CommentNode) => CommentItem({ ctx, node, heldIds, articleSlug: props.articleSlug, depth: props.depth, open: props.open });
  return (
    <section class="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" class="rule-heading" safe>
        {plural(ctx.t, ctx.locale.language, 'comments.heading', props.count)}
      </h2>
      {thread.length === 0 ? (
        <p class="comments__none" safe>{ctx.t('comments.none')}</p>
      ) : (
        <ol class="comment-list">{thread.map(item)}</ol>
      )}
      {props.form as 'safe'}
    </section>
  );
}

function CommentItem(props: { ctx: PageContext; node: CommentNode; heldIds: Set<number>; articleSlug: string; depth: number; open: boolean }): JSX.Element {
  const { ctx, node } = props;
  const held = props.heldIds.has(node.comment.id);
  const { comment } = node;
  const website = safeWebsite(comment.authorUrl);
  const safeBody = renderCommentText(comment.body);
  return (
    <li class={`comment comment--depth-${node.depth}${held ? ' comment--held' : ''}`} id={`comment-${comment.id}`}>
      <article class="comment__card" aria-labelledby={`comment-${comment.id}-author`}>
        <header class="comment__header">
          <Initials name={comment.authorName} initials={initialsOf(comment.authorName)} size="small" />
          <p class="comment__author" id={`comment-${comment.id}-author`}>
            {website ? (
              <a href={website} rel="nofollow ugc noopener" class="comment__author-link" safe>
                {comment.authorName}
              </a>
            ) : (
              <span safe>{comment.authorName}</span>
            )}
          </p>
          <a class="comment__permalink" href={`#comment-${comment.id}`}>
            <time datetime={comment.createdAt} safe>
              {formatDateTime(comment.createdAt, ctx.locale)}
            </time>
          </a>
        </header>
        {held ? (
          <p class="comment__awaiting" safe>
            {ctx.t('comments.awaiting')}
          </p>
        ) : (
          ''
        )}
        <div class="comment__body">{safeBody}</div>
        {!held && props.open && node.depth < props.depth ? (
          <p class="comment__reply">
            <a
              rel="nofollow"
              class="comment-reply-link"
              href={`/articles/${props.articleSlug}?replytocom=${comment.id}#respond`}
              data-commentid={String(comment.id)}
              data-replyto={ctx.t('comments.replyTo', { name: comment.authorName })}
              aria-label={ctx.t('comments.replyToLabel', { name: comment.authorName })}
              safe
            >
              {ctx.t('comments.reply')}
            </a>
          </p>
        ) : (
          ''
        )}
      </article>
      {node.replies.length ? (
        <ol class="comment-replies">{node.replies.map((reply) => CommentItem({ ...props, node: reply }))}</ol>
      ) : (
        ''
      )}
    </li>
  );
}

export interface CommentFormValues {
  comment: string;
  author: string;
  email: string;
  url: string;
  remember: boolean;
  notify: boolean;
}

export type CommentFieldErrors = Partial<Record<'comment' | 'author' | 'email' | 'url', string>>;

export interface CommentFormProps {
  ctx: PageContext;
  articleId: number;
  articleSlug: string;
  open: boolean;
  csrfToken: string;
  /** Signed time the form was served, for the fill-time check. */
  stamp: string;
  values: CommentFormValues;
  errors: CommentFieldErrors;
  replyTo?: { id: number; name: string };
  notice?: { kind: 'success' | 'error' | 'info'; text: string };
}

/** The WordPress-shaped comment form: field names comment, author, email, url, comment_parent. */
export function CommentForm(props: CommentFormProps): JSX.Element {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  const firstError = (['comment', 'author', 'email', 'url'] as const).find((name) => errors[name]);
  const field = (name: 'author' | 'email' | 'url', type: string, autocomplete: string, required: boolean) => (
    <p class={`comment-form__field comment-form__${name}${errors[name] ? ' is-invalid' : ''}`}>
      <label for={name} safe>
        {`${t(`comments.field.${name}`)}${required ? ' *' : ''}`}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        value={values[name]}
        size="30"
        maxlength={name === 'author' ? '245' : name === 'email' ? '100' : '200'}
        autocomplete={autocomplete}
        required={required}
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        autofocus={firstError === name}
      />
      {errors[name] ? <span class="comment-form__error" id={`${name}-error`} safe>{errors[name]!}</span> : ''}
    </p>
  );
  return (
    <div class="respond" id="respond">
      <h3 class="respond__heading" id="reply-title">
        <span safe>{props.replyTo ? t('comments.replyTo', { name: props.replyTo.name }) : t('comments.respond')}</span>
        {props.replyTo ? (
          <small>
            {' '}
            <a rel="nofollow" id="cancel-comment-reply-link" href={`/articles/${props.articleSlug}#respond`} safe>
              {t('comments.cancelReply')}
            </a>
          </small>
        ) : (
          ''
        )}
      </h3>
      {props.notice ? (
        <p class={`respond__notice respond__notice--${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'} safe>
          {props.notice.text}
        </p>
      ) : (
        ''
      )}
      {!props.open ? (
        <p class="respond__note" safe>
          {t('comments.closed')}
        </p>
      ) : (
        <form action="/comments" method="post" id="commentform" class="comment-form" novalidate>
          <p class="comment-notes">
            <span id="email-notes" safe>
              {t('comments.emailNotPublished')}
            </span>{' '}
            <span class="required-field-message" safe>
              {t('comments.requiredMarked')}
            </span>
          </p>
          <p class={`comment-form__field comment-form__comment${errors.comment ? ' is-invalid' : ''}`}>
            <label for="comment" safe>
              {`${t('comments.field.comment')} *`}
            </label>
            <textarea
              id="comment"
              name="comment"
              cols="45"
              rows="8"
              maxlength="65525"
              required
              aria-invalid={errors.comment ? 'true' : undefined}
              aria-describedby={errors.comment ? 'comment-error' : undefined}
              autofocus={firstError === 'comment'}
              safe
            >
              {`\n${values.comment}`}
            </textarea>
            {errors.comment ? <span class="comment-form__error" id="comment-error" safe>{errors.comment}</span> : ''}
          </p>
          {field('author', 'text', 'name', true)}
          {field('email', 'email', 'email', true)}
          {field('url', 'url', 'url', false)}
          <p class="comment-form__trap" aria-hidden="true">
            <label for="hp_url" safe>
              {t('comments.field.honeypot')}
            </label>
            <input id="hp_url" name="hp_url" type="text" value="" tabindex="-1" autocomplete="off" />
          </p>
          <p class="comment-form__check">
            <input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" checked={values.remember} />
            <label for="wp-comment-cookies-consent" safe>
              {t('comments.remember')}
            </label>
          </p>
          <p class="comment-form__check">
            <input id="subscribe-replies" name="subscribe_replies" type="checkbox" value="yes" checked={values.notify} />
            <label for="subscribe-replies" safe>
              {t('comments.notify')}
            </label>
          </p>
          <p class="form-submit">
            <button type="submit" id="submit" class="comment-form__submit" safe>
              {t('comments.submit')}
            </button>
            <input type="hidden" name="comment_post_ID" value={String(props.articleId)} id="comment_post_ID" />
            <input type="hidden" name="comment_parent" id="comment_parent" value={String(props.replyTo?.id ?? 0)} />
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <input type="hidden" name="form_stamp" value={props.stamp} />
          </p>
          <p class="comment-form__spam-notice">
            <span safe>{t('comments.spamNotice')}</span>{' '}
            <a href="/privacy" safe>
              {t('comments.privacyLink')}
            </a>
          </p>
        </form>
      )}
    </div>
  );
}
