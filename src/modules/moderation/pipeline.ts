// The moderation pipeline: ordered phases, each a small pure function of the context it
// needs, returning a verdict with its reasons. The order is WordPress's (docs/house-style.md):
// closed → fields → flood → duplicate → manual approval → links → moderation words →
// disallowed words → honeypot and fill time → spam checker → previously approved author.
import type { CommentStatus } from '../comments/comment.ts';
import { COMMENT_LIMITS } from './comment-limits.ts';
import type { DiscussionSettings } from './discussion-settings.ts';

export interface Submission {
  articleId: number;
  parentId: number | null;
  /** As typed, after NFC normalisation; the name is trimmed. */
  author: string;
  email: string;
  url: string;
  comment: string;
  ip: string;
  userAgent: string;
  /** The hidden field people never fill. */
  honeypot: string;
  /** Seconds between the form being served and sent; undefined when the stamp is missing or forged. */
  fillSeconds: number | undefined;
}

export type SpamResult =
  | { kind: 'ham'; reasons: string[] }
  | { kind: 'spam'; blatant: boolean; reasons: string[] }
  | { kind: 'failed'; reason: string };

export interface PipelineContext {
  settings: DiscussionSettings;
  article: { commentsOpen: boolean; publishedAt: string };
  now: Date;
  /** Comments from this address or email in the flood window. */
  recentFromSender: number;
  /** The same text already on this article. */
  duplicate: boolean;
  /** An earlier approved comment with the same name and email. */
  previouslyApproved: boolean;
  /** The email or address is blocked by a moderator. */
  blocked: boolean;
  /** The parent comment exists on this article and is approved (or there is no parent). */
  parentOk: boolean;
  spam: SpamResult;
}

export type FieldName = 'comment' | 'author' | 'email' | 'url';

/** Outcomes that refuse the comment outright: nothing is stored. */
export type Refusal =
  | { refused: 'closed' }
  | { refused: 'invalid'; fields: Partial<Record<FieldName, string>> }
  | { refused: 'flood' }
  | { refused: 'duplicate' };

export interface Verdict {
  status: Exclude<CommentStatus, 'approved'> | 'approved';
  /** Drop silently (blatant spam with the discard setting on). */
  discard?: boolean;
  /** Readable reasons, kept in the comment's history. */
  reasons: string[];
}

export type PipelineResult = { accepted: true; verdict: Verdict; trail: string[] } | ({ accepted: false } & Refusal);

type Phase = (s: Submission, c: PipelineContext) => Refusal | Verdict | undefined;

const FLOOD_SECONDS = 15;

// ---------- phases ----------

export const closedPhase: Phase = (_s, c) => {
  if (!c.settings.commentsEnabled || !c.article.commentsOpen) return { refused: 'closed' };
  if (c.settings.closeAfterDays > 0) {
    const age = c.now.getTime() - Date.parse(c.article.publishedAt);
    if (age > c.settings.closeAfterDays * 86_400_000) return { refused: 'closed' };
  }
  return undefined;
};

export const fieldsPhase: Phase = (s, c) => {
  const fields: Partial<Record<FieldName, string>> = {};
  const over = (name: FieldName, value: string, label: string) => {
    const length = [...value].length;
    if (length > COMMENT_LIMITS[name]) fields[name] = `${label} is ${length} characters long; the limit is ${COMMENT_LIMITS[name]}. Nothing was cut: shorten it and send again.`;
  };
  if (s.comment.trim() === '') fields.comment = 'Write a comment.';
  else over('comment', s.comment, 'Your comment');
  if (s.author === '') fields.author = 'Give your name.';
  else over('author', s.author, 'The name');
  if (s.email.trim() === '') fields.email = 'Give your email address (it is never published).';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email.trim())) fields.email = 'This does not look like an email address.';
  else over('email', s.email, 'The email address');
  if (s.url.trim() !== '') {
    if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s.url.trim())) fields.url = 'A website must start with http:// or https://.';
    else over('url', s.url, 'The website');
  }
  if (!c.parentOk) fields.comment = fields.comment ?? 'The comment you are replying to is not available.';
  return Object.keys(fields).length ? { refused: 'invalid', fields } : undefined;
};

export const floodPhase: Phase = (_s, c) => (c.recentFromSender > 0 ? { refused: 'flood' } : undefined);

export const duplicatePhase: Phase = (_s, c) => (c.duplicate ? { refused: 'duplicate' } : undefined);

export const blockedPhase: Phase = (_s, c) => (c.blocked ? { status: 'spam', reasons: ['The email address or network address is blocked by a moderator.'] } : undefined);

