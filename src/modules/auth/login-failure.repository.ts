import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { FailureCounts } from './login-throttle.ts';

export class LoginFailureRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async recordFailure(email: string, ip: string, at: string): Promise<void> {
    await this.db.insertInto('login_failures').values({ email, ip, failed_at: at }).execute();
  }

  /** A successful login clears the pair's failures (the address's and account's totals stay). */
  async clearPair(email: string, ip: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('email', '=', email).where('ip', '=', ip).execute();
  }

  async countFailures(email: string, ip: string, now: Date): Promise<FailureCounts> {
    const iso = (ms: number) => new Date(now.getTime() - ms).toISOString();
    const dayAgo = iso(24 * 3600_000);
    const hourAgo = iso(3600_000);
    const minuteAgo = iso(60_000);
    const count = async (query: ReturnType<typeof this.base>) =>
      Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const [pair, addressLastMinute, addressLastHour, accountLastHour] = await Promise.all([
      this.base().select('failed_at').where('email', '=', email).where('ip', '=', ip).where('failed_at', '>', dayAgo).orderBy('failed_at').execute(),
      count(this.base().where('ip', '=', ip).where('failed_at', '>', minuteAgo)),
      count(this.base().where('ip', '=', ip).where('failed_at', '>', hourAgo)),
      count(this.base().where('email', '=', email).where('failed_at', '>', hourAgo)),
    ]);
    return { pair: pair.map((r) => r.failed_at), addressLastMinute, addressLastHour, accountLastHour };
  }

  async deleteOlderThan(before: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('failed_at', '<', before).execute();
  }

  private base() {
    return this.db.selectFrom('login_failures');
  }
}
