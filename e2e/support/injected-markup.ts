// Oracles for hostile strings in served HTML (test plan I2): markup that a payload would have
// put in the page had it been printed raw. Works on the raw response text, tag by tag, so an
// escaped payload (&lt;img …) or a payload inside a quoted attribute value is not a tag.

export interface Finding {
  kind: string;
  /** The offending tag or text, shortened. */
  snippet: string;
}

const short = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The brief's plain checks: substrings no escaped page can contain. */
const plainSignatures: { kind: string; pattern: RegExp }[] = [
  { kind: 'raw <script>alert', pattern: /<script[^>]*>\s*alert/i },
  { kind: 'raw <svg onload', pattern: /<svg[\s/]+onload/i },
  { kind: 'raw <iframe', pattern: /<iframe/i },
  // "onerror=alert inside a tag" is not a plain substring check: in `<input value="&lt;img src=x
  // onerror=alert(1)&gt;">` it sits inside a quoted value, harmless. injectedMarkup() below
  // reads each tag's attributes and reports any on* attribute instead.
  { kind: 'raw <img src=x', pattern: /<img\s+src\s*=\s*["']?x\b/i },
];

/** Elements none of our pages render, so any occurrence came from a payload. */
const foreignElements = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'base', 'style', 'xss', 'isindex', 'marquee', 'xmp', 'plaintext']);
/** Attributes that take a URL a browser may navigate to or load. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster', 'dynsrc', 'lowsrc', 'ping']);

const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** Enough entity decoding to see through &#106;avascript: and java&Tab;script: tricks. */
function decodeAttribute(raw: string): string {
  return raw
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(tab|newline|colon|lpar|rpar|quot|apos|amp|lt|gt);?/gi, (_m, name: string) => ({ tab: '\t', newline: '\n', colon: ':', lpar: '(', rpar: ')', quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' })[name.toLowerCase()]!);
}

/**
 * Tags in the HTML that could run script or load foreign content: a script element that is
 * not ours, an element our pages never use, an on* handler, a javascript:/vbscript:/data:text
 * URL, a meta refresh. Raw-text elements (script, textarea, title) are skipped to their end.
 */
export function injectedMarkup(html: string): Finding[] {
  const findings: Finding[] = [];
  for (const { kind, pattern } of plainSignatures) {
    const match = pattern.exec(html);
    if (match) findings.push({ kind, snippet: short(html.slice(match.index, match.index + 120)) });
  }
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const name = match[1]!.toLowerCase();
    const attributes = new Map<string, string>();
    for (const a of match[2]!.matchAll(ATTRIBUTE)) {
      let value = a[2] ?? '';
      if (/^["']/.test(value)) value = value.slice(1, -1);
      attributes.set(a[1]!.toLowerCase(), decodeAttribute(value));
    }
    const tag = short(match[0]);
    if (name === 'script') {
      const ours = (attributes.get('src') ?? '').startsWith('/assets/') || attributes.get('type') === 'application/ld+json';
      if (!ours) findings.push({ kind: 'script element not ours', snippet: tag });
    }
    if (foreignElements.has(name)) findings.push({ kind: `<${name}> element`, snippet: tag });
    if (name === 'meta' && /refresh/i.test(attributes.get('http-equiv') ?? '')) findings.push({ kind: 'meta refresh', snippet: tag });
    for (const [attribute, value] of attributes) {
      if (/^on/.test(attribute)) findings.push({ kind: `${attribute} handler`, snippet: tag });
      // Browsers ignore leading spaces and control characters and tabs/newlines inside the scheme.
      const url = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
      if (urlAttributes.has(attribute) && /^(javascript|vbscript|livescript):|^data:text\/html/.test(url)) findings.push({ kind: `${attribute}=${url.split(':')[0]}:`, snippet: tag });
    }
    // Skip the contents of raw-text elements: what is inside is not markup.
    if (name === 'script' || name === 'textarea' || name === 'title' || name === 'style') {
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      if (end !== -1) TAG.lastIndex = end;
    }
  }
  return findings;
}

/**
 * The opening tags of payloads found verbatim in the page (the unit test's I1 check, for the
 * browser crawl): any `<tag …>` of a payload printed raw, whether as markup or inside an
 * attribute value (ADR 0004: attribute values are escaped in full too). Tags that occur in
 * the page's own markup (found in the page before any payload was stored) are left out.
 */
export function rawPayloadTags(html: string, payloadTags: Iterable<string>, ownTags: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const tag of payloadTags) if (!ownTags.has(tag) && html.includes(tag)) findings.push({ kind: 'payload tag verbatim', snippet: short(tag) });
  return findings;
}
