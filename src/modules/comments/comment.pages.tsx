// The comment section under an article: approved comments, threaded, then the form.
import { formatDateTime, plural } from '../../core/i18n/i18n.ts';
import { Initials } from '../../http/components.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { initialsOf } from '../authors/author.ts';
import { buildThread, type CommentNode, type PublicComment } from './comment.ts';
import { renderCommentText, safeWebsite } from './comment-text.ts';

/** Reply depth shown; a setting once discussion settings exist (WordPress's default is 5). */
export const THREAD_DEPTH = 5;

export function CommentsSection(props: {
  ctx: PageContext;
  comments: PublicComment[];
  count: number;
  form: JSX.Element;
}): JSX.Element {
  const { ctx } = props;
  const thread = buildThread(props.comments, THREAD_DEPTH);
  return (
    <section class="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" class="rule-heading" safe>
        {plural(ctx.t, ctx.locale.language, 'comments.heading', props.count)}
      </h2>
      {thread.length === 0 ? (
        <p class="comments__none" safe>{ctx.t('comments.none')}</p>
      ) : (
        <ol class="comment-list">{thread.map((node) => <CommentItem ctx={ctx} node={node} />)}</ol>
      )}
      {props.form as 'safe'}
    </section>
  );
}

function CommentItem(props: { ctx: PageContext; node: CommentNode }): JSX.Element {
  const { ctx, node } = props;
  const { comment } = node;
  const website = safeWebsite(comment.authorUrl);
  const safeBody = renderCommentText(comment.body);
  return (
    <li class={`comment comment--depth-${node.depth}`} id={`comment-${comment.id}`}>
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
        <div class="comment__body">{safeBody}</div>
      </article>
      {node.replies.length ? (
        <ol class="comment-replies">{node.replies.map((reply) => <CommentItem ctx={ctx} node={reply} />)}</ol>
      ) : (
        ''
      )}
    </li>
  );
}

/** Where the comment form goes; the form itself arrives with the comments issue. */
export function CommentFormPlaceholder(props: { ctx: PageContext; open: boolean }): JSX.Element {
  const { ctx } = props;
  return (
    <div class="respond" id="respond">
      <h3 class="respond__heading" safe>{ctx.t('comments.respond')}</h3>
      <p class="respond__note" safe>{props.open ? ctx.t('comments.formComing') : ctx.t('comments.closed')}</p>
    </div>
  );
}
