import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

/** Runs fn in a transaction, joining the caller's when there already is one. */
export function inTransaction<T>(db: Kysely<Schema>, fn: (trx: Kysely<Schema>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
