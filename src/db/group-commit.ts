// Group commit for SQLite. With synchronous=FULL every COMMIT waits for an fsync, and
// better-sqlite3 waits on the event loop, so one transaction per comment makes the disk the
// limit. Write transactions that arrive while one is running are queued and run together in
// the next transaction, each inside its own savepoint: a job that fails is rolled back alone,
// and every job is answered only after the COMMIT that made it durable (or fails with it).
import { sql, type Kysely } from 'kysely';

/** Jobs per transaction at most, so the first one in a batch does not wait too long. */
export const GROUP_COMMIT_MAX_JOBS = 64;

interface Job {
  fn: (trx: Kysely<any>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

class GroupCommitter {
  private readonly queue: Job[] = [];
  private running = false;

  constructor(private readonly db: Kysely<any>) {}

  run<T>(fn: (trx: Kysely<any>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (this.running) return;
      this.running = true;
      // Starts after the current turn of the event loop, so that requests whose reads are
      // resolving in this turn can queue their writes for the same transaction.
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        let jobs: Job[] = [];
        await this.db
          .connection()
          .execute((connection) => {
            // Taken once the connection is ours: every write queued while waiting joins in.
            jobs = this.queue.splice(0, GROUP_COMMIT_MAX_JOBS);
            return runBatch(connection, jobs);
          })
          .catch((error: unknown) => {
            // The connection itself failed (closed, busy past the timeout): nothing was committed.
            for (const job of jobs) job.reject(error);
          });
      }
    } finally {
      this.running = false;
    }
  }
}

async function runBatch(connection: Kysely<any>, jobs: Job[]): Promise<void> {
  await sql`begin immediate`.execute(connection);
  const outcomes: Outcome[] = [];
  try {
    for (const job of jobs) {
      await sql`savepoint job`.execute(connection);
      try {
        outcomes.push({ ok: true, value: await job.fn(connection) });
        await sql`release job`.execute(connection);
      } catch (error) {
        await sql`rollback to job`.execute(connection);
        await sql`release job`.execute(connection);
        outcomes.push({ ok: false, error });
      }
    }
    await sql`commit`.execute(connection);
  } catch (error) {
    // A failed savepoint step or COMMIT (a full disk): the whole batch is undone and refused.
    await sql`rollback`.execute(connection).catch(() => {});
    for (const job of jobs) job.reject(error);
    return;
  }
  jobs.forEach((job, index) => {
    const outcome = outcomes[index]!;
    if (outcome.ok) job.resolve(outcome.value);
    else job.reject(outcome.error);
  });
}

const committers = new WeakMap<Kysely<any>, GroupCommitter>();

/** Runs `fn` in a write transaction shared with the other writes queued at the same time. */
export function groupCommit<T>(db: Kysely<any>, fn: (trx: Kysely<any>) => Promise<T>): Promise<T> {
  let committer = committers.get(db);
  if (!committer) {
    committer = new GroupCommitter(db);
    committers.set(db, committer);
  }
  return committer.run(fn);
}
