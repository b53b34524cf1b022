// Shape of the demo journal's content. The content files hold plain data only;
// demo.service.ts turns it into rows through the real repositories.

export type DemoCommentStatus = 'approved' | 'pending' | 'spam' | 'trash';

export interface DemoComment {
  /** Display name the commenter typed. */
  name: string;
  /** Fictional address at example.com / example.org / example.net; never shown publicly. */
  email: string;
  /** Optional website, fictional `.example` domain. */
  url?: string;
  /** Plain text; blank lines separate paragraphs. */
  body: string;
  /** When it was posted, relative to the article's publication, in minutes. */
  minutesAfter: number;
  status: DemoCommentStatus;
  /** Documentation-range address (192.0.2.x, 198.51.100.x, 203.0.113.x). */
  ip: string;
  replies?: DemoComment[];
}

export type EditorialKind = 'editors_note' | 'correction' | 'clarification' | 'update' | 'retraction';

export interface DemoEditorialEntry {
  kind: EditorialKind;
  /** Markdown, one or two short paragraphs. */
  body: string;
  /** ISO 8601 UTC, e.g. '2025-03-14T10:00:00Z'. */
  date: string;
  /** Who signs it, e.g. 'The Editors' or 'Hannah Voss, Editor-in-Chief'. */
  signedBy: string;
  /** When set, the entry also appears on that author's page. */
  alsoOnAuthor?: string;
}

export interface DemoSyndication {
  outlet: string;
  outletUrl: string;
  originalUrl: string;
  /** ISO 8601 UTC of the original publication. */
  originalDate: string;
  licence: string;
  policy: 'canonical' | 'noindex' | 'attribution';
}

export interface DemoArticle {
  slug: string;
  title: string;
  /** One-sentence standfirst shown under the headline. */
  dek: string;
  /** Section slug: 'opinion' | 'news' | 'analysis' | 'culture'. */
  section: string;
  /** Tag names; slugs are derived. */
  tags: string[];
  /** Author slugs in byline order. */
  authors: string[];
  /** ISO 8601 UTC. */
  publishedAt: string;
  /** Defaults to published. */
  status?: 'draft' | 'scheduled' | 'published';
  /** Short summary for lists and feeds, one or two sentences. */
  excerpt: string;
  /** Markdown body. */
  body: string;
  /**
   * The text as first published, when a correction changed it later: replacements that turn
   * the final body back into the first one. The correction's date becomes the second version's.
   */
  firstVersion?: { replace: [string, string][] };
  syndication?: DemoSyndication;
  editorial?: DemoEditorialEntry[];
  comments?: DemoComment[];
}

export interface DemoAuthor {
  slug: string;
  name: string;
  /** A short paragraph, third person. */
  bio: string;
  /** Job title shown on the author page. */
  role: string;
  links: { label: string; url: string }[];
  /** Byline-only authors never log in. */
  bylineOnly: boolean;
}

export interface DemoSection {
  slug: string;
  name: string;
  description: string;
  articleType: 'OpinionNewsArticle' | 'AnalysisNewsArticle' | 'NewsArticle';
}
