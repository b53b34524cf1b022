// Opens the database named by a URL: better-sqlite3 for sqlite:, pg for postgres://.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { dialectOf, type DialectName } from './dialect.ts';
import type { Schema } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';

export interface Database {
  db: Kysely<Schema>;
  dialect: DialectName;
  /** The URL with any password masked, safe for logs and messages. */
  displayUrl: string;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {
  constructor(readonly displayUrl: string, reason: string, options?: { cause?: unknown }) {
    super(`cannot open database ${displayUrl}: ${reason}`, options);
    this.name = 'DatabaseOpenError';
  }
}

export function maskDatabaseUrl(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export function sqlitePathOf(url: string): string {
  return path.resolve(url.replace(/^sqlite:(\/\/)?/, ''));
}

export async function openDatabase(url: string): Promise<Database> {
  return dialectOf(url) === 'sqlite' ? openSqlite(url) : openPostgres(url);
}

function openSqlite(url: string): Database {
  const file = sqlitePathOf(url);
  const displayUrl = `sqlite:${file}`;
  let connection: BetterSqlite3.Database;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    connection = new BetterSqlite3(file);
    // WAL lets readers run beside the writer; FULL makes every acknowledged commit durable
    // across power loss; the busy timeout absorbs short lock waits from other processes.
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = FULL');
    connection.pragma('busy_timeout = 5000');
    connection.pragma('foreign_keys = ON');
  } catch (error) {
    throw new DatabaseOpenError(displayUrl, describeFsError(error), { cause: error });
  }
  // Prepared statements are kept by SQL text (Kysely would prepare each query again).
  return wrap(new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) }), 'sqlite', displayUrl);
}

function wrap(db: Kysely<Schema>, dialect: DialectName, displayUrl: string): Database {
  return {
    db,
    dialect,
    displayUrl,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const displayUrl = maskDatabaseUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = (error as Error).message || (error as { code?: string }).code || 'connection failed';
    throw new DatabaseOpenError(displayUrl, reason.replaceAll(url, displayUrl), { cause: error });
  }
  return wrap(new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), 'postgres', displayUrl);
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (the data folder is not writable by this user)';
    case 'EROFS':
    case 'SQLITE_READONLY':
      return 'the data folder is on a read-only file system';
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return 'the disk holding the data folder is full';
    case 'SQLITE_CANTOPEN':
      return 'the file cannot be opened (missing folder or no permission)';
    case 'SQLITE_NOTADB':
      return 'the file is not a SQLite database';
    default:
      return (error as Error).message ?? String(error);
  }
}
