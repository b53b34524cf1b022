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
