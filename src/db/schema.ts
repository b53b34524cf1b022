// Row types of every table, as Kysely sees them. snake_case stops at the repositories.
// Times are ISO 8601 UTC text (see docs/adr/0003-dual-dialect-storage.md); flags are 0/1 integers.
import type { Generated } from 'kysely';

export interface PublicationsTable {
  id: number;
  name: string;
  tagline: string;
  issn: string | null;
  logo_url: string | null;
  language: string;
  time_zone: string;
  accent_color: string;
  updated_at: string;
}

export interface SectionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  article_type: string;
  position: number;
  created_at: string;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: string;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  display_name: string;
  role_title: string;
  bio: string;
  photo_url: string | null;
  /** JSON array of {label, url}. */
  links: string;
  byline_only: number;
  created_at: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  dek: string;
  section_id: number;
  body_markdown: string;
  /** Sanitised when saved; pages print it as it is. */
  body_html: string;
  excerpt: string;
  status: string;
  published_at: string | null;
  /** Last substantive revision after publication; drives the public "updated" date with editorial entries. */
  revised_at: string | null;
  featured_image_url: string | null;
  featured_image_alt: string | null;
  syndication_outlet: string | null;
  syndication_outlet_url: string | null;
  syndication_url: string | null;
  syndication_original_date: string | null;
  syndication_licence: string | null;
  syndication_policy: string | null;
  comments_open: number;
  created_at: string;
  modified_at: string;
  /** Incremented on every save; a save naming an older version is a conflict. */
  lock_version: Generated<number>;
  created_by: number | null;
}

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
}

export interface EditorialEntriesTable {
  id: Generated<number>;
  article_id: number | null;
  author_id: number | null;
  kind: string;
  body_markdown: string;
  body_html: string;
  entry_date: string;
  signed_by: string;
  created_at: string;
}

export interface CommentsTable {
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  author_name: string;
  author_email: string;
  author_url: string | null;
  author_ip: string | null;
  user_agent: string | null;
  body: string;
  status: string;
  created_at: string;
  modified_at: string;
  staff_user_id: number | null;
  notify_replies: Generated<number>;
  /** SHA-256 of the normalised text, for duplicate detection. */
  content_hash: string | null;
}

export interface CommentEventsTable {
  id: Generated<number>;
  comment_id: number;
  at: string;
  actor_id: number | null;
  actor_label: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  reasons: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface CommentBlocksTable {
  id: Generated<number>;
  kind: string;
  value: string;
  created_at: string;
  created_by: number | null;
}

export interface OutboxTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  role: string;
  author_id: number | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_secret: string;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  failed_at: string;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: number;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  kind: string;
  change: string | null;
  title: string;
  dek: string;
  body_markdown: string;
  body_html: string;
  excerpt: string;
  snapshot: string;
  effective_at: string | null;
  created_by: number | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  detail: string;
  ip: string | null;
}

export interface SpamApiKeysTable {
  id: Generated<number>;
  /** SHA-256 of the key; the key itself is shown once. */
  key_hash: string;
  /** First characters of the key, to tell keys apart in lists. */
  key_prefix: string;
  site_url: string;
  created_at: string;
  revoked_at: string | null;
  /** Calls allowed per minute. */
  rate_limit: number;
}

export interface SpamApiChecksTable {
  guid: string;
  key_id: number;
  /** The request as checked, JSON; kept 15 days so feedback can match it. */
  payload: string;
  result: string;
  created_at: string;
}

/** Calls of one API key in one minute, for its rate limit. */
export interface SpamApiMinutesTable {
  key_id: number;
  /** Minutes since the Unix epoch. */
  minute: number;
  calls: number;
}

export interface SpamApiUsageTable {
  key_id: number;
  /** YYYY-MM */
  month: string;
  calls: number;
  spam: number;
  ham: number;
  missed_spam: number;
  false_positives: number;
}

export interface Schema {
  publications: PublicationsTable;
  sections: SectionsTable;
  tags: TagsTable;
  authors: AuthorsTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  editorial_entries: EditorialEntriesTable;
  comments: CommentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  password_resets: PasswordResetsTable;
  article_revisions: ArticleRevisionsTable;
  audit_log: AuditLogTable;
  comment_events: CommentEventsTable;
  settings: SettingsTable;
  comment_blocks: CommentBlocksTable;
  outbox: OutboxTable;
  spam_api_keys: SpamApiKeysTable;
  spam_api_checks: SpamApiChecksTable;
  spam_api_usage: SpamApiUsageTable;
  spam_api_minutes: SpamApiMinutesTable;
  spam_site_features: SpamSiteFeaturesTable;
  spam_site_totals: SpamSiteTotalsTable;
  spam_site_fingerprints: SpamSiteFingerprintsTable;
}

export interface SpamSiteFeaturesTable {
  site_id: string;
  /** Feature hash as a signed 32-bit integer. */
  feature_hash: number;
  /** Added to the shipped model's log-odds, per unit of feature value. */
  weight: number;
  /** Lessons containing the feature, by label. */
  spam: number;
  ham: number;
}

export interface SpamSiteTotalsTable {
  site_id: string;
  spam: number;
  ham: number;
  updated_at: string;
}

/** One band key of the fingerprint of a text a site's moderators judged. */
export interface SpamSiteFingerprintsTable {
  site_id: string;
  /** Random id shared by the rows of one lesson. */
  lesson_id: string;
  /** Band key as a signed 32-bit integer. */
  band_key: number;
  label: 'spam' | 'ham';
  learned_at: string;
}
