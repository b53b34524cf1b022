// Featured image upload through the article editor (multipart), with 413 and 415 refusals
// that keep the article's text.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { createStaff, signIn, type SignedIn } from '../support/staff.ts';

const dialect = testDialects()[0]!;

function multipart(fields: Record<string, string | string[]>, file?: { name: string; filename: string; type: string; data: Buffer }) {
  const boundary = `----masthead${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const v of ([] as string[]).concat(value)) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`));
    }
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    chunks.push(file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('featured image upload', () => {
  let t: TestApp;
  let editor: SignedIn;
  let fields: Record<string, string | string[]>;
  before(async () => {
    t = await createTestApp(dialect);
    await createStaff(t, 'editor', 'editor@example.org');
    editor = await signIn(t.app, 'editor@example.org');
    const news = await t.database.db.selectFrom('sections').select('id').where('slug', '=', 'news').executeTakeFirstOrThrow();
    const author = await t.database.db.selectFrom('authors').select('id').where('slug', '=', 'maren-okafor').executeTakeFirstOrThrow();
    fields = {
      _csrf: editor.csrf, title: 'The new footbridge opens', slug: '', dek: '', sectionId: String(news.id), authorIds: [String(author.id), '', '', ''],
      tags: '', body: 'Text the editor must not lose.', excerpt: '', mode: 'publish', scheduleAt: '', commentsOpen: '1', lockVersion: '0', intent: 'save',
      imageUrl: '', imageAlt: 'The footbridge at dusk',
    };
  });
  after(async () => t.close());

  const send = (form: ReturnType<typeof multipart>) =>
    t.app.inject({ method: 'POST', url: '/admin/articles', headers: { cookie: editor.cookie, 'content-type': form.contentType }, payload: form.payload });

  it('stores a resized WebP and shows it with a srcset on the article', async () => {
    const image = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: { r: 10, g: 80, b: 120 } } }).jpeg().toBuffer();
    const res = await send(multipart(fields, { name: 'imageFile', filename: 'bridge.jpg', type: 'image/jpeg', data: image }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const page = await t.app.inject({ method: 'GET', url: '/articles/the-new-footbridge-opens' });
    const img = /<figure class="article__figure"><img src="(\/media\/images\/[0-9a-f]{24}\/1600\.webp)" srcset="([^"]+)"/.exec(page.body);
    assert.ok(img, 'the featured image is on the page');
    assert.match(img[2]!, /480\.webp 480w, .*960\.webp 960w, .*1600\.webp 1600w/);
    const file = await t.app.inject({ method: 'GET', url: img[1]! });
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'image/webp');
    assert.match(file.headers['cache-control'] as string, /immutable/);
    assert.equal((await sharp(file.rawPayload).metadata()).width, 1600);
  });

  it('answers 415 for a file that is not an image, keeping the text', async () => {
    const res = await send(multipart({ ...fields, title: 'Not an image' }, { name: 'imageFile', filename: 'notes.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.7 …') }));
    assert.equal(res.statusCode, 415);
    assert.match(res.body, /id="field-imageUrl-error">This file is not an image Masthead can read/);
    assert.match(res.body, /Text the editor must not lose.<\/textarea>/);
  });

  it('answers 413 for an image over 10 MB, keeping the text', async () => {
    const res = await send(multipart({ ...fields, title: 'Too big' }, { name: 'imageFile', filename: 'huge.jpg', type: 'image/jpeg', data: Buffer.alloc(10 * 1024 * 1024 + 10, 1) }));
    assert.equal(res.statusCode, 413);
    assert.match(res.body, /The image is larger than 10 MB/);
    assert.match(res.body, /Text the editor must not lose.<\/textarea>/);
  });

  it('still checks the CSRF token of a multipart form', async () => {
    const res = await send(multipart({ ...fields, _csrf: 'forged' }));
    assert.equal(res.statusCode, 403);
  });
});
