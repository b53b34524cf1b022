// Small pieces shared by staff pages.

export function Pagination(props: { basePath: string; query: string; page: number; pageCount: number }): JSX.Element {
  if (props.pageCount <= 1) return '';
  const href = (page: number) => {
    const params = new URLSearchParams(props.query);
    params.set('page', String(page));
    return `${props.basePath}?${params.toString()}`;
  };
  return (
    <nav class="desk-pagination" aria-label="Pages">
      {props.page > 1 ? <a href={href(props.page - 1)}>← Previous</a> : <span />}
      <span class="muted" safe>{`Page ${props.page} of ${props.pageCount}`}</span>
      {props.page < props.pageCount ? <a href={href(props.page + 1)}>Next →</a> : <span />}
    </nav>
  );
}
