// Staff pages for sections and tags.
import { CsrfField, DeskLayout, Field, type DeskContext, type Notice } from '../admin/admin.layout.tsx';
import { Cell, DataTable, Row } from '../admin/data-table.tsx';
import type { Tag } from '../articles/tag.ts';
import { articleTypes, type Section } from './section.ts';

export interface SectionFormValues {
  name: string;
  slug: string;
  description: string;
  articleType: string;
  position: string;
}

const typeLabels: Record<string, string> = {
  NewsArticle: 'News (NewsArticle)',
  OpinionNewsArticle: 'Opinion (OpinionNewsArticle)',
  AnalysisNewsArticle: 'Analysis (AnalysisNewsArticle)',
};

export function SectionListView(props: { desk: DeskContext; sections: Section[]; counts: Map<number, number>; notice?: Notice }): JSX.Element {
  return (
    <DeskLayout desk={props.desk} title="Sections" active="sections" notice={props.notice} actions={<a class="button button--primary" href="/admin/sections/new">New section</a>}>
      {/* The name cell has no label, so on a phone it titles the card and comes first (desk.css). */}
      <DataTable columns={['Order', 'Name', 'Type for search engines', 'Articles']}>
        {props.sections.map((s) => (
          <Row>
            <Cell label="Order" safe>{String(s.position)}</Cell>
            <Cell>
              <a href={`/admin/sections/${s.id}`} safe>
                {s.name}
              </a>
            </Cell>
            <Cell label="Type for search engines" safe>{typeLabels[s.articleType] ?? s.articleType}</Cell>
            <Cell label="Articles" safe>{String(props.counts.get(s.id) ?? 0)}</Cell>
          </Row>
        ))}
      </DataTable>
    </DeskLayout>
  );
}

export function SectionEditView(props: { desk: DeskContext; sectionId: number | null; values: SectionFormValues; errors: Partial<Record<keyof SectionFormValues, string>>; notice?: Notice }): JSX.Element {
  const { values, errors } = props;
  const failed = Object.values(errors).some(Boolean);
  return (
    <DeskLayout
      desk={props.desk}
      title={props.sectionId ? `Section: ${values.name}` : 'New section'}
      active="sections"
      notice={props.notice ?? (failed ? { kind: 'error', text: 'The section was not saved. Check the fields marked below.' } : undefined)}
    >
      <form method="post" action={props.sectionId ? `/admin/sections/${props.sectionId}` : '/admin/sections'} class="narrow-form">
        <CsrfField token={props.desk.csrfToken} />
        <Field name="name" label="Name" value={values.name} error={errors.name} required />
        <Field name="slug" label="Slug" value={values.slug} error={errors.slug} hint="The section page’s address; left empty, it is made from the name." />
        <Field name="description" label="Description" value={values.description} error={errors.description} multiline rows={2} />
        <div class="field">
          <label for="field-articleType">Articles are typed for search engines as</label>
          <select id="field-articleType" name="articleType">
            {articleTypes.map((type) => (
              <option value={type} selected={values.articleType === type} safe>
                {typeLabels[type]!}
              </option>
            ))}
          </select>
        </div>
        <Field name="position" label="Order in the navigation" type="number" value={values.position} error={errors.position} />
        <button type="submit" class="button button--primary">
          Save section
        </button>
      </form>
    </DeskLayout>
  );
}

export function TagListView(props: { desk: DeskContext; tags: (Tag & { articleCount: number })[]; notice?: Notice; errors?: Record<number, string> }): JSX.Element {
  return (
    <DeskLayout desk={props.desk} title="Tags" active="tags" notice={props.notice}>
      <p class="field__hint">Tags are created from the article editor. Rename or merge spelling variants here; deleting a tag removes it from its articles.</p>
      <DataTable columns={['Tag', 'Articles', 'Rename', 'Delete']}>
        {props.tags.map((tag) => (
          <Row>
            <Cell>
              <a href={`/tags/${tag.slug}`} safe>
                {tag.name}
              </a>
            </Cell>
            <Cell label="Articles" safe>{String(tag.articleCount)}</Cell>
            <Cell label="Rename">
              <form method="post" action={`/admin/tags/${tag.id}`} class="inline-form">
                <CsrfField token={props.desk.csrfToken} />
                <label for={`tag-${tag.id}`} class="visually-hidden" safe>{`New name for ${tag.name}`}</label>
                <input id={`tag-${tag.id}`} name="name" value={tag.name} class="input" required />
                <button type="submit" class="button">
                  Rename
                </button>
                {props.errors?.[tag.id] ? <p class="field__error" safe>{props.errors[tag.id]!}</p> : ''}
              </form>
            </Cell>
            <Cell label="Delete">
              <form method="post" action={`/admin/tags/${tag.id}/delete`}>
                <CsrfField token={props.desk.csrfToken} />
                <button type="submit" class="button button--danger" aria-label={`Delete ${tag.name}`}>
                  Delete
                </button>
              </form>
            </Cell>
          </Row>
        ))}
      </DataTable>
    </DeskLayout>
  );
}
