// Loads the demo journal through the real services, in one transaction, into an empty database.
import type { Kysely } from 'kysely';
import { fixedClock, type Clock } from '../../core/clock.ts';
import { systemActor } from '../audit/audit.ts';
import type { Schema } from '../../db/schema.ts';
import { ArticleService } from '../articles/article.service.ts';
import { AuthorRepository } from '../authors/author.repository.ts';
import { CommentRepository } from '../comments/comment.repository.ts';
import { EditorialService } from '../editorial/editorial.service.ts';
import { SectionRepository } from '../sections/section.repository.ts';
import { demoArticlesA } from './demo-articles-a.ts';
import { demoArticlesB } from './demo-articles-b.ts';
import { demoAuthors, demoPublication, demoSections } from './demo-journal.ts';
import { demoUnpublished } from './demo-unpublished.ts';
import type { DemoArticle, DemoComment } from './demo.types.ts';

export const demoArticles: DemoArticle[] = [...demoArticlesA, ...demoArticlesB];

export interface DemoSummary {
  loaded: boolean;
  articles: number;
  comments: number;
}

/** True when the database holds no journal yet (no publication settings and no articles). */
export async function isEmptyJournal(db: Kysely<Schema>): Promise<boolean> {
  const [publication, article] = await Promise.all([
    db.selectFrom('publications').select('id').executeTakeFirst(),
    db.selectFrom('articles').select('id').limit(1).executeTakeFirst(),
  ]);
  return !publication && !article;
}

export async function loadDemo(db: Kysely<Schema>, clock: Clock): Promise<DemoSummary> {
  return db.transaction().execute(async (trx) => {
    // Claiming the publication row first makes a second server starting at the same time
    // wait on it, then find it taken and leave the demo to the first.
    const claimed = await trx
      .insertInto('publications')
      .values({
        id: 1,
        name: demoPublication.name,
        tagline: demoPublication.tagline,
        issn: demoPublication.issn,
        logo_url: null,
        language: demoPublication.language,
        time_zone: demoPublication.timeZone,
        accent_color: '#9b1c1c',
        updated_at: clock.now().toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    const existing = await trx.selectFrom('articles').select('id').limit(1).executeTakeFirst();
    if (!claimed || existing) return { loaded: false, articles: 0, comments: 0 };


    const now = clock.now().toISOString();
    const sectionIds = new Map<string, number>();
    const sections = new SectionRepository(trx);
    for (const [position, section] of demoSections.entries()) {
      const saved = await sections.insertSection({ ...section, position }, now);
      sectionIds.set(section.slug, saved.id);
    }
    const authorIds = new Map<string, number>();
    const authors = new AuthorRepository(trx);
    for (const author of demoAuthors) {
      const saved = await authors.insertAuthor(
        { slug: author.slug, name: author.name, roleTitle: author.role, bio: author.bio, photoUrl: null, links: author.links, bylineOnly: author.bylineOnly },
        now,
      );
      authorIds.set(author.slug, saved.id);
    }

    // Each article is written "at" its publication time, so its history reads as it happened.
    const at = (iso: string) => fixedClock(iso < now ? iso : now);
    const editorialService = new EditorialService(trx, clock);
    const comments = new CommentRepository(trx);
    let commentCount = 0;
    const lookup = (map: Map<string, number>, key: string, what: string): number => {
      const id = map.get(key);
      if (id === undefined) throw new Error(`demo content names unknown ${what} "${key}"`);
      return id;
    };

    const all = [...demoArticles, ...demoUnpublished(clock.now())];
    for (const demo of all) {
      const firstBody = (demo.firstVersion?.replace ?? []).reduce((body, [final, first]) => body.replace(final, first), demo.body);
      const input = {
        slug: demo.slug,
        title: demo.title,
        dek: demo.dek,
        sectionId: lookup(sectionIds, demo.section, 'section'),
        authorIds: demo.authors.map((slug) => lookup(authorIds, slug, 'author')),
        tagNames: demo.tags,
        bodyMarkdown: demo.body,
        excerpt: demo.excerpt,
        status: demo.status ?? 'published',
        publishedAt: demo.publishedAt,
        featuredImage: null,
        syndication: demo.syndication ?? null,
        commentsOpen: true,
      };
      let article = await new ArticleService(trx, at(demo.publishedAt)).createArticle({ ...input, bodyMarkdown: firstBody });
      const correction = demo.editorial?.find((e) => e.kind === 'correction');
      if (demo.firstVersion && correction) {
        // The corrected text, saved as a substantive change when the correction was made.
        article = await new ArticleService(trx, at(correction.date)).updateArticle(article.id, input, 1, 'substantive', { actor: systemActor, userId: null });
      }
      for (const entry of demo.editorial ?? []) {
        await editorialService.appendEntry({
          articleId: article.id,
          authorId: entry.alsoOnAuthor ? lookup(authorIds, entry.alsoOnAuthor, 'author') : null,
          kind: entry.kind,
          bodyMarkdown: entry.body,
          entryDate: entry.date,
          signedBy: entry.signedBy,
        });
      }
      const insertThread = async (list: DemoComment[], parentId: number | null): Promise<void> => {
        for (const comment of list) {
          const createdAt = new Date(Date.parse(demo.publishedAt) + comment.minutesAfter * 60_000).toISOString();
          const id = await comments.insertComment({
            articleId: article.id,
            parentId,
            authorName: comment.name,
            authorEmail: comment.email,
            authorUrl: comment.url ?? null,
            authorIp: comment.ip,
            userAgent: 'Mozilla/5.0 (demo)',
            body: comment.body,
            status: comment.status,
            createdAt,
            origin: { label: 'demo journal', reason: 'Written for the demo journal and filed as it was loaded.' },
          });
          commentCount++;
          await insertThread(comment.replies ?? [], id);
        }
      };
      await insertThread(demo.comments ?? [], null);
    }
    return { loaded: true, articles: all.length, comments: commentCount };
  });
}
