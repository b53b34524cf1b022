// The audit log: who did what, when, to what. Written by services, read by admins.

export interface Actor {
  /** The staff account, or null for the system and the command line. */
  id: number | null;
  label: string;
  ip: string | null;
}

export const systemActor: Actor = { id: null, label: 'system', ip: null };
export const commandLineActor: Actor = { id: null, label: 'command line', ip: null };

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorLabel: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

export interface AuditEvent {
  action: string;
  subjectType?: string;
  subjectId?: string | number;
  detail?: Record<string, unknown>;
}
