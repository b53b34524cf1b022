// A fresh, migrated database per test file, on each dialect this machine offers.
// SQLite: a new file in a temporary folder. PostgreSQL: a new database created on the
// server named by MASTHEAD_TEST_PG_URL, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import type { DialectName } from '../../src/db/dialect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export const requireAll = process.env.MASTHEAD_TEST_REQUIRE_ALL === '1';
const pgUrl = process.env.MASTHEAD_TEST_PG_URL;

/** The dialects to run repository tests on. Under MASTHEAD_TEST_REQUIRE_ALL a missing PostgreSQL fails. */
export function testDialects(): DialectName[] {
  if (pgUrl) return ['sqlite', 'postgres'];
  if (requireAll) throw new Error('MASTHEAD_TEST_REQUIRE_ALL=1 but MASTHEAD_TEST_PG_URL is not set');
  return ['sqlite'];
}

export interface TestDatabase extends Database {
  url: string;
  /** Closes the connection and removes the database. */
  dispose(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const { url, cleanup } = dialect === 'sqlite' ? freshSqliteUrl() : await freshPostgresUrl();
  const database = await openDatabase(url);
  if (options.migrate !== false) await migrateToLatest(database);
  let disposed = false;
  return {
    ...database,
    url,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await database.close().catch(() => {});
      await cleanup();
    },
  };
}

function freshSqliteUrl(): { url: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-test-'));
  return {
    url: `sqlite:${path.join(dir, 'masthead.db')}`,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function freshPostgresUrl(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (!pgUrl) throw new Error('MASTHEAD_TEST_PG_URL is not set');
  const name = `masthead_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    cleanup: async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
