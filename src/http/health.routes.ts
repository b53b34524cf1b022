// Liveness (the process answers) and readiness (the database answers too).
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';

export function registerHealthRoutes(app: FastifyInstance, database: Database): void {
  app.get('/healthz', async (_request, reply) => reply.header('Cache-Control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await database.ping();
      return reply.send({ status: 'ready' });
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).header('Retry-After', '5').send({ error: { code: 'NOT_READY', message: 'The database does not answer.' } });
    }
  });
}
