// One forward-only migration set for both dialects. Kysely's migrator records what ran
// in kysely_migration and takes a lock, so several app servers may start at once.
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.ts';
import * as m0001 from './migrations/0001-initial.ts';
import * as m0002 from './migrations/0002-staff.ts';
import * as m0003 from './migrations/0003-comments.ts';
import * as m0004 from './migrations/0004-spam.ts';
import * as m0005 from './migrations/0005-spam-api.ts';
import * as m0006 from './migrations/0006-spam-fingerprints.ts';
import * as m0007 from './migrations/0007-spam-api-rate.ts';

type MigrationModule = { up: (db: Parameters<Migration['up']>[0], dialect: Database['dialect']) => Promise<void> };

const migrations: Record<string, MigrationModule> = {
  '0001-initial': m0001,
  '0002-staff': m0002,
  '0003-comments': m0003,
  '0004-spam': m0004,
  '0005-spam-api': m0005,
  '0006-spam-fingerprints': m0006,
  '0007-spam-api-rate': m0007,
};

export async function migrateToLatest(database: Database): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const bound: Record<string, Migration> = {};
      for (const [name, module] of Object.entries(migrations)) {
        bound[name] = { up: (db) => module.up(db, database.dialect) };
      }
      return bound;
    },
  };
  const migrator = new Migrator({ db: database.db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
