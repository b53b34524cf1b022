// Staff pages for articles: the list, the editor (with preview, conflict view and editorial
// entries), and revisions with their comparison.
import { formatDateTime } from '../../core/i18n/i18n.ts';
import type { Paged } from '../../core/pagination.ts';
import { Pagination } from '../admin/desk.components.tsx';
import { CsrfField, DeskLayout, Field, type DeskContext, type Notice } from '../admin/admin.layout.tsx';
import { Cell, DataTable, Row } from '../admin/data-table.tsx';
import type { Author } from '../authors/author.ts';
import { editorialKinds, type EditorialEntry } from '../editorial/editorial.ts';
import type { Section } from '../sections/section.ts';
import type { DeskArticle, DeskArticleFilter } from './article.admin.queries.ts';
import { BYLINE_SLOTS, type ArticleFormValues, type FieldErrors } from './article-form.ts';
import type { Revision } from './revision.repository.ts';

const kindLabels: Record<string, string> = {
  editors_note: 'Editor’s note', correction: 'Correction', clarification: 'Clarification', update: 'Update', retraction: 'Retraction',
};

const when = (iso: string, timeZone: string) => formatDateTime(iso, { language: 'en-GB', timeZone });

export function StatusBadge(props: { status: string; publishedAt: string | null; now: string }): JSX.Element {
  const live = props.status === 'scheduled' && props.publishedAt !== null && props.publishedAt <= props.now;
  const label = live ? 'published' : props.status;
  return <span class={`status status--${label}`} safe>{label}</span>;
}

// ---------- list ----------

function publicationLabel(article: DeskArticle, timeZone: string): string {
  return article.publishedAt && article.status !== 'draft' ? when(article.publishedAt, timeZone) : '—';
}

