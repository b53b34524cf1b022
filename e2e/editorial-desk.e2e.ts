// Browser journeys through the staff desk: an editor writes, previews, publishes, corrects and
// schedules articles; a contributor cannot publish; a moderator cannot write; two editors saving
// the same article see a conflict instead of losing work; every desk page is screenshotted on
// desktop and phone and checked with axe-core; on a phone the lists' tables are cards that are
// still tables to assistive technology.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Response } from 'playwright-core';
import { formatViolations, isSerious, runAxe, type AxeViolation } from './support/axe.ts';
import { browserSkip, startServerAndBrowser } from './support/browser.ts';
import { open, squash } from './support/page.ts';
import type { RunningServer } from './support/server.ts';
import { addStaffUser, signInAsStaff, type StaffAccount, type StaffRole } from './support/staff.ts';
import { projectRoot } from '../test/support/project.ts';

// ---------- accounts, viewports, small helpers ----------

const account = (key: string, name: string, role: StaffRole, author?: string): StaffAccount => ({
  email: `${key}@desk.example`,
  name,
  role,
  password: `${key}-pass-phrase-2024`,
  author,
});

const accounts = {
  admin: account('admin', 'Ada Admin', 'admin'),
  editor: account('editor', 'Edith Editor', 'editor'),
  secondEditor: account('second', 'Sam Second', 'editor'),
  contributor: account('contrib', 'Ines Calloway', 'contributor', 'ines-calloway'),
  moderator: account('moderator', 'Mo Moderator', 'moderator'),
};

const TIME_ZONE = 'Europe/London';
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, colorScheme: 'light' };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true, hasTouch: true };
const screenshotDir = path.join(projectRoot, 'test-output', 'screenshots', 'desk');

/** A short suffix that keeps titles (and so slugs) unique within a run. */
const stamp = Date.now().toString(36).slice(-5);

/** The wall-clock time in the publication's time zone, as a datetime-local value (minutes). */
function londonLocal(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

async function newContext(browser: Browser, options: BrowserContextOptions = desktop): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, deviceScaleFactor: 1 });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  return context;
}

/** Clicks a submit button and waits for the page it leads to (after redirects); returns its response. */
async function submit(page: Page, button: Locator, status = 200, how: 'click' | 'keyboard' = 'click'): Promise<Response> {
  const press = how === 'click' ? button.click() : button.focus().then(() => page.keyboard.press('Enter'));
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 15_000 }), press]);
  assert.ok(response, `no response after clicking ${button}`);
  if (response.status() !== status) {
    const notice = squash(await page.locator('.notice').allTextContents().then((t) => t.join(' ')));
    const errors = squash(await page.locator('.field__error').allTextContents().then((t) => t.join(' | ')));
    assert.fail(`after clicking ${button}: HTTP ${response.status()} at ${page.url()}, expected ${status} (notice: ${notice || '—'}; field errors: ${errors || '—'})`);
  }
  return response;
}

/** Signs in through /admin/login in a new context; returns the context and the page (on /admin). */
async function signIn(browser: Browser, base: string, a: StaffAccount, options: BrowserContextOptions = desktop): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, options);
  const page = await signInAsStaff(context, base, a);
  assert.equal(squash(await page.locator('.desk-top__name').textContent()), a.name, 'the top bar names the signed-in user');
  return { context, page };
}

interface Draft {
  title: string;
  body: string;
  section?: string;
  author?: string;
}

/** Fills the editor's main fields (on /admin/articles/new or an article's editor). */
async function fillArticle(page: Page, draft: Draft): Promise<void> {
  await page.locator('#field-title').fill(draft.title);
  if (draft.section) await page.locator('#field-sectionId').selectOption({ label: draft.section });
  if (draft.author) await page.locator('#field-author-0').selectOption({ label: draft.author });
  await page.locator('#field-body').fill(draft.body);
}

const saveButton = (page: Page) => page.locator('button[name="intent"][value="save"]');
const previewButton = (page: Page) => page.locator('button[name="intent"][value="preview"]');

