// Serves uploaded images. Their names carry a content hash, so they are cached for a year.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.ts';
import type { MediaStore } from './media-store.ts';

export function registerMediaRoutes(app: FastifyInstance, store: MediaStore): void {
  app.get<{ Params: { id: string; file: string } }>('/media/images/:id/:file', async (request, reply) => {
    const { id, file } = request.params;
    if (!/^[0-9a-f]{24}$/.test(id) || !/^\d{1,4}\.webp$/.test(file)) throw new AppError('NOT_FOUND');
    const item = await store.get(`images/${id}/${file}`);
    if (!item) throw new AppError('NOT_FOUND');
    return reply.header('Cache-Control', 'public, max-age=31536000, immutable').type(item.contentType).send(item.body);
  });
}

/** An uploaded file in a multipart form, as the staff scope's parser leaves it. */
export interface Upload {
  kind: 'upload';
  buffer: Buffer;
  truncated: boolean;
  filename: string;
  mimetype: string;
}

export function uploadIn(body: unknown, name: string): Upload | undefined {
  const value = (body as Record<string, unknown> | null)?.[name];
  const upload = value as Upload | undefined;
  return upload?.kind === 'upload' && upload.buffer.length > 0 ? upload : undefined;
}
