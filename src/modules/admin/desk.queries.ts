// Read models for the dashboard.
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';

export interface DeskArticleRow {
  id: number;
  slug: string;
  title: string;
  status: string;
  publishedAt: string | null;
  modifiedAt: string;
}

export interface Dashboard {
  drafts: DeskArticleRow[];
  scheduled: DeskArticleRow[];
  recentlyPublished: DeskArticleRow[];
  counts: { drafts: number; scheduled: number; published: number; heldComments: number };
}

export async function getDashboard(db: Kysely<Schema>, now: string, onlyAuthorId?: number): Promise<Dashboard> {
  const base = () => {
    let query = db.selectFrom('articles');
    if (onlyAuthorId !== undefined) {
      query = query.where((eb) =>
        eb.exists(eb.selectFrom('article_authors').select('article_id').whereRef('article_authors.article_id', '=', 'articles.id').where('author_id', '=', onlyAuthorId)),
      );
    }
    return query;
  };
  const rows = (query: ReturnType<typeof base>, order: 'modified_at' | 'published_at', direction: 'asc' | 'desc') =>
    query
      .select(['id', 'slug', 'title', 'status', 'published_at', 'modified_at'])
      .orderBy(order, direction)
      .limit(8)
      .execute()
      .then((list) => list.map((r) => ({ id: r.id, slug: r.slug, title: r.title, status: r.status, publishedAt: r.published_at, modifiedAt: r.modified_at })));
  const count = async (query: ReturnType<typeof base>) => Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const scheduledQuery = () => base().where('status', '=', 'scheduled').where('published_at', '>', now);
  const publishedQuery = () =>
    base().where((eb) => eb.or([eb('status', '=', 'published'), eb.and([eb('status', '=', 'scheduled'), eb('published_at', '<=', now)])]));
  const [drafts, scheduled, recentlyPublished, draftCount, scheduledCount, publishedCount, held] = await Promise.all([
    rows(base().where('status', '=', 'draft'), 'modified_at', 'desc'),
    rows(scheduledQuery(), 'published_at', 'asc'),
    rows(publishedQuery(), 'published_at', 'desc'),
    count(base().where('status', '=', 'draft')),
    count(scheduledQuery()),
    count(publishedQuery()),
    db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow(),
  ]);
  return {
    drafts,
    scheduled,
    recentlyPublished,
    counts: { drafts: draftCount, scheduled: scheduledCount, published: publishedCount, heldComments: Number(held.n) },
  };
}
