// Staff pages for byline authors.
import { CsrfField, DeskLayout, Field, type DeskContext, type Notice } from '../admin/admin.layout.tsx';
import { Cell, DataTable, Row } from '../admin/data-table.tsx';
import type { AuthorListRow } from './author.repository.ts';

export interface AuthorFormValues {
  name: string;
  slug: string;
  roleTitle: string;
  bio: string;
  photoUrl: string;
  links: string;
  bylineOnly: boolean;
}

export type AuthorFieldErrors = Partial<Record<keyof AuthorFormValues, string>>;

export function AuthorListView(props: { desk: DeskContext; authors: AuthorListRow[]; notice?: Notice }): JSX.Element {
  return (
    <DeskLayout
      desk={props.desk}
      title="Authors"
      active="authors"
      notice={props.notice}
      actions={
        <a class="button button--primary" href="/admin/authors/new">
          New author
        </a>
      }
    >
      <DataTable columns={['Name', 'Role', 'Articles', 'Account', 'Public page']}>
        {props.authors.map((a) => (
          <Row>
            <Cell>
              <a href={`/admin/authors/${a.id}`} safe>
                {a.name}
              </a>
            </Cell>
            <Cell label="Role" safe>{a.roleTitle}</Cell>
            <Cell label="Articles" safe>{String(a.articleCount)}</Cell>
            <Cell label="Account" safe>{a.bylineOnly ? 'Byline only' : (a.linkedAccount ?? 'No account linked')}</Cell>
            <Cell label="Public page">
              <a href={`/authors/${a.slug}`} safe>
                {`/authors/${a.slug}`}
              </a>
            </Cell>
          </Row>
        ))}
      </DataTable>
    </DeskLayout>
  );
}

export function AuthorEditView(props: {
  desk: DeskContext;
  authorId: number | null;
  values: AuthorFormValues;
  errors: AuthorFieldErrors;
  notice?: Notice;
  canAddNote: boolean;
  defaultSignature: string;
  entryDate: string;
}): JSX.Element {
  const { values, errors } = props;
  const action = props.authorId ? `/admin/authors/${props.authorId}` : '/admin/authors';
  const failed = Object.values(errors).some(Boolean);
  return (
    <DeskLayout
      desk={props.desk}
      title={props.authorId ? `Author: ${values.name}` : 'New author'}
      active="authors"
      notice={props.notice ?? (failed ? { kind: 'error', text: 'The author was not saved. Check the fields marked below.' } : undefined)}
    >
      <form method="post" action={action} class="narrow-form">
        <CsrfField token={props.desk.csrfToken} />
        <Field name="name" label="Name on bylines" value={values.name} error={errors.name} required />
        <Field name="slug" label="Slug" value={values.slug} error={errors.slug} hint="The author page’s address; left empty, it is made from the name." />
        <Field name="roleTitle" label="Role or title" value={values.roleTitle} error={errors.roleTitle} hint="For example “Columnist” or “Reporter, The Coastline Ledger”." />
        <Field name="bio" label="Bio" value={values.bio} error={errors.bio} multiline rows={5} hint="A short paragraph, shown under each article and on the author page." />
        <Field name="photoUrl" label="Photo address" value={values.photoUrl} error={errors.photoUrl} hint="Optional; without one, readers see the author’s initials." />
        <Field name="links" label="Links" value={values.links} error={errors.links} multiline rows={3} hint="One a line: Label | https://…" />
        <div class="field checkbox">
          <input type="checkbox" id="field-bylineOnly" name="bylineOnly" value="1" checked={values.bylineOnly} />
          <label for="field-bylineOnly">Byline only (a guest or partner writer who never signs in)</label>
        </div>
        <button type="submit" class="button button--primary">
          Save author
        </button>
      </form>
      {props.authorId && props.canAddNote ? (
        <section class="panel editorial-panel" aria-labelledby="author-note-heading">
          <h2 id="author-note-heading">Add a note to the author page</h2>
          <p class="field__hint">Dated and signed, shown on the public author page apart from the bio (for example a change of role or a declared interest).</p>
          <form method="post" action={`/admin/authors/${props.authorId}/entries`} class="entry-form">
            <CsrfField token={props.desk.csrfToken} />
            <div class="field">
              <label for="entry-kind">Kind</label>
              <select id="entry-kind" name="kind">
                <option value="editors_note">Editor’s note</option>
                <option value="clarification">Clarification</option>
                <option value="update">Update</option>
              </select>
            </div>
            <Field name="entryBody" label="Text (Markdown)" multiline rows={4} required />
            <Field name="entryDate" label="Date" type="datetime-local" value={props.entryDate} required />
            <Field name="signedBy" label="Signed by" value={props.defaultSignature} required />
            <button type="submit" class="button button--primary">
              Add to the author page
            </button>
          </form>
        </section>
      ) : (
        ''
      )}
    </DeskLayout>
  );
}
