// Small pieces shared by several public pages.
import { formatDate } from '../core/i18n/i18n.ts';
import type { PageContext } from './page-context.ts';
import { paths } from './page-context.ts';

/** "By A, B and C" with each name linking to the author page; the conjunction follows the language. */
export function Byline(props: { ctx: PageContext; authors: { slug: string; name: string }[]; prefix?: boolean }): JSX.Element {
  const { ctx, authors } = props;
  if (authors.length === 0) return '';
  const names = authors.map((a) => a.name);
  const parts = new Intl.ListFormat(ctx.locale.language, { type: 'conjunction' }).formatToParts(names);
  let index = 0;
  const pieces = parts.map((part) => {
    if (part.type === 'literal') return <span safe>{part.value}</span>;
    const author = authors[index++]!;
    return (
      <a class="byline__author" href={paths.author(author.slug)} rel="author" safe>
        {author.name}
      </a>
    );
  });
  return (
    <p class="byline">
      {props.prefix === false ? '' : <span safe>{`${ctx.t('article.by')} `}</span>}
      {pieces}
    </p>
  );
}

export function DateTime(props: { ctx: PageContext; iso: string; class?: string }): JSX.Element {
  return (
    <time datetime={props.iso} class={props.class} safe>
      {formatDate(props.iso, props.ctx.locale)}
    </time>
  );
}

export function Pagination(props: { ctx: PageContext; basePath: string; page: number; pageCount: number }): JSX.Element {
  const { ctx, basePath, page, pageCount } = props;
  if (pageCount <= 1) return '';
  return (
    <nav class="pagination" aria-label={ctx.t('archive.pagination')}>
      {page > 1 ? (
        <a class="pagination__newer" rel="prev" href={paths.withPage(basePath, page - 1)} safe>
          {`← ${ctx.t('archive.newer')}`}
        </a>
      ) : (
        <span />
      )}
      <span class="pagination__status" safe>
        {ctx.t('archive.page', { page, pageCount })}
      </span>
      {page < pageCount ? (
        <a class="pagination__older" rel="next" href={paths.withPage(basePath, page + 1)} safe>
          {`${ctx.t('archive.older')} →`}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A locally generated portrait: initials on a colour chosen from the name (no third-party images). */
export function Initials(props: { name: string; initials: string; size: 'small' | 'large' }): JSX.Element {
  let hash = 0;
  for (const ch of props.name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return (
    <span class={`avatar avatar--${props.size} avatar--hue${hash % 8}`} aria-hidden="true" safe>
      {props.initials}
    </span>
  );
}
