// Field limits of the comment form, as WordPress has them. Over a limit is refused with a
// message, never truncated (CVE-2015-3440 was a truncation).
export const COMMENT_LIMITS = {
  author: 245,
  email: 100,
  url: 200,
  comment: 65_525,
} as const;
