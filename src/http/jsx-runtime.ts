// The JSX runtime for every page: @kitajs/html, with attribute values escaped in full.
// Kita escapes only the double quote inside attributes, so a typed "&quot;" would come back
// as a quote and a "<" would reach the page raw. Here &, <, > and ' are escaped first; Kita
// then escapes the double quote. Children are still escaped only with `safe` (xss-scan checks).
import { Fragment, jsx as kitaJsx, jsxs as kitaJsxs } from '@kitajs/html/jsx-runtime';

export { Fragment };

const attributeEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;' };
const needsEscape = /[&<>']/;

function escapeAttributes(name: string | Function, attributes: Record<string, any>): Record<string, any> {
  if (typeof name !== 'string') return attributes;
  let copy: Record<string, any> | undefined;
  for (const key in attributes) {
    const value = attributes[key];
    if (key === 'children' || typeof value !== 'string' || !needsEscape.test(value)) continue;
    copy ??= { ...attributes };
    copy[key] = value.replace(/[&<>']/g, (c) => attributeEscapes[c]!);
  }
  return copy ?? attributes;
}

export function jsx(name: string | Function, attributes: { children?: any; [k: string]: any }): JSX.Element {
  return kitaJsx(name, escapeAttributes(name, attributes));
}

export function jsxs(name: string | Function, attributes: { children: any[]; [k: string]: any }): JSX.Element {
  return kitaJsxs(name, escapeAttributes(name, attributes) as { children: any[] });
}
