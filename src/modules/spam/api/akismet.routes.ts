// The Akismet REST protocol (docs: ../shared/docs/akismet-protocol.md) served by Masthead's
// own engine: /1.1/verify-key, comment-check, submit-spam, submit-ham; /1.2/key-sites,
// usage-limit. Plain-text answers, as Akismet's; never a 500 for a malformed request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../../core/clock.ts';
import type { AkismetService, ApiKey, AkismetFields } from './akismet.service.ts';

const THANKS = 'Thanks for making the web a better place.';

/** Request fields from the body and the query; a repeated field keeps its first value. */
export function requestFields(request: FastifyRequest): AkismetFields {
  const fields: AkismetFields = {};
  for (const source of [request.query, request.body]) {
    if (!source || typeof source !== 'object') continue;
    for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
      const first = Array.isArray(value) ? value[0] : value;
      if (typeof first === 'string' && !(name in fields)) fields[name] = first;
    }
  }
  return fields;
}

/** The key: `api_key` or `key` in the request, or the first label of the Host (`{key}.host`). */
export function keyOf(request: FastifyRequest, fields: AkismetFields): string | undefined {
  const given = fields.api_key ?? fields.key;
  if (given) return given.trim();
  const host = (request.headers.host ?? '').split(':')[0] ?? '';
  const labels = host.split('.');
  return labels.length >= 3 && /^[0-9a-f]{24}$/.test(labels[0]!) ? labels[0] : undefined;
}

export function registerAkismetRoutes(app: FastifyInstance, deps: { service: AkismetService; clock: Clock; language: () => Promise<string> }): void {
  const text = (reply: FastifyReply) => reply.type('text/plain; charset=utf-8');

  function invalid(reply: FastifyReply, help: string) {
    return text(reply).header('X-akismet-debug-help', help).send('invalid');
  }

  /** Resolves the key, answering `invalid` or 429 itself when it cannot be used. */
  async function authorise(request: FastifyRequest, reply: FastifyReply, fields: AkismetFields): Promise<ApiKey | undefined> {
    const key = keyOf(request, fields);
    if (!key) {
      await invalid(reply, 'Empty "api_key" value');
      return undefined;
    }
    const apiKey = await deps.service.findKey(key);
    if (!apiKey) {
      await invalid(reply, 'Invalid key: it is unknown or revoked.');
      return undefined;
    }
    if (!(await deps.service.withinRateLimit(apiKey))) {
      await text(reply).code(429).header('Retry-After', '60').header('X-akismet-error', 'Rate limit exceeded').send('Rate limit exceeded for this key; try again in a minute.');
      return undefined;
    }
    return apiKey;
  }

  function missing(fields: AkismetFields, names: string[]): string | undefined {
    return names.find((name) => !fields[name] || fields[name]!.trim() === '');
  }

  app.post('/1.1/verify-key', async (request, reply) => {
    const fields = requestFields(request);
    const key = keyOf(request, fields);
    const apiKey = key ? await deps.service.findKey(key) : undefined;
    if (!apiKey) return invalid(reply, key ? 'Invalid key: it is unknown or revoked.' : 'Empty "key" value');
    return text(reply).send('valid');
  });

  app.post('/1.1/comment-check', async (request, reply) => {
    const fields = requestFields(request);
    const apiKey = await authorise(request, reply, fields);
    if (!apiKey) return reply;
    const absent = missing(fields, ['blog', 'user_ip']);
    if (absent) return text(reply).code(400).header('X-akismet-debug-help', `Missing required field: ${absent}.`).send(`Missing required field: ${absent}.`);
    // A failure here or in authorise is answered by the app's error handler with 503 and
    // X-akismet-error, never `false`: clients hold the comment and retry.
    const outcome = await deps.service.check(apiKey, fields, await deps.language());
    reply.header('X-akismet-guid', outcome.guid);
    if (outcome.discard) reply.header('X-akismet-pro-tip', 'discard');
    return text(reply).send(outcome.spam ? 'true' : 'false');
  });

  for (const [path, label] of [['/1.1/submit-spam', 'spam'], ['/1.1/submit-ham', 'ham']] as const) {
    app.post(path, async (request, reply) => {
      const fields = requestFields(request);
      const apiKey = await authorise(request, reply, fields);
      if (!apiKey) return reply;
      const absent = missing(fields, ['blog', 'user_ip']);
      if (absent) return text(reply).code(400).header('X-akismet-debug-help', `Missing required field: ${absent}.`).send(`Missing required field: ${absent}.`);
      await deps.service.feedback(apiKey, fields, label, await deps.language());
      return text(reply).send(THANKS);
    });
  }

  app.get('/1.2/key-sites', async (request, reply) => {
    const fields = requestFields(request);
    const apiKey = await authorise(request, reply, fields);
    if (!apiKey) return reply;
    const forMonth = /^\d{4}-\d{2}$/.test(fields.month ?? '') ? fields.month! : deps.clock.now().toISOString().slice(0, 7);
    const usage = await deps.service.usage(apiKey, forMonth);
    const site = { site: apiKey.siteUrl, api_calls: usage.calls, spam: usage.spam, ham: usage.ham, missed_spam: usage.missed_spam, false_positives: usage.false_positives, is_revoked: false };
    if (fields.format === 'csv') {
      const header = 'Site,Total API Calls,Spam,Ham,Missed Spam,False Positives,Is Revoked';
      const csvCell = (v: string | number | boolean) => `"${String(v).replace(/"/g, '""')}"`;
      const row = [site.site, site.api_calls, site.spam, site.ham, site.missed_spam, site.false_positives, site.is_revoked].map(csvCell).join(',');
      return reply.type('text/csv; charset=utf-8').send(`${header}\n${row}\n`);
    }
    return reply.send({ [forMonth]: [site], limit: 500, offset: 0, total: 1 });
  });

  app.get('/1.2/usage-limit', async (request, reply) => {
    const fields = requestFields(request);
    const apiKey = await authorise(request, reply, fields);
    if (!apiKey) return reply;
    const usage = await deps.service.usage(apiKey, deps.clock.now().toISOString().slice(0, 7));
    return reply.send({ limit: 'none', usage: usage.calls, percentage: '0.00', throttled: false });
  });
}
