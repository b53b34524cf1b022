// What a reader of a mail sees: its subject and the visible text of its body. Used to turn
// the SpamAssassin corpus into comment-like texts. Headers other than Subject are dropped;
// MIME parts are walked (plain text preferred over HTML in an alternative, attachments
// skipped); quoted-printable, base64, RFC 2047 subjects, charsets and HTML entities are decoded.

interface Part {
  headers: Map<string, string>;
  body: string;
}

const MAX_DEPTH = 8;

/** Subject, a blank line, then the visible text. */
export function mailToText(raw: string): string {
  const mail = splitPart(raw.replace(/\r\n/g, '\n'));
  const subject = decodeWords(mail.headers.get('subject') ?? '').trim();
  const body = visibleText(mail, 0).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return subject ? `${subject}\n\n${body}` : body;
}

function splitPart(text: string): Part {
  const blank = text.indexOf('\n\n');
  const head = blank < 0 ? text : text.slice(0, blank);
  const body = blank < 0 ? '' : text.slice(blank + 2);
  const headers = new Map<string, string>();
  // Folded header lines continue with leading white space.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0 || /\s/.test(line.slice(0, colon))) continue;
    const name = line.slice(0, colon).toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function contentType(part: Part): { type: string; params: Map<string, string> } {
  const value = part.headers.get('content-type') ?? 'text/plain';
  const [type = 'text/plain', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    params.set(p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim().replace(/^"(.*)"$/s, '$1'));
  }
  return { type: type.trim().toLowerCase(), params };
}

function visibleText(part: Part, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  const { type, params } = contentType(part);
  if (type.startsWith('multipart/')) {
    const boundary = params.get('boundary');
    if (!boundary) return part.body;
    const children = splitMultipart(part.body, boundary).map(splitPart);
    if (type === 'multipart/alternative') {
      const plain = children.find((c) => contentType(c).type === 'text/plain');
      const chosen = plain ?? children.find((c) => contentType(c).type === 'text/html') ?? children[0];
      return chosen ? visibleText(chosen, depth + 1) : '';
    }
    return children.map((c) => visibleText(c, depth + 1)).filter(Boolean).join('\n\n');
  }
  if (type === 'message/rfc822') {
    const inner = splitPart(part.body);
    const subject = decodeWords(inner.headers.get('subject') ?? '');
    return [subject, visibleText(inner, depth + 1)].filter(Boolean).join('\n\n');
  }
  const disposition = (part.headers.get('content-disposition') ?? '').toLowerCase();
  if (!type.startsWith('text/') || disposition.startsWith('attachment')) return '';
  const text = decodeBody(part.body, part.headers.get('content-transfer-encoding') ?? '', params.get('charset') ?? '');
  return type === 'text/html' ? htmlToText(text) : text;
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const lines = body.split('\n');
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith(`--${boundary}`)) {
      if (current) parts.push(current.join('\n'));
      if (line.startsWith(`--${boundary}--`)) return parts;
      current = [];
    } else if (current) current.push(line);
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

function decodeBody(body: string, encoding: string, charset: string): string {
  const e = encoding.trim().toLowerCase();
  if (e === 'base64') return decodeBytes(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'), charset);
  if (e === 'quoted-printable') return decodeBytes(quotedPrintableBytes(body), charset);
  return body;
}

function quotedPrintableBytes(text: string): Buffer {
  const soft = text.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 128) {
      bytes.push(c);
    } else {
      for (const b of Buffer.from(soft[i]!, 'utf8')) bytes.push(b);
    }
  }
  return Buffer.from(bytes);
}

function decodeBytes(bytes: Buffer, charset: string): string {
  const label = charset.trim().toLowerCase() || 'utf-8';
  try {
    return new TextDecoder(label === 'us-ascii' ? 'windows-1252' : label).decode(bytes);
  } catch {
    // An unknown or misspelt charset: Latin-1 keeps every byte and the ASCII words readable.
    return bytes.toString('latin1');
  }
}

/** RFC 2047 encoded words, e.g. =?iso-8859-1?Q?caf=E9?=. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, charset: string, kind: string, data: string) => {
      const bytes = kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintableBytes(data.replace(/_/g, ' '));
      return decodeBytes(bytes, charset.split('*')[0]!);
    });
}

const entities: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
  yen: '¥', cent: '¢', middot: '·', bull: '•', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', deg: '°', times: '×', eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß',
};

/** Text a browser would show: no scripts, styles or comments; block ends become line breaks. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<(br|\/p|\/div|\/tr|\/h[1-6]|li|\/li|p|div|tr|table|\/table)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n');
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return entities[name.toLowerCase()] ?? m;
  });
}
