// The only place that knows which SQL dialect is in use. Everything else asks for a
// helper here instead of branching on the database kind.
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import { groupCommit } from './group-commit.ts';

export type DialectName = 'sqlite' | 'postgres';

export function dialectOf(url: string): DialectName {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

/** Adds an auto-incrementing integer primary key named `id`. */
export function withIdColumn<T extends string>(
  dialect: DialectName,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return dialect === 'sqlite'
    ? table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement())
    : table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().generatedByDefaultAsIdentity());
}

/** Counts come back as strings from pg (bigint); make them numbers everywhere. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** LIKE pattern for user text: % and _ match themselves. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive "column contains text" (ASCII case on SQLite), with wildcards escaped. */
export function containsText(dialect: DialectName, column: string, text: string) {
  const pattern = likePattern(text);
  return dialect === 'sqlite'
    ? sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`
    : sql<boolean>`${sql.ref(column)} ilike ${pattern}`;
}

/** Names of the user tables, for tests and the readiness check. */
export async function listTables(db: Kysely<any>, dialect: DialectName): Promise<string[]> {
  if (dialect === 'sqlite') {
    const result = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
    return result.rows.map((r) => r.name);
  }
  const result = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(db);
  return result.rows.map((r) => r.name);
}

/**
 * Maps a driver error to the public outcome it deserves, by its code (never its text):
 * a busy or full database is a 503 the client may retry, not a 500.
 */
export function classifyDatabaseError(error: unknown): 'DATABASE_BUSY' | 'STORAGE_FULL' | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED') return 'DATABASE_BUSY';
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === '53100') return 'STORAGE_FULL';
  // pg: too many connections, cannot connect now, serialization/deadlock under load.
  if (code === '53300' || code === '57P03' || code === '40001' || code === '40P01') return 'DATABASE_BUSY';
  return undefined;
}

/**
 * A transaction that writes after reading. On SQLite it starts with BEGIN IMMEDIATE, taking
 * the write lock at once, so two processes cannot both read and then deadlock on upgrading
 * (busy_timeout covers the wait), and it shares its COMMIT with the writes queued at the same
 * time (group-commit.ts); `fn` must not wait for another write transaction. On PostgreSQL a
 * normal transaction.
 */
export async function writeTransaction<T>(db: Kysely<any>, dialect: DialectName, fn: (trx: Kysely<any>) => Promise<T>): Promise<T> {
  if (dialect !== 'sqlite') return db.transaction().execute(fn);
  return groupCommit(db, fn);
}
