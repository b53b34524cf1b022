// The dashboard and the refusal page of the staff area.
import { formatDateTime } from '../../core/i18n/i18n.ts';
import { can } from '../auth/permissions.ts';
import { DeskLayout, type DeskContext } from './admin.layout.tsx';
import type { Dashboard, DeskArticleRow } from './desk.queries.ts';

const deskLocale = { language: 'en-GB', timeZone: 'UTC' };

export function ForbiddenView(props: { desk: DeskContext; message: string }): JSX.Element {
  return (
    <DeskLayout desk={props.desk} title="Not allowed" active="">
      <p safe>{props.message}</p>
      <p>
        <a href="/admin">Back to the dashboard</a>
      </p>
    </DeskLayout>
  );
}

function ArticleTable(props: { rows: DeskArticleRow[]; empty: string; dateOf: 'published' | 'modified'; timeZone: string }): JSX.Element {
  if (props.rows.length === 0) return <p class="muted" safe>{props.empty}</p>;
  return (
    <ul class="desk-list">
      {props.rows.map((row) => {
        const iso = props.dateOf === 'published' ? row.publishedAt : row.modifiedAt;
        return (
          <li>
            <a href={`/admin/articles/${row.id}`} safe>
              {row.title || '(untitled)'}
            </a>
            {iso ? (
              <time datetime={iso} class="muted" safe>
                {formatDateTime(iso, { ...deskLocale, timeZone: props.timeZone })}
              </time>
            ) : (
              ''
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function DashboardView(props: { desk: DeskContext; dashboard: Dashboard; timeZone: string }): JSX.Element {
  const { desk, dashboard } = props;
  const role = desk.user.role;
  return (
    <DeskLayout
      desk={desk}
      title="Dashboard"
      active="dashboard"
      actions={
        can(role, 'article.write') ? (
          <a class="button button--primary" href="/admin/articles/new">
            New article
          </a>
        ) : (
          ''
        )
      }
    >
      <ul class="stat-row" aria-label="At a glance">
        <li class="stat">
          <span class="stat__value" safe>{String(dashboard.counts.drafts)}</span>
          <span class="stat__label">Drafts</span>
        </li>
        <li class="stat">
          <span class="stat__value" safe>{String(dashboard.counts.scheduled)}</span>
          <span class="stat__label">Scheduled</span>
        </li>
        <li class="stat">
          <span class="stat__value" safe>{String(dashboard.counts.published)}</span>
          <span class="stat__label">Published</span>
        </li>
        <li class="stat">
          <span class="stat__value" safe>{String(dashboard.counts.heldComments)}</span>
          {can(role, 'comment.moderate') ? (
            <a class="stat__label" href="/admin/comments?status=pending">
              Comments held for moderation
            </a>
          ) : (
            <span class="stat__label">Comments held for moderation</span>
          )}
        </li>
      </ul>
      {can(role, 'article.write') ? (
        <div class="panel-grid">
          <section class="panel" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">Drafts</h2>
            <ArticleTable rows={dashboard.drafts} empty="No drafts." dateOf="modified" timeZone={props.timeZone} />
          </section>
          <section class="panel" aria-labelledby="scheduled-heading">
            <h2 id="scheduled-heading">Scheduled</h2>
            <ArticleTable rows={dashboard.scheduled} empty="Nothing scheduled." dateOf="published" timeZone={props.timeZone} />
          </section>
          <section class="panel" aria-labelledby="published-heading">
            <h2 id="published-heading">Recently published</h2>
            <ArticleTable rows={dashboard.recentlyPublished} empty="Nothing published yet." dateOf="published" timeZone={props.timeZone} />
          </section>
        </div>
      ) : (
        <p>
          <a class="button button--primary" href="/admin/comments?status=pending" safe>
            {`Moderate the ${dashboard.counts.heldComments} held comment${dashboard.counts.heldComments === 1 ? '' : 's'}`}
          </a>
        </p>
      )}
    </DeskLayout>
  );
}
