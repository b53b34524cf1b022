// Browser journey: a reader opens two demo articles, an author page and a few other pages in chromium.
// Checks the article page from masthead to comment form (in order), the structured data, the
// editorial notes, keyboard access, and axe-core on desktop, phone and dark mode; saves screenshots.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { formatViolations, isSerious, runAxe, type AxeViolation } from './support/axe.ts';
import { browserSkip, startServerAndBrowser } from './support/browser.ts';
import { open, single, squash } from './support/page.ts';
import type { RunningServer } from './support/server.ts';
import { projectRoot } from '../test/support/project.ts';
import { demoArticlesA } from '../src/modules/demo/demo-articles-a.ts';
import { demoArticlesB } from '../src/modules/demo/demo-articles-b.ts';
import { demoAuthors, demoPublication, demoSections } from '../src/modules/demo/demo-journal.ts';
import type { DemoArticle, DemoComment, DemoEditorialEntry } from '../src/modules/demo/demo.types.ts';

// ---------- the demo content the pages must show ----------

const demoArticles = [...demoArticlesA, ...demoArticlesB];

function demoArticle(slug: string): DemoArticle {
  const article = demoArticles.find((a) => a.slug === slug);
  assert.ok(article, `demo article ${slug} is missing from the demo data`);
  return article;
}

function demoAuthor(slug: string) {
  const author = demoAuthors.find((a) => a.slug === slug);
  assert.ok(author, `demo author ${slug} is missing from the demo data`);
  return author;
}

function demoSection(slug: string) {
  const section = demoSections.find((s) => s.slug === slug);
  assert.ok(section, `demo section ${slug} is missing from the demo data`);
  return section;
}

function editorialEntry(article: DemoArticle, kind: DemoEditorialEntry['kind']): DemoEditorialEntry {
  const entry = article.editorial?.find((e) => e.kind === kind);
  assert.ok(entry, `demo article ${article.slug} has no ${kind}`);
  return entry;
}

const syndicated = demoArticle('harbour-dredging-plan-splits-fishing-families');
const analysed = demoArticle('what-the-tarrow-bridge-tolls-really-cost');
const editorsNote = editorialEntry(analysed, 'editors_note');
const correction = editorialEntry(analysed, 'correction');
const noteAuthor = demoAuthor('priya-raman-holt');
assert.equal(editorsNote.alsoOnAuthor, noteAuthor.slug, 'the demo editor’s note is meant to show on the author page');
assert.ok(syndicated.syndication?.policy === 'canonical', 'the demo syndicated article is meant to have policy canonical');

/** The first paragraph of a plain-text or Markdown body (no Markdown in the ones compared). */
const firstParagraph = (body: string): string => squash(body.split(/\n{2,}/)[0]);
const iso = (date: string): string => new Date(date).toISOString();

/** Approved comments as the reader sees them: oldest first, replies nested. */
interface ThreadNode {
  author: string;
  firstParagraph: string;
  replies: ThreadNode[];
}

function expectedThread(comments: DemoComment[] | undefined): ThreadNode[] {
  return [...(comments ?? [])]
    .filter((c) => c.status === 'approved')
    .sort((a, b) => a.minutesAfter - b.minutesAfter)
    .map((c) => ({ author: c.name, firstParagraph: firstParagraph(c.body), replies: expectedThread(c.replies) }));
}

function countThread(nodes: ThreadNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countThread(node.replies), 0);
}

/** Every comment in the demo that is pending, spam or trash: none may reach a public page. */
function hiddenComments(): { status: string; name: string; article: string; snippet: string }[] {
  const found: { status: string; name: string; article: string; snippet: string }[] = [];
  const walk = (article: string, comments: DemoComment[] | undefined): void => {
    for (const comment of comments ?? []) {
      if (comment.status !== 'approved') {
        found.push({ status: comment.status, name: comment.name, article, snippet: firstParagraph(comment.body).slice(0, 80) });
      }
      walk(article, comment.replies);
    }
  };
  for (const article of demoArticles) walk(article.slug, article.comments);
  return found;
}