/** Saves the editor's form and checks it landed on the saved article's editor; returns id and slug. */
async function saveArticle(page: Page): Promise<{ id: number; slug: string }> {
  await submit(page, saveButton(page));
  const url = new URL(page.url());
  const match = /^\/admin\/articles\/(\d+)$/.exec(url.pathname);
  assert.ok(match && url.searchParams.has('saved'), `Save leads to the article's editor with ?saved, not ${page.url()}`);
  assert.equal(squash(await page.locator('main .notice').textContent()), 'Saved.', 'the editor confirms the save');
  const slug = await page.locator('#field-slug').inputValue();
  assert.match(slug, /^[a-z0-9-]+$/, 'the saved article has a slug');
  return { id: Number(match[1]), slug };
}

// ---------- the journeys ----------

describe('editorial desk journeys (chromium)', { skip: browserSkip() }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let base = '';
  const contexts: BrowserContext[] = [];

  /** A context that is closed after the suite, so a failing step does not leak it. */
  const track = <T extends { context: BrowserContext }>(value: T): T => {
    contexts.push(value.context);
    return value;
  };
  const readerContext = async (): Promise<BrowserContext> => {
    const context = await newContext(browser!);
    contexts.push(context);
    return context;
  };

  before(async () => {
    ({ server, browser } = await startServerAndBrowser());
    base = server.baseUrl;
    // One at a time: each is a short SQLite write, and parallel CLI starts gain little.
    for (const a of Object.values(accounts)) await addStaffUser(server, a);
  }, { timeout: 60_000 });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  }, { timeout: 30_000 });

  it('an editor previews, publishes, corrects an article; a reader sees the correction, the update and the history', { timeout: 60_000 }, async () => {
    const { context, page } = track(await signIn(browser!, base, accounts.editor));
    const title = `Ferry fares rise on the Tarrow crossing ${stamp}`;
    const body = [
      'Fares on the Tarrow ferry rose by 32 per cent this spring, the operator confirmed on Monday.',
      '## What changes for commuters',
      'A season ticket now costs more than a month of bus travel into Ashgrove.',
    ].join('\n\n');

    await open(page, base, '/admin/articles/new');
    assert.equal(squash(await page.locator('main h1').textContent()), 'New article');
    await fillArticle(page, { title, body, section: 'News', author: 'Maren Okafor' });

    // Preview: rendered by the server, nothing stored.
    await submit(page, previewButton(page));
    assert.equal(new URL(page.url()).pathname, '/admin/articles', 'Preview posts the new-article form');
    assert.equal(squash(await page.locator('#preview-body h2').textContent()), 'What changes for commuters', 'the preview shows the rendered subheading');
    assert.match(squash(await page.locator('#preview-body').textContent()), /rose by 32 per cent/);
    assert.equal(await page.locator('#field-title').inputValue(), title, 'the headline is kept after Preview');
    assert.equal(await page.locator('#field-body').inputValue(), body, 'the body is kept after Preview');
    assert.equal(await page.locator('#field-author-0 option:checked').textContent(), 'Maren Okafor', 'the byline is kept after Preview');
    assert.equal(await page.locator('a', { hasText: /^Revisions \(/ }).count(), 0, 'no revisions link: the article does not exist yet');
    const check = await context.newPage();
    await open(check, base, `/admin/articles?q=${encodeURIComponent(stamp)}`);
    assert.equal(await check.locator('table.data a', { hasText: title }).count(), 0, 'after Preview the article is not in the list (nothing saved)');

    // Publish.
    await page.locator('#mode-publish').check();
    const { id, slug } = await saveArticle(page);
    assert.ok(await page.locator('#mode-publish').isChecked(), 'the saved article is marked Published');
    assert.equal(await page.locator('main a', { hasText: 'View on site' }).getAttribute('href'), `/articles/${slug}`);

    const reader = await (await readerContext()).newPage();
    await open(reader, base, `/articles/${slug}`);
    assert.equal(squash(await reader.locator('h1.article__title').textContent()), title, 'the public page shows the new article');
    assert.equal(squash(await reader.locator('.article__body h2').first().textContent()), 'What changes for commuters');
    assert.match(squash(await reader.locator('.article__body').textContent()), /rose by 32 per cent/);
    assert.equal(await reader.locator('.article__updated').count(), 0, 'a fresh article has no “Updated” date');

    // A substantive change: 32 becomes 23.
    const fixed = body.replace('32 per cent', '23 per cent');
    await page.locator('#field-body').fill(fixed);
    await page.locator('#change-substantive').check();
    await saveArticle(page);
    assert.equal(await page.locator('#field-body').inputValue(), fixed, 'the editor shows the corrected body');

    // The correction, signed by the editors.
    const correctionText = 'An earlier version said 32 per cent. The rise was 23 per cent.';
    await page.locator('#entry-kind').selectOption('correction');
    await page.locator('#field-entryBody').fill(correctionText);
    await page.locator('#field-signedBy').fill('The Editors');
    assert.match(await page.locator('#field-entryDate').inputValue(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'the entry date is prefilled');
    await submit(page, page.locator('form.entry-form button[type="submit"]'));
    assert.equal(squash(await page.locator('main .notice').textContent()), 'The entry is published on the article.');
    assert.equal(await page.locator('#editorial ol.entry-list > li').count(), 1, 'the editor lists the entry');

    // The reader's view.
    await open(reader, base, `/articles/${slug}`);
    assert.match(squash(await reader.locator('.article__body').textContent()), /rose by 23 per cent/, 'the article shows the corrected figure');
    const entry = reader.locator('article aside.editorial section.editorial-entry--correction');
    assert.equal(await entry.count(), 1, 'one correction inside aside.editorial');
    assert.equal(squash(await entry.locator('h3 > span').textContent()), 'Correction');
    assert.match((await entry.locator('time').getAttribute('datetime')) ?? '', /^\d{4}-\d{2}-\d{2}T/, 'the correction is dated');
    assert.ok(squash(await entry.locator('time').textContent()).length > 0, 'the correction date is shown');
    assert.equal(squash(await entry.locator('.editorial-entry__body').textContent()), correctionText);
    assert.equal(squash(await entry.locator('.editorial-entry__signature').textContent()), '— The Editors');
    const updated = reader.locator('.article__updated');
    assert.equal(await updated.count(), 1, 'the substantive change shows an “Updated” date');
    assert.match(squash(await updated.textContent()), /^Updated \S/);
    assert.match((await updated.locator('time').getAttribute('datetime')) ?? '', /^\d{4}-\d{2}-\d{2}T/);

    await Promise.all([reader.waitForURL((url) => url.pathname === `/articles/${slug}/history`, { timeout: 10_000 }), reader.locator('a.article__history', { hasText: 'History of changes' }).click()]);
    await reader.waitForLoadState('load');
    assert.ok((await reader.locator('ol.version-list > li').count()) >= 2, 'the history lists at least two versions');
    const diff = reader.locator('#changes .diff--body');
    assert.deepEqual(await diff.locator('del').allTextContents().then((t) => t.map(squash)), ['32'], 'the diff strikes out 32');
    assert.deepEqual(await diff.locator('ins').allTextContents().then((t) => t.map(squash)), ['23'], 'the diff adds 23');

    await open(reader, base, '/corrections');
    const listed = reader.locator('ol.corrections-list > li.editorial-entry--correction', { has: reader.locator(`a[href^="/articles/${slug}#note-"]`) });
    assert.equal(await listed.count(), 1, '/corrections lists the correction, linking to the article');
    assert.equal(squash(await listed.locator('h2 a').textContent()), title);
    assert.equal(squash(await listed.locator('.editorial-entry__body').textContent()), correctionText);
    await context.close();
  });

  it('an editor schedules an article two minutes ahead: readers get 404, the dashboard lists it as scheduled', { timeout: 60_000 }, async () => {
    const { context, page } = track(await signIn(browser!, base, accounts.editor));
    const title = `Library opening hours to change ${stamp}`;
    await open(page, base, '/admin/articles/new');
    await fillArticle(page, { title, body: 'The central library will open later on Mondays from next month.', section: 'News', author: 'Tomasz Wielgosz' });
    const at = londonLocal(new Date(Date.now() + 2 * 60_000));
    await page.locator('#mode-schedule').check();
    await page.locator('#field-scheduleAt').fill(at);
    const { slug } = await saveArticle(page);
    assert.ok(await page.locator('#mode-schedule').isChecked(), 'the saved article is marked Scheduled');
    assert.equal(await page.locator('#field-scheduleAt').inputValue(), at, 'the scheduled time is kept, in Europe/London wall-clock time');
    assert.equal(await page.locator('main a', { hasText: 'View on site' }).count(), 0, 'no “View on site” before publication');

    const reader = await (await readerContext()).newPage();
    await open(reader, base, `/articles/${slug}`, 404);

    await open(page, base, '/admin');
    const scheduled = page.locator('section[aria-labelledby="scheduled-heading"]');
    const link = scheduled.locator('a', { hasText: title });
    assert.equal(await link.count(), 1, 'the dashboard lists the article under “Scheduled”');
    assert.match((await link.getAttribute('href')) ?? '', /^\/admin\/articles\/\d+$/);
    assert.equal(await page.locator('section[aria-labelledby="published-heading"] a', { hasText: title }).count(), 0, 'not under “Recently published”');
    await context.close();
  });

  it('a contributor writes an article: no publish options, the save is a draft, the public URL is 404', { timeout: 60_000 }, async () => {
    const { context, page } = track(await signIn(browser!, base, accounts.contributor));
    await open(page, base, '/admin/articles/new');
    assert.equal(await page.locator('#mode-draft').count(), 1, 'the Draft option is there');
    assert.equal(await page.locator('#mode-publish').count(), 0, 'no “Published” option for a contributor');
    assert.equal(await page.locator('#mode-schedule').count(), 0, 'no “Scheduled” option for a contributor');
    assert.equal(await page.locator('#field-scheduleAt').count(), 0, 'no publication time for a contributor');
    assert.match(squash(await page.locator('fieldset.publish-box').textContent()), /An editor publishes your article once it is ready\./);
    // Ines Calloway is a byline-only author in the demo, so the option reads “Ines Calloway (byline only)”.
    assert.match(squash(await page.locator('#field-author-0 option:checked').textContent()), /^Ines Calloway\b/, 'the byline starts with the contributor’s own author');

    const title = `A walk along the old tram line ${stamp}`;
    await fillArticle(page, { title, body: 'The rails are still there under the tarmac, if you know where to look.', section: 'Culture' });
    const { slug } = await saveArticle(page);
    assert.ok(await page.locator('#mode-draft').isChecked(), 'the saved article is a draft');
    assert.equal(await page.locator('#mode-publish').count(), 0, 'still no “Published” option after saving');
    await open(page, base, `/admin/articles?q=${encodeURIComponent(stamp)}`);
    const row = page.locator('table.data tbody tr', { hasText: title });
    assert.equal(squash(await row.locator('.status').textContent()), 'draft', 'the articles list shows it as a draft');

    const reader = await (await readerContext()).newPage();
    await open(reader, base, `/articles/${slug}`, 404);
    await context.close();
  });

  it('a moderator cannot write: /admin/articles/new is 403 “Not allowed”, and no “New article” link', { timeout: 60_000 }, async () => {
    const { context, page } = track(await signIn(browser!, base, accounts.moderator));
    const nav = page.locator('nav.desk-nav');
    assert.ok((await nav.locator('a').count()) >= 2, 'the moderator has a navigation');
    assert.equal(await nav.locator('a[href="/admin/articles/new"]').count(), 0, 'no “New article” in the navigation');
    assert.equal(await nav.getByText('New article').count(), 0, 'no “New article” text in the navigation');
    assert.equal(await page.locator('main a[href="/admin/articles/new"]').count(), 0, 'no “New article” button on the dashboard');
    assert.equal(await nav.locator('a[href="/admin/comments"]').count(), 1, 'the moderator does see Comments');

    await open(page, base, '/admin/articles/new', 403);
    assert.equal(squash(await page.locator('main h1').textContent()), 'Not allowed');
    assert.equal(await page.locator('form#article-editor').count(), 0, 'no editor form on the refusal');
    assert.equal(await page.locator('nav.desk-nav a[href="/admin/articles/new"]').count(), 0, 'no “New article” link on the refusal page either');
    await context.close();
  });

  it('two editors save the same article: the second sees the conflict with their text kept, the first save stands', { timeout: 60_000 }, async () => {
    const first = track(await signIn(browser!, base, accounts.editor));
    const second = track(await signIn(browser!, base, accounts.secondEditor));
    const title = `Allotment waiting list grows ${stamp}`;
    const original = 'There are now 412 names on the waiting list for allotments in Ashgrove.';
    await open(first.page, base, '/admin/articles/new');
    await fillArticle(first.page, { title, body: original, section: 'News', author: 'Elliot Achterberg' });
    await first.page.locator('#mode-publish').check();
    const { id, slug } = await saveArticle(first.page);

    // Both have the editor open on the same version.
    await open(second.page, base, `/admin/articles/${id}`);
    assert.equal(await second.page.locator('#field-body').inputValue(), original);

    const firstText = `${original}\n\nThe council will open a new site at Mill Lane in the autumn.`;
    await first.page.locator('#field-body').fill(firstText);
    await saveArticle(first.page);

    const secondText = `${original}\n\nSome people have waited more than six years for a plot.`;
    await second.page.locator('#field-body').fill(secondText);
    await submit(second.page, saveButton(second.page), 409);
    const conflict = second.page.locator('section.conflict');
    assert.equal(squash(await conflict.locator('h2').textContent()), 'Someone else saved this article while you were editing');
    assert.match(squash(await conflict.textContent()), new RegExp(`${accounts.editor.name} saved a newer version`), 'the warning names who saved');
    assert.equal(await second.page.locator('#field-body').inputValue(), secondText, 'the second editor’s text is still in the body field');
    // Their version compared with yours: the first editor's words are struck out, the second's inserted.
    const struck = squash((await conflict.locator('.diff del').allTextContents()).join(' '));
    const inserted = squash((await conflict.locator('.diff ins').allTextContents()).join(' '));
    assert.match(struck, /\bMill\b.*\bLane\b/, `the comparison strikes out the first editor’s text (struck: ${struck})`);
    assert.match(inserted, /\bsix\b.*\byears\b/, `the comparison marks the second editor’s text as added (added: ${inserted})`);

    const reader = await (await readerContext()).newPage();
    await open(reader, base, `/articles/${slug}`);
    const publicBody = squash(await reader.locator('.article__body').textContent());
    assert.match(publicBody, /new site at Mill Lane/, 'the first editor’s save is on the public page');
    assert.doesNotMatch(publicBody, /six years/, 'the refused save did not reach the public page');
    await first.context.close();
    await second.context.close();
  });

  it('every desk page: screenshots on desktop and phone, and no serious or critical axe violations on desktop', { timeout: 150_000 }, async (t) => {
    mkdirSync(screenshotDir, { recursive: true });
    const found: AxeViolation[] = [];
    const overflowing: string[] = [];
    const panelTops: number[] = [];
    const slugErrors: string[] = [];
    const selectionAfterCompare: { viewport: string; asked: (string | null)[]; shown: (string | null)[] }[] = [];

    // Pages that need a little setup are reached by an action; the rest by their address.
    type Step = { name: string; go: (page: Page) => Promise<void> };
    let demoId = 0;
    let authorPath = '';
    const visit = (pathname: string, status = 200) => async (page: Page) => {
      await open(page, base, pathname, status);
    };
    const steps: Step[] = [
      {
        name: 'dashboard',
        go: async (page) => {
          await open(page, base, '/admin');
          if (page.viewportSize()!.width >= 1000) {
            const boxes = await Promise.all((await page.locator('.panel-grid > section.panel').all()).map((panel) => panel.boundingBox()));
            for (const box of boxes) assert.ok(box, 'every dashboard panel is visible');
            panelTops.push(...boxes.map((box) => Math.round(box!.y)));
          }
        },
      },
      { name: 'articles', go: visit('/admin/articles') },
      { name: 'editor-new', go: visit('/admin/articles/new') },
      {
        name: 'editor-errors',
        go: async (page) => {
          await open(page, base, '/admin/articles/new');
          await page.locator('#field-body').fill('A body without a headline.');
          await page.locator('#field-title').fill('');
          // Skip the browser's own check of `required`, so the server's error page shows.
          await page.locator('form#article-editor').evaluate((form) => {
            (form as unknown as { noValidate: boolean }).noValidate = true;
          });
          await submit(page, saveButton(page), 400);
          assert.equal(await page.locator('#field-title').getAttribute('aria-invalid'), 'true', 'the empty headline is marked invalid');
          assert.ok(squash(await page.locator('#field-title-error').textContent()).length > 0, 'the empty headline has an error message');
          assert.equal(await page.locator('#field-slug').inputValue(), '', 'the slug was left empty, as its hint allows');
          slugErrors.push(squash((await page.locator('#field-slug-error').allTextContents()).join(' ')));
        },
      },
      { name: 'editor-existing', go: async (page) => open(page, base, `/admin/articles/${demoId}`).then(() => undefined) },
      {
        name: 'revisions-compare',
        go: async (page) => {
          await open(page, base, `/admin/articles/${demoId}/revisions`);
          // The phone presses the button with the keyboard, as a phone user with one might.
          const phoneSized = page.viewportSize()!.width < 600;
          const rows = page.locator('main table.data tbody tr');
          assert.ok((await rows.count()) >= 3, 'the demo article has at least three revisions');
          // Compare the oldest revision with the newest, not the preselected pair, so that radios
          // falling back to the preselection after Compare would be caught.
          await rows.last().locator('input[name="a"]').check();
          const from = await page.locator('main input[name="a"]:checked').getAttribute('value');
          const to = await page.locator('main input[name="b"]:checked').getAttribute('value');
          await submit(page, page.locator('main button', { hasText: 'Compare selected' }), 200, phoneSized ? 'keyboard' : 'click');
          const url = new URL(page.url());
          assert.deepEqual([url.searchParams.get('a'), url.searchParams.get('b')], [from, to], 'the comparison is of the selected pair');
          assert.equal(await page.locator('#compare-heading').count(), 1, 'the comparison is shown');
          selectionAfterCompare.push({
            viewport: phoneSized ? 'phone' : 'desktop',
            asked: [from, to],
            shown: [await page.locator('main input[name="a"]:checked').getAttribute('value'), await page.locator('main input[name="b"]:checked').getAttribute('value')],
          });
        },
      },
      { name: 'authors', go: visit('/admin/authors') },
      { name: 'author-edit', go: async (page) => open(page, base, authorPath).then(() => undefined) },
      { name: 'sections', go: visit('/admin/sections') },
      { name: 'tags', go: visit('/admin/tags') },
      { name: 'settings', go: visit('/admin/settings') },
      { name: 'staff-accounts', go: visit('/admin/users') },
      { name: 'audit-log', go: visit('/admin/audit') },
      { name: 'comments-queue', go: visit('/admin/comments') },
      {
        name: 'comment-detail',
        go: async (page) => {
          await open(page, base, '/admin/comments?status=approved');
          const href = await page.locator('main a[href^="/admin/comments/"]').first().getAttribute('href');
          assert.match(href ?? '', /^\/admin\/comments\/\d+/, 'the approved queue links to a comment');
          await open(page, base, href!);
        },
      },
      { name: 'discussion-settings', go: visit('/admin/discussion') },
      { name: 'spam-api-keys', go: visit('/admin/spam-keys') },
    ];

    for (const [viewport, options] of [['desktop', desktop], ['phone', phone]] as const) {
      // The sign-in page, seen before signing in.
      const anonymous = await newContext(browser!, options);
      contexts.push(anonymous);
      const gate = await anonymous.newPage();
      await open(gate, base, '/admin/login');
      await gate.screenshot({ path: path.join(screenshotDir, `login-${viewport}.png`), fullPage: true });
      if (viewport === 'desktop') found.push(...(await runAxe(gate, 'login')));
      await anonymous.close();

      const { context, page } = track(await signIn(browser!, base, accounts.admin, options));
      if (!demoId) {
        // A demo article with a correction and an editor's note (two revisions in the demo); saved once
        // more as a minor change, so the editor shows the change radios and there are three revisions.
        await open(page, base, `/admin/articles?q=${encodeURIComponent('Tarrow bridge tolls')}`);
        const href = await page.locator('table.data tbody tr a').first().getAttribute('href');
        assert.match(href ?? '', /^\/admin\/articles\/\d+$/, 'the demo article about the bridge tolls is in the list');
        demoId = Number(href!.split('/').pop());
        await open(page, base, `/admin/articles/${demoId}`);
        if (await page.locator('#change-minor').count()) await page.locator('#change-minor').check();
        await saveArticle(page);
        await open(page, base, '/admin/authors');
        authorPath = (await page.locator('main table a[href^="/admin/authors/"]').first().getAttribute('href')) ?? '';
        assert.match(authorPath, /^\/admin\/authors\/\d+$/, 'the authors list links to an author’s edit page');
      }
      for (const step of steps) {
        await step.go(page);
        if (viewport === 'phone') {
          const [scrollWidth, clientWidth] = await page.locator('html').evaluate((html) => [html.scrollWidth, html.clientWidth]);
          if (scrollWidth > clientWidth + 1) overflowing.push(`${step.name} (${new URL(page.url()).pathname}): ${scrollWidth}px wide on a ${clientWidth}px screen`);
        }
        await page.screenshot({ path: path.join(screenshotDir, `${step.name}-${viewport}.png`), fullPage: true });
        if (viewport === 'desktop') found.push(...(await runAxe(page, `${step.name} (${new URL(page.url()).pathname})`)));
      }
      await context.close();
    }

    // On a phone a wide table scrolls inside its .table-wrap; the page itself never scrolls sideways.
    await t.test('phone: no desk page is wider than the screen', () => {
      assert.deepEqual(overflowing, [], `desk pages wider than the phone screen:\n  ${overflowing.join('\n  ')}`);
    });

    // After comparing another pair, the radios show what is being compared.
    await t.test('revisions: after Compare, the radios still show the compared pair', () => {
      for (const s of selectionAfterCompare) assert.deepEqual(s.shown, s.asked, `${s.viewport}: radios after comparing revisions ${s.asked.join(' → ')}`);
    });

    await t.test('dashboard (desktop): the Drafts, Scheduled and Recently published panels start level', () => {
      assert.equal(panelTops.length, 3, 'three panels on the dashboard');
      assert.deepEqual(panelTops, [panelTops[0], panelTops[0], panelTops[0]], `panel tops in px: ${panelTops.join(', ')}`);
    });
    // An empty headline is reported once; the slug, left empty as its hint allows, is not.
    await t.test('editor: an empty headline is not also reported as a bad slug', () => {
      for (const error of slugErrors) assert.equal(error, '', 'no error on the untouched, empty slug');
    });

    const minor = found.filter((v) => !isSerious(v));
    if (minor.length) {
      t.diagnostic('minor and moderate axe findings on the desk, not failing the test:');
      for (const line of formatViolations(minor).split('\n')) t.diagnostic(line);
    }
    const serious = found.filter(isSerious);
    assert.equal(serious.length, 0, `serious or critical axe violations on desk pages:\n${formatViolations(serious)}`);
  });

  it('phone: the articles and sections lists are cards that are still tables to assistive technology, with no axe violations', { timeout: 60_000 }, async () => {
    const { context, page } = track(await signIn(browser!, base, accounts.admin, phone));
    for (const [name, pathname] of [['articles', '/admin/articles'], ['sections', '/admin/sections']] as const) {
      await open(page, base, pathname);
      const firstRow = page.locator('main table.data tbody tr').first();
      const [one, two] = [await firstRow.locator('td[data-label]').nth(0).boundingBox(), await firstRow.locator('td[data-label]').nth(1).boundingBox()];
      assert.ok(one && two && two.y > one.y && two.x === one.x, `${name}: on a phone a row is a card, its cells one below the other`);

      // The roles are in the markup (WebKit would otherwise drop them once display changes) and
      // reach the accessibility tree at this size.
      const marked = 'table.data[role="table"] > tbody[role="rowgroup"] > tr[role="row"] > td[role="cell"]';
      assert.ok((await page.locator(marked).count()) > 0, `${name}: table, row groups, rows and cells carry their ARIA roles`);
      assert.ok((await page.locator('table.data > thead[role="rowgroup"] th[role="columnheader"]').count()) > 0, `${name}: the column headers carry their role`);
      const table = page.getByRole('table');
      assert.ok((await table.count()) > 0, `${name}: the accessibility tree has a table`);
      assert.ok((await table.getByRole('row').count()) > 0, `${name}: … with rows`);
      assert.ok((await table.getByRole('cell').count()) > 0, `${name}: … and cells`);
      assert.ok((await table.getByRole('columnheader').count()) > 0, `${name}: … and column headers`);
      // The drawn labels have empty alternative text: a cell's name is its value alone, since the
      // column header already names it for a screen reader.
      const labelled = firstRow.locator('td[data-label]').filter({ hasText: /\S/ }).first();
      const [label, value] = await labelled.evaluate((td) => [td.getAttribute('data-label')!, td.textContent!.replace(/\s+/g, ' ').trim()]);
      assert.equal(await firstRow.getByRole('cell', { name: value, exact: true }).count(), 1, `${name}: the “${label}” cell is named “${value}”, without its label`);

      const violations = await runAxe(page, `${name} on a phone (${pathname})`);
      assert.deepEqual(violations, [], `axe violations on a phone:\n${formatViolations(violations)}`);
      await page.screenshot({ path: `/tmp/desk-phone-${name}.png`, fullPage: true });
    }

    // A short page (no API keys yet): the menu row keeps its own height; the page takes the rest.
    await open(page, base, '/admin/spam-keys');
    const [navBox, menuBox] = [await page.locator('.desk-nav').boundingBox(), await page.locator('.desk-nav ul').boundingBox()];
    assert.ok(navBox && menuBox && navBox.height - menuBox.height < 4, `on a short page the menu row is ${navBox?.height} px high for a ${menuBox?.height} px menu`);
    await open(page, base, '/admin/sections');

    // Sections: the card leads with the section's name, not its order number …
    const row = page.locator('main table.data tbody tr').first();
    const nameCell = row.locator('td', { has: page.locator('a[href^="/admin/sections/"]') });
    const orderCell = row.locator('td[data-label="Order"]');
    const [nameBox, orderBox] = [await nameCell.boundingBox(), await orderCell.boundingBox()];
    assert.ok(nameBox && orderBox && nameBox.y < orderBox.y, 'on a phone the section’s name is above its order');
    // … while on a wide screen the order stays the first column.
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.equal(squash(await page.locator('main table.data thead th').first().textContent()), 'Order', 'the first column is still Order');
    const [wideName, wideOrder] = [await nameCell.boundingBox(), await orderCell.boundingBox()];
    assert.ok(wideName && wideOrder && wideOrder.x < wideName.x && wideOrder.y === wideName.y, 'on a wide screen the order is left of the name, in one line');
    await context.close();
  });
});
