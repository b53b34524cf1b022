// Public read models of the record: corrections across the journal, and an article's versions.
import type { Kysely } from 'kysely';
import { toPaged, type PageRequest, type Paged } from '../../core/pagination.ts';
import type { Schema } from '../../db/schema.ts';
import { isPublic } from '../articles/article.queries.ts';

export interface PublicCorrection {
  id: number;
  bodyHtml: string;
  entryDate: string;
  signedBy: string;
  article: { slug: string; title: string; publishedAt: string };
}

export async function listCorrections(db: Kysely<Schema>, now: string, page: PageRequest): Promise<Paged<PublicCorrection>> {
  const base = db
    .selectFrom('editorial_entries')
    .innerJoin('articles', 'articles.id', 'editorial_entries.article_id')
    .where('editorial_entries.kind', '=', 'correction')
    .where('editorial_entries.entry_date', '<=', now)
    .where(isPublic(now));
  const [rows, count] = await Promise.all([
    base
      .select([
        'editorial_entries.id', 'editorial_entries.body_html', 'editorial_entries.entry_date', 'editorial_entries.signed_by',
        'articles.slug', 'articles.title', 'articles.published_at',
      ])
      .orderBy('editorial_entries.entry_date', 'desc')
      .orderBy('editorial_entries.id', 'desc')
      .limit(page.perPage)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return toPaged(
    rows.map((r) => ({
      id: r.id,
      bodyHtml: r.body_html,
      entryDate: r.entry_date,
      signedBy: r.signed_by,
      article: { slug: r.slug, title: r.title, publishedAt: r.published_at! },
    })),
    Number(count.n),
    page,
  );
}