const notPublic = hiddenComments();
for (const status of ['pending', 'spam', 'trash']) {
  assert.ok(notPublic.some((c) => c.status === status), `the demo data has no ${status} comment to check against`);
}

// ---------- pages and viewports ----------

const paths = {
  front: '/',
  syndicated: `/articles/${syndicated.slug}`,
  analysed: `/articles/${analysed.slug}`,
  author: `/authors/${noteAuthor.slug}`,
  opinion: '/sections/opinion',
  missing: '/articles/no-such-article',
};

const viewports: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' } },
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true, hasTouch: true } },
  { name: 'desktop-dark', options: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' } },
];

const screenshotDir = path.join(projectRoot, 'test-output', 'screenshots');

// ---------- helpers ----------

async function textOf(locator: Locator, what: string): Promise<string> {
  return squash(await (await single(locator, what)).textContent());
}

async function attributeOf(locator: Locator, name: string, what: string): Promise<string | null> {
  return (await single(locator, what)).getAttribute(name);
}

/**
 * The steps come in this order in the document and, on screen, each starts below where the
 * previous one ends (one pixel of slack for borders).
 */
async function assertTopToBottom(page: Page, steps: [string, Locator][]): Promise<void> {
  let previous: { label: string; bottom: number; handle: Awaited<ReturnType<Locator['elementHandle']>> } | undefined;
  for (const [label, locator] of steps) {
    await single(locator, label);
    const box = await locator.boundingBox();
    assert.ok(box && box.height > 0, `${label} is not rendered`);
    const handle = await locator.elementHandle();
    if (previous) {
      const follows = await page.evaluate(
        // 4 is Node.DOCUMENT_POSITION_FOLLOWING.
        ([a, b]) => (a.compareDocumentPosition(b) & 4) !== 0,
        [previous.handle, handle] as const,
      );
      assert.ok(follows, `${label} should come after ${previous.label} in the document`);
      assert.ok(
        box.y >= previous.bottom - 1,
        `${label} (top at ${box.y.toFixed(1)}px) should sit below ${previous.label} (bottom at ${previous.bottom.toFixed(1)}px)`,
      );
    }
    previous = { label, bottom: box.y + box.height, handle };
  }
}

/** The comment thread as rendered: each li.comment, its author, first paragraph and nested replies. */
async function renderedThread(page: Page): Promise<ThreadNode[]> {
  const list = await single(page.locator('#comments ol.comment-list'), 'ol.comment-list in #comments');
  // Read in node through locators: functions sent to the page must not declare named helpers
  // (tsx wraps those in a __name() call that does not exist in the browser).
  const read = async (ol: Locator): Promise<ThreadNode[]> => {
    const items = await ol.locator(':scope > li.comment').all();
    return Promise.all(
      items.map(async (li) => {
        const replies = li.locator(':scope > ol.comment-replies');
        return {
          author: squash(await li.locator(':scope > article .comment__author').textContent()),
          firstParagraph: squash(await li.locator(':scope > article .comment__body > p').first().textContent()),
          replies: (await replies.count()) ? await read(replies) : [],
        };
      }),
    );
  };
  return read(list);
}

