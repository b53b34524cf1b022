// The desk's data tables. On phones desk.css draws each row as a card and each cell as a line
// headed by its column's name (data-label); the cell without a label is the card's title. A table
// whose CSS display changes loses its table semantics in WebKit and some screen readers, so every
// part carries its ARIA role explicitly.

/** A table with one column header per name; the children are its rows (`<Row>`). */
export function DataTable(props: { columns: string[]; children?: JSX.Element | JSX.Element[] }): JSX.Element {
  return (
    <div class="table-wrap">
      <table class="data" role="table">
        <thead role="rowgroup">
          <tr role="row">
            {props.columns.map((name) => (
              <th scope="col" role="columnheader" safe>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">{props.children as 'safe'}</tbody>
      </table>
    </div>
  );
}

export function Row(props: { children?: JSX.Element | JSX.Element[] }): JSX.Element {
  return <tr role="row">{props.children as 'safe'}</tr>;
}

/**
 * A cell. `label` is its column's name, shown before the value on phones; leave it out on the
 * cell that titles the row. `safe` escapes the children as it does on an element (Kita passes it
 * to a component untouched, and xss-scan trusts it here as on an element, so it must be honoured).
 */
export function Cell(props: { label?: string; safe?: boolean; children?: JSX.Element | JSX.Element[] }): JSX.Element {
  return props.safe ? (
    <td role="cell" data-label={props.label} safe>
      {props.children}
    </td>
  ) : (
    <td role="cell" data-label={props.label}>
      {props.children as 'safe'}
    </td>
  );
}
