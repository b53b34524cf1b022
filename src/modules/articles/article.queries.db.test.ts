// Read models on both dialects, against the demo journal loaded through the real services.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../core/clock.ts';
import { parsePageParam } from '../../core/pagination.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases.ts';
import { AuthorRepository } from '../authors/author.repository.ts';
import { demoArticles, loadDemo } from '../demo/demo.service.ts';
import { SectionRepository } from '../sections/section.repository.ts';
import { countPublicArticles, findArticlePage, getFrontPage, listAuthorNotes, listPublicArticles, listSitemapArticles } from './article.queries.ts';

const NOW = '2026-11-28T12:00:00.000Z';

for (const dialect of testDialects()) {
  describe(`article queries on ${dialect}`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(dialect);
      const summary = await loadDemo(database.db, fixedClock(NOW));
      assert.equal(summary.loaded, true);
    });
    after(async () => database.dispose());

    it('counts only public articles: the demo draft and scheduled article stay out', async () => {
      assert.equal(await countPublicArticles(database.db, NOW), demoArticles.length);
    });

    it('makes the scheduled article public at its time without any job', async () => {
      const inFourDays = new Date(Date.parse(NOW) + 4 * 24 * 3600_000).toISOString();
      assert.equal(await findArticlePage(database.db, 'ferry-timetable-winter-changes', NOW), undefined);
      const page = await findArticlePage(database.db, 'ferry-timetable-winter-changes', inFourDays);
      assert.equal(page?.article.title, 'Winter ferry timetable: what changes on the Tarrow crossings');
      assert.equal(await findArticlePage(database.db, 'draft-library-hours-consultation', inFourDays), undefined);
    });

    it('reads an article page with ordered authors, tags, entries, comments and the updated date', async () => {
      const page = await findArticlePage(database.db, 'what-the-tarrow-bridge-tolls-really-cost', NOW);
      assert.ok(page);
      assert.equal(page.section.slug, 'analysis');
      assert.equal(page.section.articleType, 'AnalysisNewsArticle');
      assert.deepEqual(page.authors.map((a) => a.slug), ['priya-raman-holt']);
      assert.deepEqual(page.entries.map((e) => e.kind), ['correction', 'editors_note']);
      assert.equal(page.updatedAt, page.entries[1]!.entryDate);
      const demo = demoArticles.find((a) => a.slug === 'what-the-tarrow-bridge-tolls-really-cost')!;
      assert.equal(page.tags.length, demo.tags.length);
      // Only approved comments, and none of the private columns.
      assert.ok(page.comments.length > 0);
      assert.equal(page.commentCount, page.comments.length);
      for (const comment of page.comments) assert.deepEqual(Object.keys(comment).sort(), ['authorName', 'authorUrl', 'body', 'createdAt', 'id', 'parentId']);
    });

    it('keeps the byline order of co-authored articles', async () => {
      const coAuthored = demoArticles.find((a) => a.authors.length > 1)!;
      const page = await findArticlePage(database.db, coAuthored.slug, NOW);
      assert.deepEqual(page?.authors.map((a) => a.slug), coAuthored.authors);
    });

    it('pages section archives newest first', async () => {
      const sections = await new SectionRepository(database.db).listSections();
      const news = sections.find((s) => s.slug === 'news')!;
      const expected = demoArticles.filter((a) => a.section === 'news').sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1));
      const first = await listPublicArticles(database.db, { sectionId: news.id }, parsePageParam('1', 3), NOW);
      assert.equal(first.total, expected.length);
      assert.deepEqual(first.items.map((a) => a.slug), expected.slice(0, 3).map((a) => a.slug));
      const second = await listPublicArticles(database.db, { sectionId: news.id }, parsePageParam('2', 3), NOW);
      assert.deepEqual(second.items.map((a) => a.slug), expected.slice(3, 6).map((a) => a.slug));
    });

    it('lists an author’s articles and the notes about them', async () => {
      const author = (await new AuthorRepository(database.db).findAuthorBySlug('priya-raman-holt'))!;
      const paged = await listPublicArticles(database.db, { authorId: author.id }, parsePageParam(undefined, 50), NOW);
      assert.equal(paged.total, demoArticles.filter((a) => a.authors.includes('priya-raman-holt')).length);
      const notes = await listAuthorNotes(database.db, author.id, NOW);
      assert.deepEqual(notes.map((n) => [n.kind, n.article?.slug]), [['editors_note', 'what-the-tarrow-bridge-tolls-really-cost']]);
    });

    it('builds the front page without repeating the latest stories under their sections', async () => {
      const sections = await new SectionRepository(database.db).listSections();
      const front = await getFrontPage(database.db, sections, NOW);
      const newest = [...demoArticles].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))[0]!;
      assert.equal(front.lead?.slug, newest.slug);
      const top = new Set([front.lead!.id, ...front.secondary.map((a) => a.id), ...front.latest.map((a) => a.id)]);
      for (const block of front.sections) for (const article of block.articles) assert.ok(!top.has(article.id));
    });

    it('lists every public article in the sitemap', async () => {
      const entries = await listSitemapArticles(database.db, NOW, 1000, 0);
      assert.deepEqual(entries.map((e) => e.slug).sort(), demoArticles.map((a) => a.slug).sort());
    });
  });
}
