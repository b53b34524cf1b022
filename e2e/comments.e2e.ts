// Browser journey: a reader comments on an article, is held for moderation, fixes a form
// error, a moderator approves the comment from the queue, and replies are posted with and
// without JavaScript and nest under their parent. Screenshots and axe-core along the way.
//
// Rules that shape the timing (src/modules/moderation/pipeline.ts): a form sent less than
// 3 s after it was served is spam, so every submit waits 3.5 s after the form loaded; and a
// second comment from the same address within 15 s is refused with 429, and every request
// here comes from 127.0.0.1, so stored posts are at least 15.5 s apart.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { formatViolations, isSerious, runAxe, type AxeViolation } from './support/axe.ts';
import { browserSkip, startServerAndBrowser } from './support/browser.ts';
import { open, single, squash } from './support/page.ts';
import type { RunningServer } from './support/server.ts';
import { addStaffUser, signInAsStaff, type StaffAccount } from './support/staff.ts';
import { projectRoot } from '../test/support/project.ts';

const slug = 'what-the-tarrow-bridge-tolls-really-cost';
const articlePath = `/articles/${slug}`;
const screenshotDir = path.join(projectRoot, 'test-output', 'screenshots', 'comments');

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1 };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

/** A form needs this long between being served and being sent (the rule says 3 s). */
const FILL_MS = 3_500;
/** Stored comments from one address need this long between them (the rule says 15 s). */
const FLOOD_MS = 15_500;

