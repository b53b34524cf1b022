// Authors credited on bylines. Byline-only authors (guests, partner reporters) never log in.

export interface AuthorLink {
  label: string;
  url: string;
}

export interface Author {
  id: number;
  slug: string;
  name: string;
  roleTitle: string;
  bio: string;
  photoUrl: string | null;
  links: AuthorLink[];
  bylineOnly: boolean;
}

/** Parses the stored JSON links, keeping only well-formed http(s) entries. */
export function parseAuthorLinks(json: string): AuthorLink[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (link): link is AuthorLink =>
        typeof link?.label === 'string' && typeof link?.url === 'string' && /^https?:\/\//.test(link.url),
    );
  } catch {
    return [];
  }
}

/** Initials for the generated portrait when an author has no photo: "Priya Raman-Holt" → "PR". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export interface AuthorProblem {
  field: 'name' | 'slug' | 'bio' | 'links' | 'photoUrl';
  message: string;
}

/** Reads "Label | https://…" lines; reports the first line that is not of that form. */
export function parseLinkLines(text: string): { links: AuthorLink[]; problem?: string } {
  const links: AuthorLink[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const [label, url, extra] = line.split('|').map((p) => p.trim());
    if (!label || !url || extra !== undefined || !/^https?:\/\/\S+$/.test(url)) {
      return { links, problem: `Line ${index + 1} should look like “Website | https://example.org”.` };
    }
    links.push({ label, url });
  }
  return { links };
}

export function checkAuthor(author: { name: string; slug: string; bio: string; photoUrl: string | null }): AuthorProblem[] {
  const problems: AuthorProblem[] = [];
  if (author.name.trim() === '') problems.push({ field: 'name', message: 'Give the author’s name as it appears on bylines.' });
  if (author.name.length > 200) problems.push({ field: 'name', message: 'The name is longer than 200 characters.' });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(author.slug) || author.slug.length > 120) {
    problems.push({ field: 'slug', message: 'Use lower-case letters, digits and single hyphens (at most 120).' });
  }
  if (author.bio.length > 5000) problems.push({ field: 'bio', message: `The bio is ${author.bio.length} characters long; the limit is 5000.` });
  if (author.photoUrl && !/^(https?:\/\/|\/media\/)\S+$/.test(author.photoUrl)) problems.push({ field: 'photoUrl', message: 'The photo address must start with https:// or be an uploaded image.' });
  return problems;
}
