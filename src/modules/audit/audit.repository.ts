import type { Kysely } from 'kysely';
import { toPaged, type PageRequest, type Paged } from '../../core/pagination.ts';
import type { Schema } from '../../db/schema.ts';
import type { Actor, AuditEntry, AuditEvent } from './audit.ts';

export class AuditRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async record(actor: Actor, event: AuditEvent, at: string): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        at,
        actor_id: actor.id,
        actor_label: actor.label,
        action: event.action,
        subject_type: event.subjectType ?? null,
        subject_id: event.subjectId === undefined ? null : String(event.subjectId),
        detail: JSON.stringify(event.detail ?? {}),
        ip: actor.ip,
      })
      .execute();
  }

  async listEntries(page: PageRequest, filter: { action?: string } = {}): Promise<Paged<AuditEntry>> {
    let query = this.db.selectFrom('audit_log');
    if (filter.action) query = query.where('action', '=', filter.action);
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(page.perPage).offset(page.offset).execute(),
      query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ]);
    return toPaged(
      rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        actorLabel: r.actor_label,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        detail: JSON.parse(r.detail) as Record<string, unknown>,
        ip: r.ip,
      })),
      Number(count.n),
      page,
    );
  }
}
