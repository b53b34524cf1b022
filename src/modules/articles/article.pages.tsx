// Public pages about articles: the front page, the article page and the archives.
import { formatDate, plural } from '../../core/i18n/i18n.ts';
import { Byline, DateTime, Initials, Pagination } from '../../http/components.tsx';
import { Layout } from '../../http/layout.tsx';
import { absoluteUrl, paths, type PageContext } from '../../http/page-context.ts';
import type { Paged } from '../../core/pagination.ts';
import { initialsOf } from '../authors/author.ts';
import { srcsetFor } from '../media/media.service.ts';
import { CommentsSection } from '../comments/comment.pages.tsx';
import type { CommentSection } from '../comments/comment.routes.ts';
import { articleJsonLd, websiteJsonLd } from '../discovery/json-ld.ts';
import type { EditorialEntry } from '../editorial/editorial.ts';
import type { ArticlePage, ArticleSummary, FrontPage } from './article.queries.ts';

// ---------- article cards ----------

export function ArticleCard(props: {
  ctx: PageContext;
  article: ArticleSummary;
  variant: 'lead' | 'standard' | 'compact';
  showSection?: boolean;
  headingLevel?: 2 | 3;
}): JSX.Element {
  const { ctx, article, variant } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article class={`card card--${variant}`}>
      {variant !== 'compact' && article.featuredImage ? (
        <a href={paths.article(article.slug)} class="card__image" tabindex="-1" aria-hidden="true">
          <img src={article.featuredImage.url} srcset={srcsetFor(article.featuredImage.url)} sizes="(min-width: 64rem) 24rem, 100vw" alt="" loading="lazy" />
        </a>
      ) : (
        ''
      )}
      {props.showSection === false ? (
        ''
      ) : (
        <p class="kicker">
          <a href={paths.section(article.section.slug)} safe>
            {article.section.name}
          </a>
        </p>
      )}
      <Heading class="card__title">
        <a href={paths.article(article.slug)} safe>
          {article.title}
        </a>
      </Heading>
      {variant !== 'compact' && article.dek ? (
        <p class="card__dek" safe>
          {article.dek}
        </p>
      ) : (
        ''
      )}
      <div class="card__meta">
        <Byline ctx={ctx} authors={article.authors} />
        <DateTime ctx={ctx} iso={article.publishedAt} class="card__date" />
      </div>
    </article>
  );
}

// ---------- front page ----------

export function FrontPageView(props: { ctx: PageContext; front: FrontPage }): JSX.Element {
  const { ctx, front } = props;
  const { t, publication } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={publication.name}
      description={publication.tagline || undefined}
      canonical={absoluteUrl(ctx, '/')}
      jsonLd={[websiteJsonLd(ctx)]}
      pageClass="page-front"
    >
      <h1 class="visually-hidden" safe>
        {publication.name}
      </h1>
      {front.lead ? (
        <div class="front-top">
          <section class="front-lead" aria-labelledby="lead-heading">
            <h2 id="lead-heading" class="visually-hidden" safe>
              {t('front.lead')}
            </h2>
            <ArticleCard ctx={ctx} article={front.lead} variant="lead" headingLevel={3} />
            {front.secondary.length ? (
              <div class="front-secondary">
                {front.secondary.map((article) => (
                  <ArticleCard ctx={ctx} article={article} variant="standard" headingLevel={3} />
                ))}
              </div>
            ) : (
              ''
            )}
          </section>
          <section class="front-latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading" class="rule-heading" safe>
              {t('front.latest')}
            </h2>
            <ol class="latest-list">
              {front.latest.map((article) => (
                <li>
                  <ArticleCard ctx={ctx} article={article} variant="compact" headingLevel={3} />
                </li>
              ))}
            </ol>
          </section>
        </div>
      ) : (
        <p class="empty" safe>
          {t('front.empty')}
        </p>
      )}
      {front.sections.map((block) => (
        <section class="front-section" aria-labelledby={`section-${block.section.slug}`}>
          <h2 id={`section-${block.section.slug}`} class="rule-heading">
            <a href={paths.section(block.section.slug)} safe>
              {block.section.name}
            </a>
          </h2>
          <div class="card-grid">
            {block.articles.map((article) => (
              <ArticleCard ctx={ctx} article={article} variant="standard" showSection={false} headingLevel={3} />
            ))}
          </div>
        </section>
      ))}
    </Layout>
  );
}

