import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';

export interface SessionRow {
  idHash: string;
  userId: number;
  csrfSecret: string;
  createdAt: string;
  lastSeenAt: string;
}

export class SessionRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async insertSession(session: SessionRow & { ip: string | null; userAgent: string | null }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: session.idHash,
        user_id: session.userId,
        csrf_secret: session.csrfSecret,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        ip: session.ip,
        user_agent: session.userAgent,
      })
      .execute();
  }

  async findSession(idHash: string): Promise<SessionRow | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    return row
      ? { idHash: row.id_hash, userId: row.user_id, csrfSecret: row.csrf_secret, createdAt: row.created_at, lastSeenAt: row.last_seen_at }
      : undefined;
  }

  async touchSession(idHash: string, now: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteSessionsOfUser(userId: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  /** Removes sessions that can no longer be used; returns how many. */
  async deleteExpiredSessions(idleBefore: string, createdBefore: string): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
