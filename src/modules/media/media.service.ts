// Featured images: checked to be an image, then resized with sharp to responsive WebP widths.
// The original is not kept: EXIF data (GPS positions, camera serials) never reaches the site.
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import type { MediaStore } from './media-store.ts';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff']);
const MAX_PIXELS = 60_000_000;

export class NotAnImageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotAnImageError';
  }
}

export interface StoredImage {
  /** URL of the largest variant, e.g. /media/images/ab12…/1600.webp */
  url: string;
  width: number;
  height: number;
}

export class MediaService {
  constructor(private readonly store: MediaStore) {}

  async storeImage(bytes: Buffer): Promise<StoredImage> {
    let metadata: Metadata;
    try {
      metadata = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    } catch {
      throw new NotAnImageError('This file is not an image Masthead can read (JPEG, PNG, WebP, GIF, AVIF or TIFF).');
    }
    if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format) || !metadata.width || !metadata.height) {
      throw new NotAnImageError('This file is not an image Masthead can read (JPEG, PNG, WebP, GIF, AVIF or TIFF).');
    }
    const id = createHash('sha256').update(bytes).digest('hex').slice(0, 24);
    // rotate() applies the EXIF orientation before the metadata is dropped.
    const oriented = sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate();
    const largestWidth = Math.min(metadata.width, IMAGE_WIDTHS.at(-1)!);
    const widths = [...IMAGE_WIDTHS.filter((w) => w < largestWidth), largestWidth];
    let largest = { width: 0, height: 0, key: '' };
    for (const width of widths) {
      const { data, info } = await oriented.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
      const key = `images/${id}/${width}.webp`;
      await this.store.put(key, data, 'image/webp');
      largest = { width: info.width, height: info.height, key };
    }
    return { url: `/media/${largest.key}`, width: largest.width, height: largest.height };
  }
}

/** srcset for an uploaded image URL; undefined for images from elsewhere. */
export function srcsetFor(url: string): string | undefined {
  const match = /^\/media\/images\/([0-9a-f]{24})\/(\d+)\.webp$/.exec(url);
  if (!match) return undefined;
  const largest = Number(match[2]);
  const widths = [...IMAGE_WIDTHS.filter((w) => w < largest), largest];
  return widths.map((w) => `/media/images/${match[1]}/${w}.webp ${w}w`).join(', ');
}