function screenshotName(pathname: string, device: string): string {
  const name = pathname === '/' ? 'front' : pathname.replace(/^\//, '').replace(/[/?=]/g, '_');
  return path.join(screenshotDir, `${name}.${device}.png`);
}

// ---------- the journey ----------

describe('article page in a browser', { skip: browserSkip(), timeout: 180_000 }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let desktop: BrowserContext;
  let base: string;

  before(async () => {
    ({ server, browser } = await startServerAndBrowser());
    base = server.baseUrl;
    desktop = await browser.newContext(viewports[0]!.options);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const article of [syndicated, analysed]) {
    it(`${article.slug}: masthead, section, headline, dates, byline, body, notes, bios, comments and form, top to bottom`, async () => {
      const page = await desktop.newPage();
      try {
        await open(page, base, `/articles/${article.slug}`);
        const section = demoSection(article.section);

        const banner = await single(page.getByRole('banner'), 'banner landmark');
        assert.equal(await textOf(banner.locator('a.masthead__name'), 'publication name in the banner'), demoPublication.name);
        assert.equal(await attributeOf(banner.locator('a.masthead__name'), 'href', 'publication name link'), '/');
        assert.equal(await textOf(banner.locator('.masthead__issn'), 'ISSN in the banner'), `ISSN ${demoPublication.issn}`);
        assert.equal(demoPublication.issn, '2753-4189');

        const story = await single(page.locator('main#main > article.article'), 'article element in main');
        const sectionLabel = story.locator('.article__section a');
        assert.equal(await textOf(sectionLabel, 'section label'), section.name);
        assert.equal(await attributeOf(sectionLabel, 'href', 'section label link'), `/sections/${section.slug}`);

        const headline = page.locator('h1');
        assert.equal(await textOf(headline, 'h1 on the page'), article.title);
        assert.equal(await story.getAttribute('aria-labelledby'), await headline.getAttribute('id'), 'the article is labelled by its headline');
        assert.equal(await textOf(story.locator('.article__dek'), 'standfirst'), article.dek);

        const published = story.locator('.article__published time');
        assert.equal(await attributeOf(published, 'datetime', 'published <time>'), iso(article.publishedAt));
        const updated = story.locator('.article__updated time');
        if (article.editorial?.length) {
          assert.equal(await attributeOf(updated, 'datetime', 'updated <time>'), iso(editorsNote.date), 'Updated is the editor’s note date');
          assert.match(await textOf(story.locator('.article__updated'), 'updated line'), /^Updated \d{1,2} \w+ 2025$/);
        } else {
          assert.equal(await updated.count(), 0, 'an article without editorial entries shows no Updated date');
        }

        const byline = story.locator('.article__meta .byline');
        const authorLinks = byline.locator('a.byline__author');
        assert.deepEqual(
          await authorLinks.evaluateAll((links) => links.map((a) => [a.getAttribute('href'), (a.textContent ?? '').trim()])),
          article.authors.map((slug) => [`/authors/${slug}`, demoAuthor(slug).name]),
          'byline links point to the author pages, in byline order',
        );

        const body = await single(story.locator('.article__body'), '.article__body');
        const paragraphs = body.locator(':scope > p');
        assert.ok((await paragraphs.count()) >= 4, `the body should have several paragraphs, found ${await paragraphs.count()}`);
        assert.equal(squash(await paragraphs.first().textContent()), firstParagraph(article.body), 'first paragraph of the body');

        // Syndication: a credit line with a link to the original, which is also the canonical URL.
        const syndicationLine = story.locator('p.syndication');
        const canonical = await attributeOf(page.locator('head link[rel="canonical"]'), 'href', '<link rel=canonical>');
        if (article.syndication) {
          const text = await textOf(syndicationLine, 'syndication line');
          assert.ok(text.includes(article.syndication.outlet), `the syndication line names ${article.syndication.outlet}: "${text}"`);
          assert.equal(await attributeOf(syndicationLine.locator('a'), 'href', 'link to the original'), article.syndication.originalUrl);
          assert.equal(canonical, article.syndication.originalUrl, 'policy canonical: the canonical URL is the original');
        } else {
          assert.equal(await syndicationLine.count(), 0, 'no syndication line on our own article');
          assert.equal(canonical, `${base}/articles/${article.slug}`);
        }

        const editorial = story.locator('aside.editorial');
        if (!article.editorial?.length) assert.equal(await editorial.count(), 0, 'no editorial entries on this article');

        // Author bios, one per byline author.
        const bios = story.locator('section.author-bios .author-bio');
        assert.equal(await bios.count(), article.authors.length, 'one bio per author');
        for (const [index, slug] of article.authors.entries()) {
          const bio = bios.nth(index);
          assert.equal(await attributeOf(bio.locator('.author-bio__name a'), 'href', 'bio name link'), `/authors/${slug}`);
          assert.equal(await textOf(bio.locator('.author-bio__text'), 'bio text'), demoAuthor(slug).bio);
        }

        // Comments: the approved ones, threaded as in the demo; nothing pending, spam or in the trash.
        const thread = expectedThread(article.comments);
        assert.deepEqual(await renderedThread(page), thread, 'approved comments, oldest first, replies nested');
        assert.ok((await page.locator('#comments li.comment > ol.comment-replies > li.comment').count()) >= 1, 'at least one reply is nested in ol.comment-replies');
        assert.equal(await textOf(page.locator('#comments-heading'), 'comments heading'), `${countThread(thread)} comments`);
        const pageText = squash(await page.locator('body').innerText());
        for (const hidden of notPublic) {
          assert.ok(!pageText.includes(hidden.snippet), `a ${hidden.status} comment by ${hidden.name} (on ${hidden.article}) is shown: "${hidden.snippet}"`);
        }

        const respond = page.locator('#comments #respond');
        await single(respond, '#respond inside #comments');

        const editorialSteps: [string, Locator][] = article.editorial?.length ? [['editorial entries', editorial]] : [];
        const syndicationSteps: [string, Locator][] = article.syndication ? [['syndication line', syndicationLine]] : [];
        const top: [string, Locator][] = [
          ['banner', banner],
          ['section label', sectionLabel],
          ['headline', headline],
        ];
        const afterMeta: [string, Locator][] = [
          ['body', body],
          ...syndicationSteps,
          ...editorialSteps,
          ['author bios', story.locator('section.author-bios')],
          ['comment list', page.locator('#comments ol.comment-list')],
          ['#respond', respond],
          ['footer', page.getByRole('contentinfo')],
        ];
        // Byline and dates share the meta block (byline first in the markup); both sit between headline and body.
        await assertTopToBottom(page, [...top, ['byline', byline], ...afterMeta]);
        await assertTopToBottom(page, [...top, ['published date', published], ...afterMeta]);
      } finally {
        await page.close();
      }
    });
  }

  it(`${analysed.slug}: the correction and the editor’s note, dated and set apart from the body`, async () => {
    const page = await desktop.newPage();
    try {
      await open(page, base, paths.analysed);
      const aside = await single(page.locator('article.article aside.editorial'), 'aside.editorial');
      for (const entry of [correction, editorsNote]) {
        const section = await single(aside.locator(`section.editorial-entry--${entry.kind}`), `${entry.kind} entry`);
        assert.equal(await attributeOf(section.locator('h3 time'), 'datetime', `${entry.kind} date`), iso(entry.date));
        assert.ok(
          squash(await section.locator('.editorial-entry__body').textContent()).startsWith(firstParagraph(entry.body).slice(0, 60)),
          `${entry.kind} body`,
        );
        assert.equal(await textOf(section.locator('.editorial-entry__signature'), `${entry.kind} signature`), `— ${entry.signedBy}`);
      }
      assert.equal(await textOf(aside.locator('.editorial-entry--correction h3 > span'), 'correction label'), 'Correction');
      assert.equal(await textOf(aside.locator('.editorial-entry--editors_note h3 > span'), 'editor’s note label'), 'Editor’s note');

      const look = await aside.evaluate((el) => {
        const view = el.ownerDocument.defaultView!;
        const style = view.getComputedStyle(el);
        const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
        return {
          background: style.backgroundColor,
          pageBackground: view.getComputedStyle(el.ownerDocument.body).backgroundColor,
          bodyBackground: view.getComputedStyle(el.ownerDocument.querySelector('.article__body')!).backgroundColor,
          borders: sides
            .map((side) => ({ side, width: parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)), style: style.getPropertyValue(`border-${side.toLowerCase()}-style`) }))
            .filter((b) => b.width > 0 && b.style !== 'none'),
        };
      });
      const transparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
      const ownBackground = !transparent(look.background) && look.background !== look.pageBackground && look.background !== look.bodyBackground;
      assert.ok(ownBackground || look.borders.length > 0, `the editorial entries should stand apart from the body: ${JSON.stringify(look)}`);

      // The box does not overlap the body, and the two entries do not overlap each other.
      const boxes = await Promise.all(
        [page.locator('.article__body'), aside, aside.locator('.editorial-entry--correction'), aside.locator('.editorial-entry--editors_note')].map((l) => l.boundingBox()),
      );
      const [bodyBox, asideBox, first, second] = boxes;
      assert.ok(bodyBox && asideBox && first && second, 'body and editorial entries are rendered');
      assert.ok(asideBox.y >= bodyBox.y + bodyBox.height, 'the editorial box starts below the body');
      const apart = first.y + first.height <= second.y || second.y + second.height <= first.y;
      assert.ok(apart, `the two entries overlap: ${JSON.stringify({ first, second })}`);
    } finally {
      await page.close();
    }
  });

  it('structured data: article type, authors, publisher, periodical with ISSN, correction', async () => {
    const page = await desktop.newPage();
    try {
      const expectations = [
        { article: syndicated, type: 'NewsArticle' },
        { article: analysed, type: 'AnalysisNewsArticle' },
      ];
      for (const { article, type } of expectations) {
        assert.equal(demoSection(article.section).articleType, type, `demo section ${article.section} is typed ${type}`);
        await open(page, base, `/articles/${article.slug}`);
        const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
        assert.equal(blocks.length, 1, `${article.slug}: one JSON-LD block`);
        const data = JSON.parse(blocks[0]!) as Record<string, any>;
        const where = `${article.slug} JSON-LD`;
        assert.equal(data['@context'], 'https://schema.org', where);
        assert.equal(data['@type'], type, `${where} @type`);
        assert.equal(data.headline, article.title, `${where} headline`);
        assert.equal(iso(data.datePublished), iso(article.publishedAt), `${where} datePublished`);
        assert.ok(Array.isArray(data.author), `${where} author is a list`);
        assert.deepEqual(
          data.author.map((a: Record<string, unknown>) => [a['@type'], a.name, a.url]),
          article.authors.map((slug) => ['Person', demoAuthor(slug).name, `${base}/authors/${slug}`]),
          `${where} authors`,
        );
        assert.equal(data.publisher?.['@type'], 'NewsMediaOrganization', `${where} publisher type`);
        assert.equal(data.publisher?.name, demoPublication.name, `${where} publisher name`);
        assert.equal(data.isPartOf?.['@type'], 'Periodical', `${where} isPartOf type`);
        assert.equal(data.isPartOf?.issn, demoPublication.issn, `${where} isPartOf issn`);
        if (article === analysed) {
          assert.equal(iso(data.dateModified), iso(editorsNote.date), `${where} dateModified is the editor’s note`);
          assert.ok(Array.isArray(data.correction) && data.correction.length === 1, `${where} has one correction`);
          assert.equal(data.correction[0]['@type'], 'CorrectionComment', `${where} correction type`);
          assert.equal(iso(data.correction[0].datePublished), iso(correction.date), `${where} correction date`);
          assert.ok(String(data.correction[0].text).startsWith(firstParagraph(correction.body).slice(0, 60)), `${where} correction text`);
        } else {
          assert.equal(data.correction, undefined, `${where} has no correction`);
          assert.equal(data.isBasedOn?.url, article.syndication?.originalUrl, `${where} isBasedOn the original`);
        }
      }
    } finally {
      await page.close();
    }
  });

  it(`the author page shows the editor’s note, linking to it on the article`, async () => {
    const page = await desktop.newPage();
    try {
      await open(page, base, paths.author);
      assert.equal(await textOf(page.locator('h1'), 'h1 on the author page'), noteAuthor.name);
      const notes = await single(page.locator('main aside.editorial'), 'editorial notes on the author page');
      const note = await single(notes.locator('section.editorial-entry--editors_note'), 'editor’s note on the author page');
      assert.equal(await attributeOf(note.locator('h3 time'), 'datetime', 'note date'), iso(editorsNote.date));
      assert.ok(squash(await note.locator('.editorial-entry__body').textContent()).startsWith(firstParagraph(editorsNote.body).slice(0, 60)), 'note body');
      assert.equal(await notes.locator('.editorial-entry--correction').count(), 0, 'the correction (not about the author) stays off the author page');
      const link = await attributeOf(note.locator('.editorial-entry__about a'), 'href', 'link to the article');
      assert.match(link ?? '', new RegExp(`^${paths.analysed}#note-\\d+$`));

      // The link lands on the same note on the article page.
      await open(page, base, link!);
      const anchored = await single(page.locator(link!.slice(link!.indexOf('#'))), 'the note the author page links to');
      assert.ok((await anchored.getAttribute('class'))?.includes('editorial-entry--editors_note'), 'the anchor is the editor’s note');
    } finally {
      await page.close();
    }
  });

  it('Tab first focuses the skip link, which then shows on screen and leads to main', async () => {
    const page = await desktop.newPage();
    try {
      await open(page, base, paths.analysed);
      const skip = await single(page.locator('a.skip-link'), 'skip link');
      assert.equal(await skip.getAttribute('href'), '#main');
      const viewport = page.viewportSize()!;
      const onScreen = async () => {
        const box = await skip.boundingBox();
        return !!box && box.width > 1 && box.height > 1 && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
      };
      assert.equal(await onScreen(), false, 'the skip link is off screen until focused');

      await page.keyboard.press('Tab');
      assert.ok(await skip.evaluate((el) => el === el.ownerDocument.activeElement), 'the first Tab focuses the skip link');
      assert.ok(await onScreen(), `the focused skip link is inside the viewport: ${JSON.stringify(await skip.boundingBox())}`);
      const onTop = await skip.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const hit = el.ownerDocument.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !!hit && (hit === el || el.contains(hit));
      });
      assert.ok(onTop, 'nothing covers the focused skip link');
      const contrast = await runAxe(page, 'focused skip link', { runOnly: ['color-contrast'] });
      assert.deepEqual(contrast.filter((v) => v.nodes.some((n) => n.includes('skip-link'))), [], 'the focused skip link has enough contrast');

      await page.keyboard.press('Enter');
      assert.ok(await page.locator('main#main').evaluate((el) => el === el.ownerDocument.activeElement), 'Enter on the skip link moves focus to main');
    } finally {
      await page.close();
    }
  });

  it('an unknown article is a 404 page with a way back to the front page; a bad page number is a 400', async () => {
    const page = await desktop.newPage();
    try {
      await open(page, base, paths.missing, 404);
      assert.equal(await textOf(page.locator('h1'), 'h1 on the 404 page'), 'Page not found');
      assert.ok((await page.locator('main a[href="/"]').count()) >= 1, 'the 404 page links back to /');
      assert.equal(await page.locator('head meta[name="robots"]').getAttribute('content'), 'noindex');
      await open(page, base, `${paths.opinion}?page=abc`, 400);
      assert.equal(await textOf(page.locator('h1'), 'h1 on the 400 page'), 'Bad request');
    } finally {
      await page.close();
    }
  });

  for (const { name, options } of viewports) {
    it(`axe-core, ${name} (${options.viewport!.width}×${options.viewport!.height}, ${options.colorScheme}): no serious or critical violations`, async (t) => {
      const context = await browser!.newContext(options);
      try {
        const page = await context.newPage();
        const found: AxeViolation[] = [];
        for (const [label, pathname] of Object.entries(paths)) {
          await open(page, base, pathname, pathname === paths.missing ? 404 : 200);
          found.push(...(await runAxe(page, `${label} (${pathname})`)));
        }
        const minor = found.filter((v) => !isSerious(v));
        if (minor.length) {
          t.diagnostic(`minor and moderate axe findings (${name}), not failing the test:`);
          for (const line of formatViolations(minor).split('\n')) t.diagnostic(line);
        }
        const serious = found.filter(isSerious);
        assert.equal(serious.length, 0, `serious or critical axe violations on ${name}:\n${formatViolations(serious)}`);
      } finally {
        await context.close();
      }
    });
  }

  it('saves full-page desktop and phone screenshots to test-output/screenshots', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    for (const { name, options } of viewports.filter((v) => v.name !== 'desktop-dark')) {
      const context = await browser!.newContext({ ...options, deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        for (const pathname of [paths.front, paths.syndicated, paths.analysed, paths.author]) {
          await open(page, base, pathname);
          const file = screenshotName(pathname, name);
          const image = await page.screenshot({ path: file, fullPage: true });
          assert.ok(image.length > 10_000, `${file} looks empty (${image.length} bytes)`);
        }
      } finally {
        await context.close();
      }
    }
  });
});
