// Escaping text for HTML, for the few places that build markup outside JSX.
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/**
 * An attribute value escaped in full. @kitajs/html escapes only the double quote in
 * attributes; a typed "&quot;" would then come back as a quote, and "<" would stay raw.
 * Every attribute that can hold text from a person goes through this.
 */
export function attr(value: string | null | undefined): string {
  return (value ?? '').replace(/[&<>"']/g, (c) => (c === '"' ? '&#34;' : (escapes[c] ?? c)));
}
