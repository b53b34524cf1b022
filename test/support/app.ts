// Builds the real app on a fresh test database, for HTTP tests with inject().
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { MemoryMediaStore } from '../../src/modules/media/media-store.ts';
import type { SpamFilter } from '../../src/modules/spam/spam-checker.ts';
import { loadConfig } from '../../src/config/config.ts';
import { fixedClock } from '../../src/core/clock.ts';
import type { DialectName } from '../../src/db/dialect.ts';
import { loadDemo } from '../../src/modules/demo/demo.service.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

/** The demo's newest article is dated 2026-11-22; tests run "on" this day. */
export const TEST_NOW = '2026-11-28T12:00:00.000Z';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/**
 * `alongside`: another test app whose database this one shares, as a second app server
 * would; its demo is not loaded twice, and closing this app leaves the database open.
 */
export async function createTestApp(dialect: DialectName, options: { demo?: boolean; env?: Record<string, string>; spamFilter?: SpamFilter; alongside?: TestApp } = {}): Promise<TestApp> {
  const shared = options.alongside?.database;
  // The shared database stays open when this app closes (buildApp closes its database then).
  const database = shared ? { ...shared, close: async () => {} } : await createTestDatabase(dialect);
  const clock = fixedClock(TEST_NOW);
  if (options.demo !== false && !shared) await loadDemo(database.db, clock);
  const config = loadConfig({ MASTHEAD_PUBLIC_URL: 'https://journal.example', MASTHEAD_DATABASE_URL: database.url, ...options.env });
  const app = await buildApp({ config, database, clock, logger: false, secret: 'test-secret-that-is-long-enough-0123456789', mediaStore: new MemoryMediaStore(), spamFilter: options.spamFilter });
  return {
    app,
    database,
    clock,
    async close() {
      await app.close();
      if (!shared) await database.dispose();
    },
  };
}
