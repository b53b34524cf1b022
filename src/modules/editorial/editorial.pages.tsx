// Public pages of the record: the corrections list and an article's history of versions.
import { formatDateTime } from '../../core/i18n/i18n.ts';
import type { Paged } from '../../core/pagination.ts';
import { DateTime, Pagination } from '../../http/components.tsx';
import { Layout } from '../../http/layout.tsx';
import { absoluteUrl, paths, type PageContext } from '../../http/page-context.ts';
import type { Revision } from '../articles/revision.repository.ts';
import type { PublicCorrection } from './editorial.queries.ts';

export function CorrectionsView(props: { ctx: PageContext; paged: Paged<PublicCorrection> }): JSX.Element {
  const { ctx, paged } = props;
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('corrections.title')}
      description={t('corrections.intro')}
      canonical={absoluteUrl(ctx, paths.withPage(paths.corrections(), paged.page))}
      pageClass="page-corrections"
      head={<link rel="alternate" type="application/atom+xml" title={t('corrections.feed')} href="/corrections/feed" />}
    >
      <header class="archive-header">
        <h1 class="archive-header__title" safe>
          {t('corrections.title')}
        </h1>
        <p class="archive-header__description" safe>
          {t('corrections.intro')}
        </p>
        <p class="archive-header__count">
          <a href="/corrections/feed" safe>
            {t('corrections.feed')}
          </a>
        </p>
      </header>
      {paged.items.length === 0 ? (
        <p class="empty" safe>
          {t('corrections.none')}
        </p>
      ) : (
        <ol class="corrections-list">
          {paged.items.map((c) => {
            const safeBody = c.bodyHtml;
            return (
              <li class="editorial-entry editorial-entry--correction" id={`correction-${c.id}`}>
                <h2 class="corrections-list__article">
                  <a href={`${paths.article(c.article.slug)}#note-${c.id}`} safe>
                    {c.article.title}
                  </a>
                </h2>
                <p class="editorial-entry__kind">
                  <span safe>{t('editorial.correction')}</span>
                  <DateTime ctx={ctx} iso={c.entryDate} class="editorial-entry__date" />
                </p>
                <div class="editorial-entry__body prose">{safeBody}</div>
                <p class="editorial-entry__signature" safe>
                  {t('article.editorialSigned', { signedBy: c.signedBy })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <Pagination ctx={ctx} basePath={paths.corrections()} page={paged.page} pageCount={paged.pageCount} />
    </Layout>
  );
}

export interface HistoryComparison {
  from: number;
  to: number;
  title: string;
  dek: string;
  body: string;
}

export function HistoryView(props: {
  ctx: PageContext;
  slug: string;
  title: string;
  versions: Revision[];
  comparison: HistoryComparison | undefined;
}): JSX.Element {
  const { ctx, versions, comparison } = props;
  const { t } = ctx;
  const historyPath = `${paths.article(props.slug)}/history`;
  return (
    <Layout ctx={ctx} title={t('history.title', { title: props.title })} canonical={absoluteUrl(ctx, historyPath)} robots="noindex, follow" pageClass="page-history">
      <header class="archive-header">
        <h1 class="archive-header__title" safe>
          {t('history.title', { title: props.title })}
        </h1>
        <p class="archive-header__description" safe>
          {t('history.intro')}
        </p>
        <p>
          <a href={paths.article(props.slug)} safe>
            {`← ${t('history.backToArticle')}`}
          </a>
        </p>
      </header>
      <ol class="version-list">
        {versions.map((version, index) => (
          <li class={comparison && (comparison.from === index + 1 || comparison.to === index + 1) ? 'version-list__item version-list__item--selected' : 'version-list__item'}>
            <span class="version-list__name" safe>
              {t('history.version', { number: index + 1 })}
            </span>
            <time datetime={version.effectiveAt ?? version.createdAt} safe>
              {formatDateTime(version.effectiveAt ?? version.createdAt, ctx.locale)}
            </time>
            <span class="version-list__kind" safe>
              {index === 0 ? t('history.first') : version.change === 'minor' ? t('history.minor') : t('history.substantive')}
            </span>
            {index > 0 ? (
              <a href={`${historyPath}?from=${index}&to=${index + 1}#changes`} safe>
                {t('history.showChanges')}
              </a>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
      {versions.length <= 1 ? (
        <p class="empty" safe>
          {t('history.onlyOne')}
        </p>
      ) : (
        ''
      )}
      {comparison ? (
        <section class="history-diff" id="changes" aria-labelledby="changes-heading">
          <h2 id="changes-heading" class="rule-heading" safe>
            {t('history.compare', { from: comparison.from, to: comparison.to })}
          </h2>
          <p class="history-diff__legend" safe>
            {t('history.legend')}
          </p>
          <h3 safe>{t('history.headline')}</h3>
          <p class="diff">{comparison.title as 'safe'}</p>
          <h3 safe>{t('history.standfirst')}</h3>
          <p class="diff">{comparison.dek as 'safe'}</p>
          <h3 safe>{t('history.body')}</h3>
          <div class="diff diff--body">{comparison.body as 'safe'}</div>
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}

