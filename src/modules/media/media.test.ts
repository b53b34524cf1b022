// The MediaStore contract, run against both implementations, and the image pipeline.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import sharp from 'sharp';
import { FileMediaStore, MemoryMediaStore, type MediaStore } from './media-store.ts';
import { MediaService, NotAnImageError, srcsetFor } from './media.service.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-media-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const stores: [string, () => MediaStore][] = [
  ['files', () => new FileMediaStore(path.join(dir, String(Math.random()).slice(2)))],
  ['memory', () => new MemoryMediaStore()],
];

for (const [name, make] of stores) {
  describe(`MediaStore (${name})`, () => {
    it('returns what was stored, with its type, and undefined for unknown keys', async () => {
      const store = make();
      await store.put('images/abc/480.webp', Buffer.from('one'), 'image/webp');
      const got = await store.get('images/abc/480.webp');
      assert.equal(got?.body.toString(), 'one');
      assert.equal(got?.contentType, 'image/webp');
      assert.equal(await store.get('images/abc/960.webp'), undefined);
    });
    it('replaces on a second put', async () => {
      const store = make();
      await store.put('images/abc/480.webp', Buffer.from('one'), 'image/webp');
      await store.put('images/abc/480.webp', Buffer.from('two'), 'image/webp');
      assert.equal((await store.get('images/abc/480.webp'))?.body.toString(), 'two');
    });
    it('refuses keys that could leave its folder', async () => {
      const store = make();
      await assert.rejects(store.put('../etc/passwd', Buffer.from('x'), 'text/plain'));
      assert.equal(await store.get('images/../../secret'), undefined);
    });
  });
}

describe('MediaService', () => {
  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 120, g: 40, b: 30 } } }).png().toBuffer();

  it('makes WebP variants up to 1600 pixels wide and never enlarges', async () => {
    const store = new MemoryMediaStore();
    const image = await new MediaService(store).storeImage(await png(2400, 1600));
    assert.match(image.url, /^\/media\/images\/[0-9a-f]{24}\/1600\.webp$/);
    assert.deepEqual([image.width, image.height], [1600, 1067]);
    for (const w of [480, 960, 1600]) {
      const variant = await store.get(image.url.replace('1600.webp', `${w}.webp`).replace('/media/', ''));
      assert.equal((await sharp(variant!.body).metadata()).width, w);
      assert.equal((await sharp(variant!.body).metadata()).format, 'webp');
    }
    const small = await new MediaService(store).storeImage(await png(700, 400));
    assert.match(small.url, /\/700\.webp$/);
    assert.equal(srcsetFor(small.url), small.url.replace('700.webp', '480.webp 480w, ') + small.url.replace(/^/, '') + ' 700w');
  });

  it('refuses bytes that are not an image', async () => {
    await assert.rejects(new MediaService(new MemoryMediaStore()).storeImage(Buffer.from('%PDF-1.7 not an image')), NotAnImageError);
  });
});
