// The moderation desk: queues by status, bulk actions, one comment with its history, and the
// discussion settings. Everything a commenter wrote is escaped here exactly as on public pages.
import { formatDateTime } from '../../core/i18n/i18n.ts';
import type { Paged } from '../../core/pagination.ts';
import { CsrfField, DeskLayout, Field, type DeskContext, type Notice } from '../admin/admin.layout.tsx';
import { Pagination } from '../admin/desk.components.tsx';
import type { CommentStatus } from '../comments/comment.ts';
import { renderCommentText } from '../comments/comment-text.ts';
import type { DiscussionSettings } from './discussion-settings.ts';
import { actionLabels, type ModerationAction } from './moderation.service.ts';
import type { CommentEvent, QueueFilter, QueueItem } from './moderation.queries.ts';

const when = (iso: string, timeZone: string) => formatDateTime(iso, { language: 'en-GB', timeZone });
const statusLabels: Record<CommentStatus, string> = { pending: 'Pending', approved: 'Approved', spam: 'Spam', trash: 'Trash' };
const actionsFor: Record<CommentStatus, ModerationAction[]> = {
  pending: ['approve', 'spam', 'trash'],
  approved: ['unapprove', 'spam', 'trash'],
  spam: ['restore', 'approve', 'trash'],
  trash: ['restore', 'spam'],
};

