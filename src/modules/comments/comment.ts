// Comments: statuses, the public shape, and threading. Email and IP never leave the
// repository in the public shape.

export const commentStatuses = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

/** What any reader may see of an approved comment. */
export interface PublicComment {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string;
}

export interface CommentNode {
  comment: PublicComment;
  /** 1 for a top-level comment. */
  depth: number;
  replies: CommentNode[];
}

/**
 * Builds the reply tree from comments in date order. A reply whose parent is not in the list
 * (not approved, or deleted) is shown at the top level rather than lost. Replies deeper than
 * maxDepth are attached to the deepest allowed ancestor, as WordPress does.
 */
export function buildThread(comments: readonly PublicComment[], maxDepth: number): CommentNode[] {
  const byId = new Map<number, CommentNode>();
  const roots: CommentNode[] = [];
  const ordered = [...comments].sort((a, b) => (a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1));
  for (const comment of ordered) {
    let parent = comment.parentId === null ? undefined : byId.get(comment.parentId);
    while (parent && parent.depth >= maxDepth) parent = parentOf(parent, byId);
    const node: CommentNode = { comment, depth: parent ? parent.depth + 1 : 1, replies: [] };
    byId.set(comment.id, node);
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}

function parentOf(node: CommentNode, byId: Map<number, CommentNode>): CommentNode | undefined {
  const id = node.comment.parentId;
  return id === null ? undefined : byId.get(id);
}
