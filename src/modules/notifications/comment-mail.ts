// The words of the comment notifications. Pure: everything comes in as arguments.

export interface CommentMailFacts {
  publicationName: string;
  articleTitle: string;
  articleUrl: string;
  commentAuthor: string;
  commentText: string;
  commentUrl: string;
}

const excerpt = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}…` : text);

export function heldCommentMail(facts: CommentMailFacts, deskUrl: string, reasons: string[]): { subject: string; body: string } {
  return {
    subject: `[${facts.publicationName}] Comment held for moderation: ${facts.articleTitle}`,
    body: [
      `A comment by ${facts.commentAuthor} on “${facts.articleTitle}” is waiting for a moderator.`,
      '',
      excerpt(facts.commentText),
      '',
      `Why it was held: ${reasons.join(' ')}`,
      '',
      `Moderate it: ${deskUrl}`,
    ].join('\n'),
  };
}

export function newCommentMail(facts: CommentMailFacts): { subject: string; body: string } {
  return {
    subject: `[${facts.publicationName}] New comment on “${facts.articleTitle}”`,
    body: [`${facts.commentAuthor} commented on your article:`, '', excerpt(facts.commentText), '', `Read it: ${facts.commentUrl}`].join('\n'),
  };
}

export function replyMail(facts: CommentMailFacts, unsubscribeUrl: string): { subject: string; body: string } {
  return {
    subject: `[${facts.publicationName}] ${facts.commentAuthor} replied to your comment`,
    body: [
      `${facts.commentAuthor} replied to your comment on “${facts.articleTitle}”:`,
      '',
      excerpt(facts.commentText),
      '',
      `Read the conversation: ${facts.commentUrl}`,
      '',
      `You asked to be told about replies. To stop these emails for this comment: ${unsubscribeUrl}`,
    ].join('\n'),
  };
}