export function QueueView(props: {
  desk: DeskContext;
  paged: Paged<QueueItem>;
  counts: Record<CommentStatus, number>;
  filter: QueueFilter;
  query: string;
  timeZone: string;
  notice?: Notice;
}): JSX.Element {
  const { desk, paged, filter } = props;
  const current = filter.status ?? 'pending';
  const tab = (status: CommentStatus) => (
    <li>
      <a href={`/admin/comments?status=${status}`} aria-current={current === status ? 'page' : undefined} safe>
        {`${statusLabels[status]} (${props.counts[status]})`}
      </a>
    </li>
  );
  return (
    <DeskLayout desk={desk} title="Comments" active="comments" notice={props.notice} actions={<a class="button" href="/admin/discussion">Discussion settings</a>}>
      <nav aria-label="Comment queues">
        <ul class="tabs">
          {tab('pending')}
          {tab('approved')}
          {tab('spam')}
          {tab('trash')}
        </ul>
      </nav>
      <form method="get" action="/admin/comments" class="filters" role="search" aria-label="Filter comments">
        <input type="hidden" name="status" value={current} />
        <div class="field">
          <label for="filter-q">Text, name, email or address</label>
          <input id="filter-q" type="search" name="q" value={filter.q ?? ''} />
        </div>
        <div class="field">
          <label for="filter-article">Article number</label>
          <input id="filter-article" type="text" inputmode="numeric" name="article" value={filter.articleId ? String(filter.articleId) : ''} />
        </div>
        <button type="submit" class="button">
          Filter
        </button>
      </form>
      {paged.items.length === 0 ? (
        <p class="muted">No comments here.</p>
      ) : (
        <form method="post" action="/admin/comments/bulk" class="queue">
          <CsrfField token={desk.csrfToken} />
          <div class="queue__bulk">
            <label for="bulk-action">With the selected comments:</label>
            <select id="bulk-action" name="action" class="input">
              {actionsFor[current].map((action) => (
                <option value={action} safe>
                  {actionLabels[action]}
                </option>
              ))}
            </select>
            <button type="submit" class="button">
              Apply
            </button>
          </div>
          <ol class="queue__list">
            {paged.items.map((item) => {
              const safeBody = renderCommentText(item.body);
              return (
                <li class={`queue-item queue-item--${item.status}`}>
                  <div class="queue-item__select">
                    <input type="checkbox" name="ids" value={String(item.id)} id={`select-${item.id}`} />
                    <label for={`select-${item.id}`} class="visually-hidden" safe>{`Select the comment by ${item.authorName}`}</label>
                  </div>
                  <div class="queue-item__who">
                    <p class="queue-item__name" safe>
                      {item.staff ? `${item.authorName} (staff)` : item.authorName}
                    </p>
                    <p class="muted" safe>{item.authorEmail}</p>
                    {item.authorUrl ? <p class="muted queue-item__url" safe>{item.authorUrl}</p> : ''}
                    {item.authorIp ? <p class="muted" safe>{item.authorIp}</p> : ''}
                  </div>
                  <div class="queue-item__what">
                    <p class="muted">
                      <span safe>{when(item.createdAt, props.timeZone)}</span>
                      {' · on '}
                      <a href={`/articles/${item.article.slug}`} safe>
                        {item.article.title}
                      </a>
                      {item.parentId ? <span safe>{` · reply to #${item.parentId}`}</span> : ''}
                    </p>
                    <div class="queue-item__body">{safeBody}</div>
                    {item.reasons.length ? <p class="queue-item__reasons" safe>{`Why: ${item.reasons.join(' ')}`}</p> : ''}
                    <div class="button-row">
                      {actionsFor[item.status].map((action) => (
                        <button type="submit" class="button button--small" formaction={`/admin/comments/${item.id}/${action}`} safe>
                          {actionLabels[action]}
                        </button>
                      ))}
                      <a class="button button--small" href={`/admin/comments/${item.id}`}>
                        Edit, reply, history
                      </a>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        </form>
      )}
      <Pagination basePath="/admin/comments" query={props.query} page={paged.page} pageCount={paged.pageCount} />
    </DeskLayout>
  );
}

export interface CommentEditValues {
  author: string;
  email: string;
  url: string;
  comment: string;
}

export function CommentDetailView(props: {
  desk: DeskContext;
  item: QueueItem;
  events: CommentEvent[];
  values: CommentEditValues;
  errors: Partial<Record<keyof CommentEditValues, string>>;
  timeZone: string;
  notice?: Notice;
}): JSX.Element {
  const { desk, item, values, errors } = props;
  const safeBody = renderCommentText(item.body);
  return (
    <DeskLayout desk={desk} title={`Comment #${item.id}`} active="comments" notice={props.notice} actions={<a class="button" href={`/admin/comments?status=${item.status}`}>Back to the queue</a>}>
      <section class="panel" aria-labelledby="comment-heading">
        <h2 id="comment-heading" safe>{`${statusLabels[item.status]} · ${item.authorName} on “${item.article.title}”`}</h2>
        <div class="queue-item__body">{safeBody}</div>
        <form method="post" class="button-row">
          <CsrfField token={desk.csrfToken} />
          {actionsFor[item.status].map((action) => (
            <button type="submit" class="button" formaction={`/admin/comments/${item.id}/${action}`} safe>
              {actionLabels[action]}
            </button>
          ))}
          <button type="submit" class="button button--danger" formaction={`/admin/comments/${item.id}/block-email`}>
            Block this email
          </button>
          {item.authorIp ? (
            <button type="submit" class="button button--danger" formaction={`/admin/comments/${item.id}/block-ip`}>
              Block this address
            </button>
          ) : (
            ''
          )}
        </form>
      </section>
      <div class="panel-grid">
        <section class="panel" aria-labelledby="edit-heading">
          <h2 id="edit-heading">Edit</h2>
          <form method="post" action={`/admin/comments/${item.id}`}>
            <CsrfField token={desk.csrfToken} />
            <Field name="author" label="Name" value={values.author} error={errors.author} />
            <Field name="email" label="Email" type="email" value={values.email} error={errors.email} />
            <Field name="url" label="Website" value={values.url} error={errors.url} />
            <Field name="comment" label="Comment" value={values.comment} error={errors.comment} multiline rows={8} />
            <button type="submit" class="button button--primary">
              Save changes
            </button>
          </form>
        </section>
        <section class="panel" aria-labelledby="reply-heading">
          <h2 id="reply-heading">Reply as staff</h2>
          <form method="post" action={`/admin/comments/${item.id}/reply`}>
            <CsrfField token={desk.csrfToken} />
            <Field name="reply" label="Your reply (published at once, under your name)" multiline rows={5} />
            <button type="submit" class="button button--primary">
              Publish reply
            </button>
          </form>
          <h2 class="history-heading">History</h2>
          {props.events.length ? '' : <p class="muted">Nothing recorded: the comment came in before its history was kept (an import or the demo).</p>}
          <ol class="event-list">
            {props.events.map((e) => (
              <li>
                <time datetime={e.at} class="muted" safe>
                  {when(e.at, props.timeZone)}
                </time>{' '}
                <strong safe>{e.actorLabel}</strong>{' '}
                <span safe>
                  {e.kind === 'edit' ? 'edited it' : e.fromStatus ? `moved it from ${e.fromStatus} to ${e.toStatus}` : `filed it as ${e.toStatus}`}
                </span>
                {e.reasons.length ? <p class="muted" safe>{e.reasons.join(' ')}</p> : ''}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </DeskLayout>
  );
}

export type SettingsErrors = Partial<Record<keyof DiscussionSettings, string>>;

export function DiscussionSettingsView(props: { desk: DeskContext; settings: DiscussionSettings; errors: SettingsErrors; notice?: Notice }): JSX.Element {
  const { settings, errors } = props;
  const check = (name: keyof DiscussionSettings, label: string) => (
    <div class="field checkbox">
      <input type="checkbox" id={`field-${name}`} name={name} value="1" checked={settings[name] === true} />
      <label for={`field-${name}`} safe>
        {label}
      </label>
    </div>
  );
  return (
    <DeskLayout desk={props.desk} title="Discussion settings" active="comments" notice={props.notice}>
      <form method="post" action="/admin/discussion" class="narrow-form">
        <CsrfField token={props.desk.csrfToken} />
        <fieldset>
          <legend>Comments</legend>
          {check('commentsEnabled', 'Allow people to comment on articles')}
          <Field name="closeAfterDays" label="Close comments on articles older than (days; 0 never closes)" type="number" value={String(settings.closeAfterDays)} error={errors.closeAfterDays} />
          <Field name="threadDepth" label="Nest replies up to this many levels (1–10)" type="number" value={String(settings.threadDepth)} error={errors.threadDepth} />
        </fieldset>
        <fieldset>
          <legend>Before a comment appears</legend>
          {check('manualApproval', 'Comments must be approved by hand')}
          {check('requirePreviouslyApproved', 'The author must have a previously approved comment')}
          <Field name="holdLinkCount" label="Hold a comment with this many links or more (0 turns it off)" type="number" value={String(settings.holdLinkCount)} error={errors.holdLinkCount} />
          <Field name="moderationWords" label="Hold comments containing any of these words (one a line)" multiline rows={4} value={settings.moderationWords.join('\n')} hint="Matched inside the comment, name, email, website, address and browser." />
          <Field name="disallowedWords" label="Send comments containing any of these to the trash (one a line)" multiline rows={4} value={settings.disallowedWords.join('\n')} />
        </fieldset>
        <fieldset>
          <legend>Spam</legend>
          <Field name="minFillSeconds" label="Treat a form sent faster than this many seconds as spam" type="number" value={String(settings.minFillSeconds)} error={errors.minFillSeconds} />
          {check('discardBlatantSpam', 'Silently drop the most blatant spam instead of keeping it in the spam queue')}
          <Field name="purgeAfterDays" label="Delete spam and trash after (days)" type="number" value={String(settings.purgeAfterDays)} error={errors.purgeAfterDays} />
        </fieldset>
        <fieldset>
          <legend>Remote spam service (optional)</legend>
          <p class="field__hint">
            Off by default: Masthead’s own filter runs on this server and nothing leaves it. Turned on, every comment’s text, name, email, website,
            network address and browser are sent to this Akismet-protocol service, and the privacy page says so.
          </p>
          {check('remoteCheckerEnabled', 'Check comments with a remote Akismet-protocol service')}
          <Field name="remoteCheckerHost" label="Service host" value={settings.remoteCheckerHost} error={errors.remoteCheckerHost} />
          <Field
            name="remoteCheckerKey"
            label="API key"
            type="password"
            value=""
            error={errors.remoteCheckerKey}
            hint={settings.remoteCheckerKey ? 'A key is stored; leave empty to keep it.' : 'No key stored yet.'}
            autocomplete="off"
          />
        </fieldset>
        <fieldset>
          <legend>Email me whenever</legend>
          {check('notifyModerators', 'A comment is held for moderation (moderators, editors and admins)')}
          {check('notifyAuthors', 'A comment is published on an article (its authors)')}
        </fieldset>
        <button type="submit" class="button button--primary">
          Save settings
        </button>
      </form>
    </DeskLayout>
  );
}
