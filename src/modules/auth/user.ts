// Staff accounts. Byline authors are separate records; a user may be linked to one.
import type { Role } from './permissions.ts';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The byline author this account writes as, if any. */
  authorId: number | null;
  disabled: boolean;
  createdAt: string;
}

/** Emails are compared case-insensitively and stored lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}