export function ArticleListView(props: {
  desk: DeskContext;
  paged: Paged<DeskArticle>;
  filter: DeskArticleFilter;
  sections: Section[];
  authors: Author[];
  timeZone: string;
  now: string;
  query: string;
}): JSX.Element {
  const { desk, paged, filter } = props;
  return (
    <DeskLayout
      desk={desk}
      title="Articles"
      active="articles"
      actions={
        <a class="button button--primary" href="/admin/articles/new">
          New article
        </a>
      }
    >
      <form method="get" action="/admin/articles" class="filters" role="search" aria-label="Filter articles">
        <div class="field">
          <label for="filter-q">Search titles</label>
          <input id="filter-q" type="search" name="q" value={filter.q ?? ''} />
        </div>
        <div class="field">
          <label for="filter-status">Status</label>
          <select id="filter-status" name="status">
            <option value="">Any</option>
            {['draft', 'scheduled', 'published'].map((s) => (
              <option value={s} selected={filter.status === s} safe>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-section">Section</label>
          <select id="filter-section" name="section">
            <option value="">Any</option>
            {props.sections.map((s) => (
              <option value={String(s.id)} selected={filter.sectionId === s.id} safe>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-author">Author</label>
          <select id="filter-author" name="author">
            <option value="">Any</option>
            {props.authors.map((a) => (
              <option value={String(a.id)} selected={filter.authorId === a.id} safe>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          Filter
        </button>
      </form>
      <p class="muted" safe>{`${paged.total} article${paged.total === 1 ? '' : 's'}`}</p>
      {paged.items.length ? (
        <DataTable columns={['Headline', 'Section', 'Authors', 'Status', 'Publication', 'Last saved']}>
          {paged.items.map((a) => (
            <Row>
              <Cell>
                <a href={`/admin/articles/${a.id}`} safe>
                  {a.title || '(untitled)'}
                </a>
              </Cell>
              <Cell label="Section" safe>{a.sectionName}</Cell>
              <Cell label="Authors" safe>{a.authors.join(', ')}</Cell>
              <Cell label="Status">
                <StatusBadge status={a.status} publishedAt={a.publishedAt} now={props.now} />
              </Cell>
              <Cell label="Publication" safe>{publicationLabel(a, props.timeZone)}</Cell>
              <Cell label="Last saved" safe>{when(a.modifiedAt, props.timeZone)}</Cell>
            </Row>
          ))}
        </DataTable>
      ) : (
        <p>No articles match.</p>
      )}
      <Pagination basePath="/admin/articles" query={props.query} page={paged.page} pageCount={paged.pageCount} />
    </DeskLayout>
  );
}

// ---------- editor ----------

export interface EditorProps {
  desk: DeskContext;
  articleId: number | null;
  values: ArticleFormValues;
  errors: FieldErrors;
  sections: Section[];
  authors: Author[];
  canPublish: boolean;
  /** Set when the article has been public: edits may be marked minor. */
  hasBeenPublic: boolean;
  publicPath: string | null;
  previewHtml?: string;
  conflict?: { savedBy: string; theirs: ArticleFormValues; diffHtml: string };
  notice?: Notice;
  entries: EditorialEntry[];
  canManageEditorial: boolean;
  revisionCount: number;
  timeZone: string;
  defaultSignature: string;
  entryDate: string;
}

export function ArticleEditorView(props: EditorProps): JSX.Element {
  const { desk, values, errors } = props;
  const action = props.articleId ? `/admin/articles/${props.articleId}` : '/admin/articles';
  const firstError = Object.values(errors).find(Boolean);
  const notice = props.notice ?? (firstError ? { kind: 'error' as const, text: 'The article was not saved. Check the fields marked below.' } : undefined);
  return (
    <DeskLayout
      desk={desk}
      title={props.articleId ? `Edit: ${values.title || '(untitled)'}` : 'New article'}
      active={props.articleId ? 'articles' : 'new-article'}
      notice={notice}
      actions={
        <div class="button-row">
          {props.publicPath ? (
            <a class="button" href={props.publicPath}>
              View on site
            </a>
          ) : (
            ''
          )}
          {props.articleId ? (
            <a class="button" href={`/admin/articles/${props.articleId}/revisions`} safe>
              {`Revisions (${props.revisionCount})`}
            </a>
          ) : (
            ''
          )}
        </div>
      }
    >
      {props.conflict ? (
        <section class="panel conflict" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading">Someone else saved this article while you were editing</h2>
          <p safe>{`${props.conflict.savedBy} saved a newer version. Your text is still in the form below; nothing was overwritten. Compare the two, merge what you need, and save again to replace their version.`}</p>
          <details open>
            <summary>Their version compared with yours (words removed in your version are struck through)</summary>
            <div class="diff">{props.conflict.diffHtml as 'safe'}</div>
          </details>
          <details>
            <summary>Their version as saved</summary>
            <h3 safe>{props.conflict.theirs.title}</h3>
            <pre class="plain" safe>{props.conflict.theirs.body}</pre>
          </details>
        </section>
      ) : (
        ''
      )}
      <form method="post" action={action} class="editor" id="article-editor" enctype="multipart/form-data" data-autosave={props.articleId ? `/admin/articles/${props.articleId}/autosave` : undefined}>
        <CsrfField token={desk.csrfToken} />
        <input type="hidden" name="lockVersion" value={values.lockVersion} />
        <div class="editor__main">
          <Field name="title" label="Headline" value={values.title} error={errors.title} required attrs={{ maxlength: '300' }} />
          <Field name="slug" label="Slug" value={values.slug} error={errors.slug} hint="The article’s address; left empty, it is made from the headline." />
          <Field name="dek" label="Standfirst" value={values.dek} error={errors.dek} multiline rows={3} hint="One sentence under the headline." />
          <div class="editor__body">
            <Field name="body" label="Body (Markdown)" value={values.body} error={errors.body} multiline rows={22} hint="## for a subheading, > for a quotation, - for a list, [text](https://…) for a link." />
            <section class="preview" aria-labelledby="preview-heading" aria-live="polite">
              <h2 id="preview-heading">Preview</h2>
              <div class="preview__body prose" id="preview-body">
                {props.previewHtml !== undefined ? (props.previewHtml as 'safe') : <p class="muted">Press Preview to see the article as readers will.</p>}
              </div>
            </section>
          </div>
          <Field name="excerpt" label="Excerpt" value={values.excerpt} error={errors.excerpt} multiline rows={4} hint="For lists and feeds; left empty, it is taken from the body." />
        </div>
        <div class="editor__side">
          <fieldset class="publish-box">
            <legend>Publication</legend>
            <div class={`field${errors.scheduleAt ? ' field--invalid' : ''}`}>
              <div class="radio">
                <input type="radio" id="mode-draft" name="mode" value="draft" checked={values.mode === 'draft'} />
                <label for="mode-draft">Draft</label>
              </div>
              {props.canPublish ? (
                <>
                  <div class="radio">
                    <input type="radio" id="mode-publish" name="mode" value="publish" checked={values.mode === 'publish'} />
                    <label for="mode-publish">Published</label>
                  </div>
                  <div class="radio">
                    <input type="radio" id="mode-schedule" name="mode" value="schedule" checked={values.mode === 'schedule'} />
                    <label for="mode-schedule">Scheduled for</label>
                  </div>
                  <label for="field-scheduleAt" class="visually-hidden">
                    Publication date and time
                  </label>
                  <input
                    type="datetime-local"
                    id="field-scheduleAt"
                    name="scheduleAt"
                    value={values.scheduleAt}
                    aria-invalid={errors.scheduleAt ? 'true' : undefined}
                    aria-describedby="schedule-hint"
                  />
                  <p class="field__hint" id="schedule-hint" safe>{`Time zone: ${props.timeZone}. A time in the past publishes at once with that date.`}</p>
                  {errors.scheduleAt ? <p class="field__error" safe>{errors.scheduleAt}</p> : ''}
                </>
              ) : (
                <p class="field__hint">An editor publishes your article once it is ready.</p>
              )}
            </div>
            {props.hasBeenPublic ? (
              <div class="field">
                <p class="field__label">This change is</p>
                <div class="radio">
                  <input type="radio" id="change-substantive" name="change" value="substantive" checked={values.change === 'substantive'} />
                  <label for="change-substantive">Substantive (readers see an “Updated” date)</label>
                </div>
                <div class="radio">
                  <input type="radio" id="change-minor" name="change" value="minor" checked={values.change === 'minor'} />
                  <label for="change-minor">Minor (typo or formatting)</label>
                </div>
              </div>
            ) : (
              ''
            )}
            <div class="button-row">
              <button type="submit" name="intent" value="save" class="button button--primary">
                Save
              </button>
              <button type="submit" name="intent" value="preview" class="button">
                Preview
              </button>
            </div>
            <p class="field__hint autosave-status" id="autosave-status" aria-live="polite"></p>
          </fieldset>
          <div class={`field${errors.sectionId ? ' field--invalid' : ''}`}>
            <label for="field-sectionId">Section *</label>
            <select id="field-sectionId" name="sectionId" required aria-invalid={errors.sectionId ? 'true' : undefined}>
              <option value="">Choose…</option>
              {props.sections.map((s) => (
                <option value={String(s.id)} selected={values.sectionId === String(s.id)} safe>
                  {s.name}
                </option>
              ))}
            </select>
            {errors.sectionId ? <p class="field__error" safe>{errors.sectionId}</p> : ''}
          </div>
          <fieldset class={errors.authors ? 'field--invalid' : ''}>
            <legend>Byline, in order</legend>
            {values.authorIds.slice(0, Math.max(BYLINE_SLOTS, values.authorIds.length)).map((selected, index) => (
              <div class="field">
                <label for={`field-author-${index}`} safe>{`Author ${index + 1}`}</label>
                <select id={`field-author-${index}`} name="authorIds">
                  <option value="">—</option>
                  {props.authors.map((a) => (
                    <option value={String(a.id)} selected={selected === String(a.id)} safe>
                      {a.bylineOnly ? `${a.name} (byline only)` : a.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            {errors.authors ? <p class="field__error" safe>{errors.authors}</p> : ''}
          </fieldset>
          <Field name="tags" label="Tags" value={values.tags} error={errors.tags} hint="Separated by commas." />
          <fieldset>
            <legend>Featured image</legend>
            {values.imageUrl ? <img class="editor__thumb" src={values.imageUrl} alt="" /> : ''}
            <div class="field">
              <label for="field-imageFile">Upload an image</label>
              <p class="field__hint" id="field-imageFile-hint">JPEG, PNG, WebP, GIF or AVIF, up to 10 MB. It is resized for phones and desktops, and its location data is removed.</p>
              <input type="file" id="field-imageFile" name="imageFile" accept="image/*" aria-describedby="field-imageFile-hint" />
            </div>
            <Field name="imageUrl" label="…or the image’s address" value={values.imageUrl} error={errors.imageUrl} type="text" />
            <Field name="imageAlt" label="Description (alt text)" value={values.imageAlt} error={errors.imageAlt} />
          </fieldset>
          <fieldset>
            <legend>Republished from a partner</legend>
            <Field name="synOutlet" label="Original outlet" value={values.synOutlet} error={errors.synOutlet} />
            <Field name="synOutletUrl" label="Outlet’s address" value={values.synOutletUrl} error={errors.synOutletUrl} />
            <Field name="synUrl" label="Original article’s address" value={values.synUrl} error={errors.synUrl} />
            <Field name="synDate" label="Originally published" type="datetime-local" value={values.synDate} error={errors.synDate} />
            <Field name="synLicence" label="Licence or permission" value={values.synLicence} error={errors.synLicence} />
            <div class="field">
              <label for="field-synPolicy">Search engines</label>
              <select id="field-synPolicy" name="synPolicy">
                <option value="canonical" selected={values.synPolicy === 'canonical'}>
                  Point to the original (canonical)
                </option>
                <option value="noindex" selected={values.synPolicy === 'noindex'}>
                  Do not index this copy
                </option>
                <option value="attribution" selected={values.synPolicy === 'attribution'}>
                  Credit the original only
                </option>
              </select>
            </div>
          </fieldset>
          <div class="field checkbox">
            <input type="checkbox" id="field-commentsOpen" name="commentsOpen" value="1" checked={values.commentsOpen} />
            <label for="field-commentsOpen">Comments open</label>
          </div>
        </div>
      </form>
      {props.articleId && props.canManageEditorial ? (
        <EditorialPanel desk={desk} articleId={props.articleId} entries={props.entries} timeZone={props.timeZone} defaultSignature={props.defaultSignature} entryDate={props.entryDate} />
      ) : (
        ''
      )}
    </DeskLayout>
  );
}

function EditorialPanel(props: { desk: DeskContext; articleId: number; entries: EditorialEntry[]; timeZone: string; defaultSignature: string; entryDate: string }): JSX.Element {
  return (
    <section class="panel editorial-panel" id="editorial" aria-labelledby="editorial-panel-heading">
      <h2 id="editorial-panel-heading">Editor’s notes and corrections</h2>
      <p class="field__hint">Readers see these below the article, dated and signed, apart from the author’s text. Corrections are listed on the public corrections page.</p>
      {props.entries.length ? (
        <ol class="entry-list">
          {props.entries.map((entry) => {
            const safeEntryBody = entry.bodyHtml;
            return (
              <li>
                <strong safe>{kindLabels[entry.kind] ?? entry.kind}</strong>{' '}
                <time datetime={entry.entryDate} class="muted" safe>
                  {when(entry.entryDate, props.timeZone)}
                </time>
                <div class="prose">{safeEntryBody}</div>
                <p class="muted" safe>{`— ${entry.signedBy}`}</p>
              </li>
            );
          })}
        </ol>
      ) : (
        <p class="muted">None yet.</p>
      )}
      <form method="post" action={`/admin/articles/${props.articleId}/entries`} class="entry-form" aria-labelledby="entry-form-heading">
        <h3 id="entry-form-heading">Add a note or correction</h3>
        <CsrfField token={props.desk.csrfToken} />
        <div class="field">
          <label for="entry-kind">Kind</label>
          <select id="entry-kind" name="kind">
            {editorialKinds.map((kind) => (
              <option value={kind} safe>
                {kindLabels[kind]!}
              </option>
            ))}
          </select>
        </div>
        <Field name="entryBody" label="Text (Markdown)" multiline rows={4} required />
        <Field name="entryDate" label="Date" type="datetime-local" value={props.entryDate} required />
        <Field name="signedBy" label="Signed by" value={props.defaultSignature} required />
        <div class="field checkbox">
          <input type="checkbox" id="entry-on-author" name="alsoOnAuthor" value="1" />
          <label for="entry-on-author">Also show on the first author’s page</label>
        </div>
        <button type="submit" class="button button--primary">
          Add to the article
        </button>
      </form>
    </section>
  );
}

// ---------- revisions ----------

export function RevisionsView(props: {
  desk: DeskContext;
  articleId: number;
  title: string;
  revisions: Revision[];
  compare?: { a: Revision; b: Revision; titleDiff: string; bodyDiff: string };
  timeZone: string;
  notice?: Notice;
}): JSX.Element {
  const { desk, revisions } = props;
  const label = (r: Revision) => `${r.kind === 'published' ? `Published${r.change === 'minor' ? ' (minor)' : ''}` : r.kind === 'autosave' ? 'Autosave' : 'Saved'} · ${when(r.createdAt, props.timeZone)}${r.createdByName ? ` · ${r.createdByName}` : ''}`;
  return (
    <DeskLayout
      desk={desk}
      title={`Revisions: ${props.title}`}
      active="articles"
      notice={props.notice}
      actions={
        <a class="button" href={`/admin/articles/${props.articleId}`}>
          Back to the editor
        </a>
      }
    >
      {props.compare ? (
        <section class="panel" aria-labelledby="compare-heading">
          <h2 id="compare-heading" safe>{`Comparing: ${label(props.compare.a)} → ${label(props.compare.b)}`}</h2>
          <h3>Headline</h3>
          <p class="diff">{props.compare.titleDiff as 'safe'}</p>
          <h3>Body</h3>
          <div class="diff">{props.compare.bodyDiff as 'safe'}</div>
        </section>
      ) : (
        ''
      )}
      <form method="get" action={`/admin/articles/${props.articleId}/revisions`}>
        <DataTable columns={['From', 'To', 'Revision', 'Headline', 'Restore']}>
          {revisions.map((r, index) => (
            <Row>
              <Cell label="From">
                <input type="radio" name="a" value={String(r.id)} aria-label={`Compare from ${label(r)}`} checked={props.compare ? r.id === props.compare.a.id : index === 1} />
              </Cell>
              <Cell label="To">
                <input type="radio" name="b" value={String(r.id)} aria-label={`Compare to ${label(r)}`} checked={props.compare ? r.id === props.compare.b.id : index === 0} />
              </Cell>
              <Cell label="Revision" safe>{label(r)}</Cell>
              <Cell label="Headline" safe>{r.title}</Cell>
              <Cell label="Restore">
                <button type="submit" formmethod="post" formaction={`/admin/articles/${props.articleId}/revisions/${r.id}/restore`} name="_csrf" value={desk.csrfToken} class="link-button">
                  Restore
                </button>
              </Cell>
            </Row>
          ))}
        </DataTable>
        <p>
          <button type="submit" class="button">
            Compare selected
          </button>
        </p>
      </form>
    </DeskLayout>
  );
}