export const manualApprovalPhase: Phase = (_s, c) =>
  c.settings.manualApproval ? { status: 'pending', reasons: ['Every comment is approved by hand (setting).'] } : undefined;

export function countLinks(text: string): number {
  return (text.match(/https?:\/\/|<a\s/gi) ?? []).length;
}

export const linkCountPhase: Phase = (s, c) => {
  const links = countLinks(s.comment);
  return c.settings.holdLinkCount > 0 && links >= c.settings.holdLinkCount
    ? { status: 'pending', reasons: [`${links} links (holding at ${c.settings.holdLinkCount} or more).`] }
    : undefined;
};

/** WordPress matches each word inside the text, name, email, website, address and browser. */
function firstWordFound(words: string[], s: Submission): string | undefined {
  const haystacks = [s.comment, s.author, s.email, s.url, s.ip, s.userAgent].map((h) => h.toLowerCase());
  return words.find((word) => word && haystacks.some((h) => h.includes(word.toLowerCase())));
}

export const moderationWordsPhase: Phase = (s, c) => {
  const word = firstWordFound(c.settings.moderationWords, s);
  return word ? { status: 'pending', reasons: [`Contains “${word}”, on the moderation list.`] } : undefined;
};

export const disallowedWordsPhase: Phase = (s, c) => {
  const word = firstWordFound(c.settings.disallowedWords, s);
  return word ? { status: 'trash', reasons: [`Contains “${word}”, on the disallowed list.`] } : undefined;
};

export const botTrapPhase: Phase = (s, c) => {
  if (s.honeypot !== '') return { status: 'spam', reasons: ['Filled in the hidden field that only robots see.'] };
  if (s.fillSeconds === undefined) return { status: 'spam', reasons: ['The form’s time stamp is missing or forged.'] };
  if (s.fillSeconds < c.settings.minFillSeconds) return { status: 'spam', reasons: [`Sent ${s.fillSeconds.toFixed(1)} s after the form was shown (minimum ${c.settings.minFillSeconds} s).`] };
  return undefined;
};

export const spamCheckPhase: Phase = (_s, c) => {
  if (c.spam.kind === 'failed') return { status: 'pending', reasons: [`Spam check failed: ${c.spam.reason}`] };
  if (c.spam.kind === 'spam') {
    return { status: 'spam', discard: c.spam.blatant && c.settings.discardBlatantSpam, reasons: c.spam.reasons.length ? c.spam.reasons : ['The spam filter judged it spam.'] };
  }
  return undefined;
};

export const previouslyApprovedPhase: Phase = (_s, c) => {
  if (!c.settings.requirePreviouslyApproved) return { status: 'approved', reasons: ['No rule held it.'] };
  return c.previouslyApproved
    ? { status: 'approved', reasons: ['The author has an earlier approved comment.'] }
    : { status: 'pending', reasons: ['First comment from this author: held for a moderator.'] };
};

export const phases: { name: string; run: Phase }[] = [
  { name: 'closed', run: closedPhase },
  { name: 'fields', run: fieldsPhase },
  { name: 'flood', run: floodPhase },
  { name: 'duplicate', run: duplicatePhase },
  { name: 'blocked', run: blockedPhase },
  { name: 'manual approval', run: manualApprovalPhase },
  { name: 'links', run: linkCountPhase },
  { name: 'moderation words', run: moderationWordsPhase },
  { name: 'disallowed words', run: disallowedWordsPhase },
  { name: 'honeypot and fill time', run: botTrapPhase },
  { name: 'spam checker', run: spamCheckPhase },
  { name: 'previously approved', run: previouslyApprovedPhase },
];

// Later phases may make a verdict stricter, never milder: a held comment that the spam
// filter flags becomes spam, but nothing a later phase says can publish a held comment.
const severity: Record<Verdict['status'], number> = { approved: 0, pending: 1, trash: 2, spam: 3 };

export function runPipeline(s: Submission, c: PipelineContext): PipelineResult {
  let verdict: Verdict | undefined;
  const trail: string[] = [];
  for (const phase of phases) {
    const outcome = phase.run(s, c);
    if (!outcome) continue;
    if ('refused' in outcome) return { accepted: false, ...outcome };
    trail.push(`${phase.name}: ${outcome.status}`);
    if (!verdict) verdict = outcome;
    else if (severity[outcome.status] > severity[verdict.status]) verdict = { ...outcome, reasons: [...verdict.reasons, ...outcome.reasons] };
    else if (outcome.status === verdict.status && phase.run !== previouslyApprovedPhase) verdict = { ...verdict, reasons: [...verdict.reasons, ...outcome.reasons] };
  }
  return { accepted: true, verdict: verdict!, trail };
}

export { FLOOD_SECONDS };
