// Group commit on a real SQLite file: writes queued together share a COMMIT, each is answered
// only once another connection can read it, and a failing write is undone alone.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from './database.ts';
import { writeTransaction } from './dialect.ts';

describe('group commit (SQLite)', () => {
  let dir: string;
  let database: Database;
  let reader: BetterSqlite3.Database;
  const count = () => (reader.prepare('select count(*) as n from notes').get() as { n: number }).n;
  const insert = (trx: Kysely<any>, text: string) => sql`insert into notes (text) values (${text})`.execute(trx);

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-group-commit-'));
    const file = path.join(dir, 'g.db');
    database = await openDatabase(`sqlite:${file}`);
    await sql`create table notes (id integer primary key, text text not null unique)`.execute(database.db);
    // A second connection, as another process would have: it sees only what was committed.
    reader = new BetterSqlite3(file, { readonly: true });
  });
  after(async () => {
    reader.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  type Writer = (fn: (trx: Kysely<any>) => Promise<unknown>) => Promise<unknown>;
  /** Sends 40 writes at once; returns the answers that came before their row was readable. */
  async function earlyAnswers(write: Writer, tag: string): Promise<string[]> {
    const early: string[] = [];
    const before = count();
    let answered = 0;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        write((trx) => insert(trx, `${tag} ${i}`)).then(() => {
          answered++;
          // When a write is answered, its row (and every row answered before it) is durable.
          const seen = count() - before;
          if (seen < answered) early.push(`answer ${answered} saw ${seen} rows`);
        }),
      ),
    );
    return early;
  }

  it('answers each write only after a commit another connection can read', async () => {
    const before = count();
    assert.deepEqual(await earlyAnswers((fn) => writeTransaction(database.db, 'sqlite', fn), 'note'), []);
    assert.equal(count() - before, 40);
  });

  it('control: the check catches a writer that answers before its COMMIT', async () => {
    const answersFirst: Writer = (fn) =>
      new Promise((resolve) => {
        void database.db.connection().execute(async (connection) => {
          await sql`begin immediate`.execute(connection);
          resolve(await fn(connection));
          await new Promise((settle) => setTimeout(settle, 2));
          await sql`commit`.execute(connection);
        });
      });
    assert.notDeepEqual(await earlyAnswers(answersFirst, 'early'), []);
  });

  it('runs writes queued together in fewer transactions than writes', async () => {
    // Jobs in one transaction see the same committed row count from the other connection.
    const committedWhenRun: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        writeTransaction(database.db, 'sqlite', async (trx) => {
          committedWhenRun.push(count());
          await insert(trx, `batch ${i}`);
        }),
      ),
    );
    const transactions = new Set(committedWhenRun).size;
    // The first job runs alone; the other 19, queued meanwhile, share the next commit.
    assert.ok(transactions <= 3, `20 writes took ${transactions} transactions`);
  });

  it('undoes a failing write alone, and commits its neighbours', async () => {
    const results = await Promise.allSettled([
      writeTransaction(database.db, 'sqlite', (trx) => insert(trx, 'kept a')),
      writeTransaction(database.db, 'sqlite', async (trx) => {
        await insert(trx, 'undone');
        await insert(trx, 'kept a'); // violates the unique constraint after a first insert
      }),
      writeTransaction(database.db, 'sqlite', (trx) => insert(trx, 'kept b')),
    ]);
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
    const texts = (reader.prepare(`select text from notes where text in ('kept a', 'kept b', 'undone') order by text`).all() as { text: string }[]).map((r) => r.text);
    assert.deepEqual(texts, ['kept a', 'kept b'], 'the failed write left nothing behind');
  });
});