const run = Date.now().toString(36);
const reader = { name: 'Ada Pennywhistle', email: `ada.${run}@example.org` };
const secondReader = { name: 'Bram Osei-Lindqvist', email: `bram.${run}@example.org` };
const moderator: StaffAccount = { email: `moderator.${run}@example.org`, name: 'Morag Moderator', role: 'moderator', password: 'a-long-moderator-passphrase' };
const texts = {
  first: `The toll figures in the third table do not add up for weekday commuters (${run}).`,
  invalid: `A second thought that I forgot to sign (${run}).`,
  replyJs: `Replying to myself: the footnote explains the weekday figure after all (${run}).`,
  replyNoJs: `Without JavaScript, replying to Ada: the footnote convinced me too (${run}).`,
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until the given moment, never more than `bound` ms (a bug in the journey, not a slow app). */
async function waitUntil(moment: number, what: string, bound = 16_000): Promise<number> {
  const wait = moment - Date.now();
  assert.ok(wait <= bound, `waiting ${wait} ms for ${what} is more than the ${bound} ms bound`);
  if (wait > 0) await delay(wait);
  return Math.max(0, wait);
}

describe('the comment journey in a browser', { skip: browserSkip(), timeout: 120_000 }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let base: string;
  const contexts: BrowserContext[] = [];
  /** The reader, with JavaScript, who keeps their cookies (held list, remember-me) throughout. */
  let readerContext: BrowserContext;
  let moderatorPage: Page;
  /** When the last stored comment was posted (client clock, after the response). */
  let lastStoredPost = 0;
  let firstId = 0;

  const newContext = async (options: BrowserContextOptions = desktop): Promise<BrowserContext> => {
    const context = await browser!.newContext(options);
    contexts.push(context);
    return context;
  };

  /** Clicks "Post Comment" and waits for the answer page; returns the status of the POST. */
  async function submitComment(page: Page, landsOn: (url: URL) => boolean): Promise<number> {
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/comments');
    await page.locator('#submit').click();
    const status = (await answer).status();
    await page.waitForURL(landsOn, { waitUntil: 'load', timeout: 10_000 });
    return status;
  }

  /** A fresh reader who has never commented: what the public sees. */
  async function publicView(): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await browser!.newContext(desktop);
    const page = await context.newPage();
    await open(page, base, articlePath);
    return { page, close: () => context.close() };
  }

  async function shoot(target: Page | Locator, name: string): Promise<void> {
    const file = path.join(screenshotDir, `${name}.png`);
    const image = 'goto' in target ? await target.screenshot({ path: file, fullPage: true }) : await target.screenshot({ path: file });
    assert.ok(image.length > 5_000, `${file} looks empty (${image.length} bytes)`);
  }

  function assertNoSeriousAxe(found: AxeViolation[], label: string, log: (line: string) => void): void {
    log(`axe-core on ${label}: ${found.length} violation types (${found.filter(isSerious).length} serious or critical)`);
    const minor = found.filter((v) => !isSerious(v));
    if (minor.length) for (const line of `minor and moderate axe findings on ${label}:\n${formatViolations(minor)}`.split('\n')) log(line);
    const serious = found.filter(isSerious);
    if (serious.length) for (const line of `SERIOUS axe findings on ${label}:\n${formatViolations(serious)}`.split('\n')) log(line);
    assert.equal(serious.length, 0, `serious or critical axe violations on ${label}:\n${formatViolations(serious)}`);
  }

  /** Approves one comment from the pending queue, as the moderator. */
  async function approveFromQueue(id: number, text: string): Promise<void> {
    await open(moderatorPage, base, '/admin/comments?status=pending');
    const row = await single(moderatorPage.locator('li.queue-item').filter({ hasText: text }), `pending queue row for comment ${id}`);
    await single(row.locator(`input[name="ids"][value="${id}"]`), `checkbox of comment ${id} in its row`);
    const approve = await single(row.locator(`button[formaction="/admin/comments/${id}/approve"]`), `Approve button of comment ${id}`);
    await approve.click();
    await moderatorPage.waitForURL((url) => url.searchParams.get('done') === '1', { waitUntil: 'load', timeout: 10_000 });
    assert.match(squash(await moderatorPage.locator('.notice').first().textContent()), /1 comment updated/);
    assert.equal(await moderatorPage.locator('li.queue-item').filter({ hasText: text }).count(), 0, `comment ${id} left the pending queue`);
  }

  before(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    ({ server, browser } = await startServerAndBrowser());
    base = server.baseUrl;
    await addStaffUser(server, moderator);
    readerContext = await newContext(desktop);
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  it('a. a first comment is held: the reader sees it marked as awaiting moderation, nobody else sees it', async (t) => {
    const page = await readerContext.newPage();
    await open(page, base, articlePath);
    const served = Date.now();
    const form = await single(page.locator('#comments #respond form#commentform'), 'comment form in #comments');
    assert.equal(squash(await page.locator('#reply-title > span').textContent()), 'Leave a reply');
    await page.locator('#comment').fill(texts.first);
    await page.locator('#author').fill(reader.name);
    await page.locator('#email').fill(reader.email);
    await page.locator('#wp-comment-cookies-consent').check();
    await shoot(page.locator('#comments'), 'form.desktop');

    const waited = await waitUntil(served + FILL_MS, 'the fill-time rule');
    t.diagnostic(`waited ${waited} ms before sending the first comment`);
    const status = await submitComment(page, (url) => url.pathname === articlePath && url.search !== '');
    lastStoredPost = Date.now();
    assert.equal(status, 303, 'the comment is stored and the reader is redirected (POST-redirect-GET)');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('held'), '1', `redirected to ${page.url()}`);
    assert.equal(await form.count(), 1, 'the form is there again');

    const notice = await single(page.locator('#respond .respond__notice'), 'notice in #respond');
    assert.match(squash(await notice.textContent()), /awaiting moderation/);
    assert.equal(await notice.getAttribute('role'), 'status');

    const held = await single(page.locator('#comments li.comment--held'), 'held comment');
    assert.ok(squash(await held.locator('.comment__body').textContent()).includes(texts.first), 'the held comment shows the reader’s text');
    assert.equal(squash(await held.locator('.comment__author').textContent()), reader.name);
    assert.match(squash(await held.locator('.comment__awaiting').textContent()), /awaiting moderation/);
    assert.equal(await held.locator('.comment-reply-link').count(), 0, 'a held comment cannot be replied to');
    firstId = Number((await held.getAttribute('id'))?.replace(/^comment-/, ''));
    assert.ok(Number.isInteger(firstId) && firstId > 0, `the held comment has an id: ${await held.getAttribute('id')}`);
    assert.equal(url.hash, `#comment-${firstId}`, 'the redirect points at the held comment');
    await shoot(page.locator('#comments'), 'held.desktop');

    // The same reader on a phone (same cookies): the held state, and the plain form in a phone layout.
    const phoneContext = await newContext(phone);
    await phoneContext.addCookies(await readerContext.cookies());
    const phonePage = await phoneContext.newPage();
    await open(phonePage, base, `${articlePath}?held=1`);
    await single(phonePage.locator('#comments li.comment--held'), 'held comment on the phone');
    await shoot(phonePage.locator('#comments'), 'held.phone');
    const freshPhone = await newContext(phone);
    const freshPhonePage = await freshPhone.newPage();
    await open(freshPhonePage, base, articlePath);
    await shoot(freshPhonePage.locator('#comments'), 'form.phone');
    await freshPhone.close();
    await phoneContext.close();

    // Anyone else: nothing.
    const other = await publicView();
    try {
      assert.equal(await other.page.locator(`#comment-${firstId}`).count(), 0, 'a fresh browser has no element for the held comment');
      assert.equal(await other.page.locator('li.comment--held').count(), 0, 'a fresh browser sees no held comment');
      assert.ok(!squash(await other.page.locator('body').innerText()).includes(texts.first), 'a fresh browser does not see the held text');
      assert.equal(await other.page.locator('#respond .respond__notice').count(), 0, 'no notice without ?held');
    } finally {
      await other.close();
    }
    await page.close();
  });

  it('b. an empty name: the text is kept, the name field says why and has the keyboard focus', async (t) => {
    const page = await readerContext.newPage();
    await open(page, base, articlePath);
    const served = Date.now();
    // Remember-me was ticked: name and email come back filled in.
    assert.equal(await page.locator('#author').inputValue(), reader.name, 'remembered name');
    assert.equal(await page.locator('#email').inputValue(), reader.email, 'remembered email');
    assert.ok(await page.locator('#wp-comment-cookies-consent').isChecked(), 'remember-me stays ticked');
    await page.locator('#comment').fill(texts.invalid);
    await page.locator('#author').fill('');
    await waitUntil(served + FILL_MS, 'the fill-time rule');
    const status = await submitComment(page, (url) => url.pathname === '/comments');
    assert.equal(status, 400, 'a form with an empty name is answered 400');

    assert.equal(await page.locator('#comment').inputValue(), texts.invalid, 'the comment text is intact');
    assert.equal(await page.locator('#email').inputValue(), reader.email, 'the email is intact');
    const author = page.locator('#author');
    assert.equal(await author.inputValue(), '');
    assert.equal(await author.getAttribute('aria-invalid'), 'true');
    assert.equal(await author.getAttribute('aria-describedby'), 'author-error');
    const message = await single(page.locator('p.comment-form__author #author-error'), 'error message in the name field’s paragraph');
    assert.ok(await message.isVisible(), 'the name error is visible');
    assert.ok(squash(await message.textContent()).length > 0, 'the name error says something');
    const [fieldBox, messageBox] = [await author.boundingBox(), await message.boundingBox()];
    assert.ok(fieldBox && messageBox, 'name field and message are rendered');
    const gap = messageBox.y - (fieldBox.y + fieldBox.height);
    const beside = Math.abs(messageBox.y - fieldBox.y) < fieldBox.height && messageBox.x >= fieldBox.x + fieldBox.width - 1;
    assert.ok(beside || (gap >= -1 && gap <= 40), `the message sits next to the name field: field ${JSON.stringify(fieldBox)}, message ${JSON.stringify(messageBox)}`);
    assert.equal(await page.locator(':root').evaluate((root) => root.ownerDocument.activeElement?.id), 'author', 'keyboard focus is on the name field');
    const notice = await single(page.locator('#respond .respond__notice'), 'notice in #respond');
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.equal(await page.locator('p.comment-form__comment .comment-form__error').count(), 0, 'no error at the comment text');
    await shoot(page.locator('#comments'), 'field-errors.desktop');

    const found = await runAxe(page, `${articlePath} with field errors (POST /comments)`);
    assertNoSeriousAxe(found, 'the article with field errors', (line) => t.diagnostic(line));
    await page.close();
  });

  it('c. a moderator approves the comment from the pending queue; the public then sees it', async (t) => {
    assert.ok(firstId > 0, 'step a stored a comment');
    const moderatorContext = await newContext(desktop);
    moderatorPage = await signInAsStaff(moderatorContext, base, moderator, '/admin/comments?status=pending');
    const row = await single(moderatorPage.locator('li.queue-item').filter({ hasText: texts.first }), 'the comment in the pending queue');
    assert.ok(squash(await row.locator('.queue-item__who').textContent()).includes(reader.email), 'the queue shows the email to staff');
    assert.match(squash(await row.locator('.queue-item__reasons').textContent()), /First comment/i);
    await shoot(moderatorPage, 'queue.desktop');
    assertNoSeriousAxe(await runAxe(moderatorPage, 'moderation queue (desktop)'), 'the moderation queue (desktop)', (line) => t.diagnostic(line));

    const phoneModerator = await newContext(phone);
    const phoneQueue = await signInAsStaff(phoneModerator, base, moderator, '/admin/comments?status=pending');
    await shoot(phoneQueue, 'queue.phone');
    assertNoSeriousAxe(await runAxe(phoneQueue, 'moderation queue (phone)'), 'the moderation queue (phone)', (line) => t.diagnostic(line));
    await phoneModerator.close();

    await approveFromQueue(firstId, texts.first);

    const other = await publicView();
    try {
      const item = await single(other.page.locator(`#comments li#comment-${firstId}`), 'the approved comment for the public');
      assert.ok(!((await item.getAttribute('class')) ?? '').includes('comment--held'), 'not marked held');
      assert.equal(await item.locator('.comment__awaiting').count(), 0, 'no “awaiting moderation” marker');
      assert.ok(squash(await item.locator('.comment__body').textContent()).includes(texts.first));
      await single(item.locator(':scope > article .comment-reply-link'), 'reply link on the approved comment');
    } finally {
      await other.close();
    }
  });

  it('d. with JavaScript, Reply moves the form under the comment; the reply nests under it', async (t) => {
    assert.ok(firstId > 0, 'step a stored a comment');
    const page = await readerContext.newPage();
    await open(page, base, articlePath);
    const served = Date.now();
    const parent = page.locator(`#comments li#comment-${firstId}`);
    assert.equal(await page.locator(`li#comment-${firstId} #respond`).count(), 0, 'the form starts below the thread');
    await (await single(parent.locator(':scope > article .comment-reply-link'), 'Reply link')).click();
    assert.equal(new URL(page.url()).search, '', 'with JavaScript the Reply link does not reload the page');
    await single(page.locator(`li#comment-${firstId} > #respond`), '#respond moved inside li#comment-<id>');
    assert.equal(await page.locator('#comment_parent').inputValue(), String(firstId), '#comment_parent holds the parent id');
    assert.equal(squash(await page.locator('#reply-title > span').textContent()), `Reply to ${reader.name}`);
    assert.equal(await page.locator(':root').evaluate((root) => root.ownerDocument.activeElement?.id), 'comment', 'focus moves to the comment text');
    await page.locator('#comment').fill(texts.replyJs);
    await shoot(parent, 'reply-form-moved.desktop');

    const waited = await waitUntil(Math.max(served + FILL_MS, lastStoredPost + FLOOD_MS), 'the fill-time and flood rules');
    t.diagnostic(`waited ${waited} ms before sending the reply (flood rule: one stored comment per address per 15 s)`);
    const status = await submitComment(page, (url) => url.pathname === articlePath && url.search !== '');
    lastStoredPost = Date.now();
    assert.equal(status, 303, `the reply is stored (got ${status}: ${squash(await page.locator('#respond .respond__notice').textContent().catch(() => ''))})`);
    // Same name and email as a comment a moderator approved: published at once (pipeline rule
    // "previously approved author"), so no second trip to the queue here; step e covers that.
    const search = new URL(page.url()).searchParams;
    assert.equal(search.get('posted'), '1', `a reply by an approved author is published at once: ${page.url()}`);
    const reply = await single(page.locator(`li#comment-${firstId} > ol.comment-replies > li.comment`).filter({ hasText: texts.replyJs }), 'the reply nested under its parent');
    assert.equal(await reply.locator('.comment__awaiting').count(), 0);

    const other = await publicView();
    try {
      await single(other.page.locator(`li#comment-${firstId} > ol.comment-replies > li.comment`).filter({ hasText: texts.replyJs }), 'the reply, nested, for the public');
    } finally {
      await other.close();
    }
    await page.close();
  });

  it('e. without JavaScript, Reply reloads with ?replytocom; the held reply is approved and nests', async (t) => {
    assert.ok(firstId > 0, 'step a stored a comment');
    const noJs = await newContext({ ...desktop, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await open(page, base, articlePath);
    const link = await single(page.locator(`#comments li#comment-${firstId} > article .comment-reply-link`), 'Reply link');
    assert.equal(await link.getAttribute('href'), `${articlePath}?replytocom=${firstId}#respond`);
    await link.click();
    await page.waitForURL((url) => url.searchParams.has('replytocom'), { waitUntil: 'load' });
    const served = Date.now();
    const url = new URL(page.url());
    assert.equal(url.search, `?replytocom=${firstId}`);
    assert.equal(url.hash, '#respond');
    assert.equal(squash(await page.locator('#reply-title > span').textContent()), `Reply to ${reader.name}`, 'the form heading names the parent’s author');
    await single(page.locator('#cancel-comment-reply-link'), 'Cancel reply link');
    assert.equal(await page.locator('#comment_parent').inputValue(), String(firstId));
    assert.equal(await page.locator(`li#comment-${firstId} #respond`).count(), 0, 'without JavaScript the form stays below the thread');
    await page.locator('#comment').fill(texts.replyNoJs);
    await page.locator('#author').fill(secondReader.name);
    await page.locator('#email').fill(secondReader.email);
    await shoot(page.locator('#respond'), 'reply-nojs.desktop');

    const waited = await waitUntil(Math.max(served + FILL_MS, lastStoredPost + FLOOD_MS), 'the fill-time and flood rules');
    t.diagnostic(`waited ${waited} ms before sending the no-JavaScript reply`);
    const status = await submitComment(page, (u) => u.pathname === articlePath && (u.searchParams.has('held') || u.searchParams.has('posted')));
    lastStoredPost = Date.now();
    assert.equal(status, 303);
    assert.equal(new URL(page.url()).searchParams.get('held'), '1', `a first comment by a new reader is held: ${page.url()}`);
    const held = await single(page.locator(`li#comment-${firstId} > ol.comment-replies > li.comment--held`), 'the held reply, nested, for its author');
    assert.ok(squash(await held.textContent()).includes(texts.replyNoJs));
    const replyId = Number((await held.getAttribute('id'))?.replace(/^comment-/, ''));
    assert.ok(replyId > firstId, `reply id ${replyId}`);

    const before = await publicView();
    try {
      assert.equal(await before.page.locator(`#comment-${replyId}`).count(), 0, 'the held reply is hidden from the public');
    } finally {
      await before.close();
    }

    await open(moderatorPage, base, '/admin/comments?status=pending');
    const row = await single(moderatorPage.locator('li.queue-item').filter({ hasText: texts.replyNoJs }), 'the reply in the queue');
    assert.ok(squash(await row.textContent()).includes(`reply to #${firstId}`), 'the queue says what it replies to');
    await approveFromQueue(replyId, texts.replyNoJs);

    const other = await publicView();
    try {
      const reply = await single(other.page.locator(`li#comment-${firstId} > ol.comment-replies > li#comment-${replyId}`), 'the approved reply nested under its parent');
      assert.equal(await reply.locator('.comment__awaiting').count(), 0);
      assert.ok(squash(await reply.textContent()).includes(texts.replyNoJs));
      assert.equal(await other.page.locator(`li#comment-${firstId} > ol.comment-replies > li.comment`).count(), 2, 'both replies under the parent');
      await shoot(other.page.locator(`li#comment-${firstId}`), 'thread.desktop');
    } finally {
      await other.close();
    }
    await noJs.close();
  });
});
