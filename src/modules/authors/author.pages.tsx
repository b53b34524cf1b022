// The author page: portrait, bio, links, notes from the editors, and the author's articles.
import type { Paged } from '../../core/pagination.ts';
import { DateTime, Initials } from '../../http/components.tsx';
import { Layout } from '../../http/layout.tsx';
import { absoluteUrl, paths, type PageContext } from '../../http/page-context.ts';
import { ArchiveList } from '../articles/article.pages.tsx';
import type { ArticleSummary, AuthorNote } from '../articles/article.queries.ts';
import { personJsonLd } from '../discovery/json-ld.ts';
import { initialsOf, type Author } from './author.ts';

export function AuthorView(props: {
  ctx: PageContext;
  author: Author;
  notes: AuthorNote[];
  paged: Paged<ArticleSummary>;
}): JSX.Element {
  const { ctx, author, notes, paged } = props;
  const { t } = ctx;
  const basePath = paths.author(author.slug);
  const person = { '@context': 'https://schema.org', ...personJsonLd(ctx, author, basePath), description: author.bio };
  return (
    <Layout
      ctx={ctx}
      title={paged.page > 1 ? `${author.name} (${t('archive.page', { page: paged.page, pageCount: paged.pageCount })})` : author.name}
      description={author.bio}
      canonical={absoluteUrl(ctx, paths.withPage(basePath, paged.page))}
      jsonLd={[{ '@context': 'https://schema.org', '@type': 'ProfilePage', mainEntity: person }]}
      pageClass="page-author"
    >
      <header class="author-header">
        <Initials name={author.name} initials={initialsOf(author.name)} size="large" />
        <div class="author-header__text">
          <h1 class="author-header__name" safe>
            {author.name}
          </h1>
          {author.roleTitle ? (
            <p class="author-header__role" safe>
              {author.roleTitle}
            </p>
          ) : (
            ''
          )}
          <p class="author-header__bio" safe>
            {author.bio}
          </p>
          {author.links.length ? (
            <ul class="author-header__links" aria-label={t('author.links')}>
              {author.links.map((link) => (
                <li>
                  <a href={link.url} rel="me noopener" safe>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            ''
          )}
        </div>
      </header>
      {notes.length ? (
        <aside class="editorial editorial--author" aria-labelledby="author-notes-heading">
          <h2 id="author-notes-heading" class="editorial__heading" safe>
            {t('author.notes')}
          </h2>
          {notes.map((note) => {
            const safeNoteBody = note.bodyHtml;
            return (
              <section class={`editorial-entry editorial-entry--${note.kind}`} id={`note-${note.id}`}>
                <h3 class="editorial-entry__kind">
                  <span safe>{t(`editorial.${note.kind}`)}</span>
                  <DateTime ctx={ctx} iso={note.entryDate} class="editorial-entry__date" />
                </h3>
                {note.article ? (
                  <p class="editorial-entry__about">
                    <a href={`${paths.article(note.article.slug)}#note-${note.id}`} safe>
                      {t('editorial.onArticle', { title: note.article.title })}
                    </a>
                  </p>
                ) : (
                  ''
                )}
                <div class="editorial-entry__body prose">{safeNoteBody}</div>
                <p class="editorial-entry__signature" safe>
                  {t('article.editorialSigned', { signedBy: note.signedBy })}
                </p>
              </section>
            );
          })}
        </aside>
      ) : (
        ''
      )}
      <section class="author-articles" aria-labelledby="author-articles-heading">
        <h2 id="author-articles-heading" class="rule-heading" safe>
          {t('author.articles')}
        </h2>
        <ArchiveList ctx={ctx} paged={paged} showSection={true} basePath={basePath} />
      </section>
    </Layout>
  );
}
