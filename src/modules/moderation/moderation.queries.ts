// Read models of the moderation desk. Staff may see emails and addresses; readers never.
import type { Kysely } from 'kysely';
import { toPaged, type PageRequest, type Paged } from '../../core/pagination.ts';
import { containsText, type DialectName } from '../../db/dialect.ts';
import type { Schema } from '../../db/schema.ts';
import type { CommentStatus } from '../comments/comment.ts';

export interface QueueFilter {
  status?: CommentStatus;
  articleId?: number;
  q?: string;
}

export interface QueueItem {
  id: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  authorIp: string | null;
  body: string;
  createdAt: string;
  article: { id: number; slug: string; title: string };
  parentId: number | null;
  staff: boolean;
  /** The latest verdict's reasons, to show why it is in this queue. */
  reasons: string[];
}

export interface CommentEvent {
  at: string;
  actorLabel: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  reasons: string[];
}

export async function countByStatus(db: Kysely<Schema>): Promise<Record<CommentStatus, number>> {
  const rows = await db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const r of rows) if (r.status in counts) counts[r.status as CommentStatus] = Number(r.n);
  return counts;
}

const queueColumns = [
  'comments.id', 'comments.status', 'comments.author_name', 'comments.author_email', 'comments.author_url', 'comments.author_ip', 'comments.body',
  'comments.created_at', 'comments.parent_id', 'comments.staff_user_id', 'articles.id as article_id', 'articles.slug', 'articles.title',
] as const;

function base(db: Kysely<Schema>) {
  return db
    .selectFrom('comments')
    .innerJoin('articles', 'articles.id', 'comments.article_id');
}

type QueueRow = {
  id: number; status: string; author_name: string; author_email: string; author_url: string | null; author_ip: string | null; body: string;
  created_at: string; parent_id: number | null; staff_user_id: number | null; article_id: number; slug: string; title: string; last_reasons?: string | null;
};

function toQueueItem(r: QueueRow): QueueItem {
  return {
    id: r.id,
    status: r.status as CommentStatus,
    authorName: r.author_name,
    authorEmail: r.author_email,
    authorUrl: r.author_url,
    authorIp: r.author_ip,
    body: r.body,
    createdAt: r.created_at,
    article: { id: r.article_id, slug: r.slug, title: r.title },
    parentId: r.parent_id,
    staff: r.staff_user_id !== null,
    reasons: r.last_reasons ? (JSON.parse(r.last_reasons) as string[]) : [],
  };
}

export async function listQueue(db: Kysely<Schema>, dialect: DialectName, filter: QueueFilter, page: PageRequest): Promise<Paged<QueueItem>> {
  let query = base(db);
  if (filter.status) query = query.where('comments.status', '=', filter.status);
  if (filter.articleId) query = query.where('comments.article_id', '=', filter.articleId);
  if (filter.q) {
    const text = filter.q;
    query = query.where((eb) =>
      eb.or([
        containsText(dialect, 'comments.body', text),
        containsText(dialect, 'comments.author_name', text),
        containsText(dialect, 'comments.author_email', text),
        containsText(dialect, 'comments.author_ip', text),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select(queueColumns)
      .select((eb) =>
        eb.selectFrom('comment_events').select('comment_events.reasons').whereRef('comment_events.comment_id', '=', 'comments.id').orderBy('comment_events.id', 'desc').limit(1).as('last_reasons'),
      )
      .orderBy('comments.created_at', 'desc')
      .orderBy('comments.id', 'desc')
      .limit(page.perPage)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return toPaged(rows.map(toQueueItem), Number(count.n), page);
}

export async function findQueueItem(db: Kysely<Schema>, id: number): Promise<QueueItem | undefined> {
  const row = await base(db).select(queueColumns).where('comments.id', '=', id).executeTakeFirst();
  return row ? toQueueItem(row) : undefined;
}

export async function listEvents(db: Kysely<Schema>, commentId: number): Promise<CommentEvent[]> {
  const rows = await db.selectFrom('comment_events').selectAll().where('comment_id', '=', commentId).orderBy('at').orderBy('id').execute();
  return rows.map((r) => ({ at: r.at, actorLabel: r.actor_label, kind: r.kind, fromStatus: r.from_status, toStatus: r.to_status, reasons: JSON.parse(r.reasons) as string[] }));
}
