// Kysely's SQLite driver prepares every query again (better-sqlite3 prepare() on each call).
// This keeps the prepared statements of one connection, by SQL text, so a query shape is
// parsed and planned once. Only the process's own connection is involved: nothing is cached
// but compiled SQL, so no data can go stale (SQLite re-prepares a statement itself when the
// schema changes).
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept; `in (…)` lists of varying length make new texts, so it is bounded. */
export const STATEMENT_CACHE_SIZE = 500;

export function withStatementCache(connection: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached) {
        // A statement still being iterated (an unfinished stream) cannot run again: use a fresh one.
        if (cached.busy) return connection.prepare(sql);
        // Least recently used first: move this one to the end.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = connection.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value!);
      return statement;
    },
    close(): void {
      statements.clear();
      connection.close();
    },
  };
}
