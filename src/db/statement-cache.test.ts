import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { withStatementCache } from './statement-cache.ts';

function memory() {
  const connection = new BetterSqlite3(':memory:');
  let prepares = 0;
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((text: string) => {
    prepares++;
    return prepare(text);
  }) as typeof connection.prepare;
  return { connection, prepares: () => prepares };
}

describe('withStatementCache', () => {
  it('prepares each SQL text once and gives the same results', () => {
    const { connection, prepares } = memory();
    const db = withStatementCache(connection);
    db.prepare('create table t (id integer primary key, v text)').run([]);
    for (let i = 0; i < 5; i++) db.prepare('insert into t (v) values (?)').run([`v${i}`]);
    assert.deepEqual(db.prepare('select count(*) as n from t').all([]), [{ n: 5 }]);
    assert.deepEqual(db.prepare('select v from t where id = ?').all([3]), [{ v: 'v2' }]);
    assert.deepEqual(db.prepare('select v from t where id = ?').all([4]), [{ v: 'v3' }]);
    assert.equal(prepares(), 4);
    db.close();
    assert.equal(connection.open, false);
  });

  it('keeps at most `size` texts, dropping the least recently used', () => {
    const { connection, prepares } = memory();
    const db = withStatementCache(connection, 2);
    db.prepare('select 1');
    db.prepare('select 2');
    db.prepare('select 1'); // 1 is now the most recent
    db.prepare('select 3'); // drops 2
    assert.equal(prepares(), 3);
    db.prepare('select 1');
    assert.equal(prepares(), 3);
    db.prepare('select 2');
    assert.equal(prepares(), 4);
    db.close();
  });

  it('gives a fresh statement while the cached one is still being iterated', () => {
    const { connection } = memory();
    const db = withStatementCache(connection);
    const first = db.prepare('select value from json_each(?)');
    const rows = first.iterate(['[1,2,3]']);
    assert.deepEqual(rows.next().value, { value: 1 });
    const second = db.prepare('select value from json_each(?)');
    assert.notEqual(second, first);
    assert.deepEqual(second.all(['[4]']), [{ value: 4 }]);
    rows.return?.();
    assert.equal(db.prepare('select value from json_each(?)'), first);
    db.close();
  });

  it('sees schema changes made after a statement was cached', async () => {
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: withStatementCache(new BetterSqlite3(':memory:')) }) });
    await sql`create table t (a integer)`.execute(db);
    await sql`insert into t (a) values (1)`.execute(db);
    assert.deepEqual((await sql`select * from t`.execute(db)).rows, [{ a: 1 }]);
    await sql`alter table t add column b text default 'x'`.execute(db);
    assert.deepEqual((await sql`select * from t`.execute(db)).rows, [{ a: 1, b: 'x' }]);
    await db.destroy();
  });
});