// ---------- article page ----------

export function ArticleView(props: { ctx: PageContext; page: ArticlePage; comments: CommentSection }): JSX.Element {
  const { ctx, page } = props;
  const { article, section, authors } = page;
  const { t } = ctx;
  const url = absoluteUrl(ctx, paths.article(article.slug));
  const syndication = article.syndication;
  const canonical = syndication?.policy === 'canonical' ? syndication.originalUrl : url;
  const robots = syndication?.policy === 'noindex' ? 'noindex, follow' : undefined;
  const jsonLd = articleJsonLd(ctx, {
    article,
    section,
    authors: authors.map((author) => ({ author, path: paths.author(author.slug) })),
    tags: page.tags.map((tag) => tag.name),
    entries: page.entries,
    updatedAt: page.updatedAt,
    url,
  });
  const safeBody = article.bodyHtml;
  const retracted = page.entries.some((e) => e.kind === 'retraction');
  return (
    <Layout
      ctx={ctx}
      title={article.title}
      description={article.excerpt}
      canonical={canonical}
      robots={robots}
      jsonLd={[jsonLd]}
      currentSection={section.slug}
      pageClass="page-article"
      scripts={[ctx.scripts.comments]}
      head={
        <>
          <meta property="og:type" content="article" />
          <meta property="og:title" content={article.title} />
          <meta property="og:description" content={article.excerpt} />
          <meta property="og:url" content={canonical} />
          <meta property="og:site_name" content={ctx.publication.name} />
          <meta property="article:published_time" content={article.publishedAt ?? ''} />
          <meta property="article:section" content={section.name} />
        </>
      }
    >
      <article class={retracted ? 'article article--retracted' : 'article'} aria-labelledby="article-title">
        {retracted ? (
          <p class="retraction-banner" role="note" safe>
            {t('retraction.banner')}
          </p>
        ) : (
          ''
        )}
        <header class="article__header">
          <p class="kicker article__section">
            <a href={paths.section(section.slug)} safe>
              {section.name}
            </a>
          </p>
          <h1 id="article-title" class="article__title" safe>
            {article.title}
          </h1>
          {article.dek ? (
            <p class="article__dek" safe>
              {article.dek}
            </p>
          ) : (
            ''
          )}
          <div class="article__meta">
            <Byline ctx={ctx} authors={authors} />
            <p class="article__dates">
              <span class="article__published">
                <span safe>{`${t('article.published')} `}</span>
                <DateTime ctx={ctx} iso={article.publishedAt!} />
              </span>
              {page.updatedAt ? (
                <span class="article__updated">
                  <span safe>{`${t('article.updated')} `}</span>
                  <DateTime ctx={ctx} iso={page.updatedAt} />
                </span>
              ) : (
                ''
              )}
              <a class="article__history" href={`${paths.article(article.slug)}/history`} safe>
                {t('history.link')}
              </a>
            </p>
          </div>
        </header>
        {article.featuredImage ? (
          <figure class="article__figure">
            <img
              src={article.featuredImage.url}
              srcset={srcsetFor(article.featuredImage.url)}
              sizes="(min-width: 42rem) 40rem, 100vw"
              alt={article.featuredImage.alt}
            />
          </figure>
        ) : (
          ''
        )}
        <div class="article__body prose">{safeBody}</div>
        {syndication ? (
          <p class="syndication">
            <span safe>
              {t('article.syndication', {
                outlet: syndication.outlet,
                date: syndication.originalDate ? formatDate(syndication.originalDate, ctx.locale) : '',
              })}
            </span>{' '}
            <a href={syndication.originalUrl} class="syndication__link" safe>
              {t('article.syndicationOriginal')}
            </a>
            {syndication.licence ? (
              <span safe>{` ${t('article.licence', { licence: syndication.licence })}`}</span>
            ) : (
              ''
            )}
          </p>
        ) : (
          ''
        )}
        {page.tags.length ? (
          <nav class="article__tags" aria-label={t('article.tags')}>
            <h2 class="visually-hidden" safe>{t('article.tags')}</h2>
            <ul>
              {page.tags.map((tag) => (
                <li>
                  <a href={paths.tag(tag.slug)} safe>
                    {tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          ''
        )}
        {page.entries.length ? <EditorialEntries ctx={ctx} entries={page.entries} /> : ''}
        <section class="author-bios" aria-labelledby="bios-heading">
          <h2 id="bios-heading" class="rule-heading" safe>
            {authors.length > 1 ? t('article.aboutAuthors') : t('article.aboutAuthor')}
          </h2>
          {authors.map((author) => (
            <div class="author-bio">
              <Initials name={author.name} initials={initialsOf(author.name)} size="small" />
              <div>
                <p class="author-bio__name">
                  <a href={paths.author(author.slug)} safe>
                    {author.name}
                  </a>
                  {author.roleTitle ? <span class="author-bio__role" safe>{author.roleTitle}</span> : ''}
                </p>
                <p class="author-bio__text" safe>
                  {author.bio}
                </p>
              </div>
            </div>
          ))}
        </section>
      </article>
      <CommentsSection
        ctx={ctx}
        comments={page.comments}
        held={props.comments.held}
        count={page.commentCount}
        form={props.comments.form}
        articleSlug={article.slug}
        depth={props.comments.depth}
        open={props.comments.open}
      />
    </Layout>
  );
}

export function EditorialEntries(props: { ctx: PageContext; entries: EditorialEntry[] }): JSX.Element {
  const { ctx } = props;
  return (
    <aside class="editorial" aria-labelledby="editorial-heading">
      <h2 id="editorial-heading" class="editorial__heading" safe>
        {ctx.t('article.editorial')}
      </h2>
      {props.entries.map((entry) => {
        const safeEntryBody = entry.bodyHtml;
        return (
          <section class={`editorial-entry editorial-entry--${entry.kind}`} id={`note-${entry.id}`}>
            <h3 class="editorial-entry__kind">
              <span safe>{ctx.t(`editorial.${entry.kind}`)}</span>
              <DateTime ctx={ctx} iso={entry.entryDate} class="editorial-entry__date" />
            </h3>
            <div class="editorial-entry__body prose">{safeEntryBody}</div>
            <p class="editorial-entry__signature" safe>
              {ctx.t('article.editorialSigned', { signedBy: entry.signedBy })}
            </p>
          </section>
        );
      })}
    </aside>
  );
}

// ---------- archives ----------

export function ArchiveView(props: {
  ctx: PageContext;
  title: string;
  kind: 'section' | 'tag';
  description?: string;
  basePath: string;
  paged: Paged<ArticleSummary>;
  currentSection?: string;
}): JSX.Element {
  const { ctx, paged } = props;
  const pageTitle = paged.page > 1 ? `${props.title} (${ctx.t('archive.page', { page: paged.page, pageCount: paged.pageCount })})` : props.title;
  return (
    <Layout
      ctx={ctx}
      title={pageTitle}
      description={props.description}
      canonical={absoluteUrl(ctx, paths.withPage(props.basePath, paged.page))}
      currentSection={props.currentSection}
      pageClass={`page-archive page-archive--${props.kind}`}
    >
      <header class="archive-header">
        <h1 class="archive-header__title" safe>
          {props.title}
        </h1>
        {props.description ? (
          <p class="archive-header__description" safe>
            {props.description}
          </p>
        ) : (
          ''
        )}
        <p class="archive-header__count" safe>
          {plural(ctx.t, ctx.locale.language, 'archive.articleCount', paged.total)}
        </p>
      </header>
      <ArchiveList ctx={ctx} paged={paged} showSection={props.kind !== 'section'} basePath={props.basePath} />
    </Layout>
  );
}

export function ArchiveList(props: { ctx: PageContext; paged: Paged<ArticleSummary>; showSection: boolean; basePath: string }): JSX.Element {
  const { ctx, paged } = props;
  return (
    <>
      {paged.items.length === 0 ? (
        <p class="empty" safe>
          {ctx.t('archive.empty')}
        </p>
      ) : (
        <ol class="archive-list">
          {paged.items.map((article) => (
            <li>
              <ArticleCard ctx={ctx} article={article} variant="standard" showSection={props.showSection} />
            </li>
          ))}
        </ol>
      )}
      <Pagination ctx={ctx} basePath={props.basePath} page={paged.page} pageCount={paged.pageCount} />
    </>
  );
}
