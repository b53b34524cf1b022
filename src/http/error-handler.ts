// One error handler for the whole app: an HTML page for page requests, {error:{code,message}}
// for JSON clients. Details of 5xx errors go to the log, never to the client.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorCodes, type ErrorCode } from '../core/errors.ts';
import { classifyDatabaseError } from '../db/dialect.ts';
import { ErrorView } from './error.pages.tsx';
import type { Site } from './site.ts';

function wantsJson(request: FastifyRequest): boolean {
  const url = request.url;
  if (url.startsWith('/api/') || url === '/healthz' || url === '/readyz') return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** Fastify's own client errors (bad JSON, body too large…) keep their 4xx status. */
function fastifyClientCode(error: FastifyError): ErrorCode | undefined {
  const status = error.statusCode;
  if (status === undefined || status < 400 || status >= 500) return undefined;
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  return 'BAD_REQUEST';
}

export function registerErrorHandling(app: FastifyInstance, site: Site): void {
  async function render(request: FastifyRequest, reply: FastifyReply, code: ErrorCode): Promise<FastifyReply> {
    const { status, message } = errorCodes[code];
    reply.code(status);
    if (status === 503) reply.header('Retry-After', '5');
    if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send({ error: { code, message } });
    // The Akismet protocol answers in plain text. A failure on our side is never `false`: a
    // client reading only the body would publish the comment unchecked. Any other answer, with
    // X-akismet-error for the clients that read it, makes them hold the comment and retry.
    if (request.url.startsWith('/1.1/') || request.url.startsWith('/1.2/')) {
      if (status < 500) return reply.type('text/plain; charset=utf-8').header('X-akismet-debug-help', message).send(message);
      const failure = 'The spam service could not answer; hold the comment and try again later.';
      return reply.code(503).header('Retry-After', '60').type('text/plain; charset=utf-8').header('X-akismet-error', failure).header('X-akismet-debug-help', failure).send(failure);
    }
    // The error page needs the site's name and sections; when the database is what failed, use neutral ones.
    const ctx = status >= 500 ? site.fallbackContext() : await site.pageContext().catch(() => site.fallbackContext());
    return reply.type('text/html; charset=utf-8').send(ErrorView({ ctx, status, message }));
  }

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    let code: ErrorCode;
    if (error instanceof AppError) code = error.code;
    else code = classifyDatabaseError(error) ?? fastifyClientCode(error) ?? 'INTERNAL';
    const status = errorCodes[code].status;
    if (status >= 500) request.log.error({ err: error, code }, 'request failed');
    else request.log.info({ code, detail: error instanceof AppError ? error.detail : error.message }, 'request refused');
    return render(request, reply, code);
  });

  app.setNotFoundHandler(async (request, reply) => render(request, reply, 'NOT_FOUND'));
}
