// Staff sign-in: accounts, sessions stored in the database, login throttling and
// single-use password reset links. Knows nothing of HTTP; routes pass addresses in.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.ts';
import type { Schema } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../audit/audit.ts';
import { decideLogin } from './login-throttle.ts';
import { LoginFailureRepository } from './login-failure.repository.ts';
import { checkNewPassword, dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import type { Role } from './permissions.ts';
import { SessionRepository, type SessionRow } from './session.repository.ts';
import { UserRepository } from './user.repository.ts';
import { isPlausibleEmail, normaliseEmail, type User } from './user.ts';

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3600_000;
export const RESET_LINK_LIFETIME_MS = 24 * 3600_000;
// Writing last_seen_at on every request would turn every page view into a write.
const TOUCH_INTERVAL_MS = 60_000;

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export interface StaffSession {
  user: User;
  /** Hash of the cookie token: the session's key. */
  idHash: string;
  csrfSecret: string;
}

export type LoginResult =
  | { ok: true; token: string; user: User }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export class UserInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'UserInputError';
  }
}

export class AuthService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly failures: LoginFailureRepository;
  private readonly audit: AuditRepository;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
  ) {
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.failures = new LoginFailureRepository(db);
    this.audit = new AuditRepository(db);
  }

  /**
   * Checks the password and opens a new session. An unknown email, a wrong password and a
   * disabled account get the same answer after the same work; a throttled pair is refused
   * before any password is checked, even the right one.
   */
  async login(emailInput: string, password: string, ip: string, userAgent: string | null): Promise<LoginResult> {
    const email = normaliseEmail(emailInput).slice(0, 254);
    const now = this.clock.now();
    const decision = decideLogin(await this.failures.countFailures(email, ip, now), now);
    if (!decision.allowed) {
      await this.audit.record({ id: null, label: email, ip }, { action: 'login.throttled' }, now.toISOString());
      return { ok: false, reason: 'throttled', retryAfterSeconds: decision.retryAfterSeconds };
    }
    const found = await this.users.findUserWithHashByEmail(email);
    const matches = await verifyPassword(password.slice(0, 1024), found?.passwordHash ?? (await dummyPasswordHash()));
    if (!found || !matches || found.user.disabled) {
      await this.failures.recordFailure(email, ip, now.toISOString());
      await this.audit.record({ id: found?.user.id ?? null, label: email, ip }, { action: 'login.failed' }, now.toISOString());
      return { ok: false, reason: 'invalid' };
    }
    await this.failures.clearPair(email, ip);
    const token = await this.openSession(found.user, ip, userAgent);
    await this.audit.record(actorOf(found.user, ip), { action: 'login', subjectType: 'user', subjectId: found.user.id }, now.toISOString());
    return { ok: true, token, user: found.user };
  }

  /** A new random token each time: logging in never reuses an earlier session id. */
  private async openSession(user: User, ip: string | null, userAgent: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now().toISOString();
    await this.sessions.insertSession({
      idHash: sha256(token),
      userId: user.id,
      csrfSecret: randomBytes(24).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      ip,
      userAgent: userAgent?.slice(0, 500) ?? null,
    });
    return token;
  }

  /** The session behind a cookie token, if it is still valid; refreshes its idle timer. */
  async resolveSession(token: string | undefined): Promise<StaffSession | undefined> {
    if (!token || token.length > 100) return undefined;
    const idHash = sha256(token);
    const row = await this.sessions.findSession(idHash);
    if (!row) return undefined;
    const now = this.clock.now();
    if (isExpired(row, now)) {
      await this.sessions.deleteSession(idHash);
      return undefined;
    }
    const user = await this.users.findUserById(row.userId);
    if (!user || user.disabled) {
      await this.sessions.deleteSession(idHash);
      return undefined;
    }
    if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) await this.sessions.touchSession(idHash, now.toISOString());
    return { user, idHash, csrfSecret: row.csrfSecret };
  }

  async logout(session: StaffSession, ip: string | null): Promise<void> {
    await this.sessions.deleteSession(session.idHash);
    await this.audit.record(actorOf(session.user, ip), { action: 'logout', subjectType: 'user', subjectId: session.user.id }, this.clock.now().toISOString());
  }

  async hasActiveAdmin(): Promise<boolean> {
    return (await this.users.countActiveAdmins()) > 0;
  }

  async addUser(input: { email: string; name: string; role: Role; password: string; authorId?: number | null }, actor: Actor): Promise<User> {
    const email = normaliseEmail(input.email);
    if (!isPlausibleEmail(email)) throw new UserInputError('email', 'Enter a valid email address.');
    if (input.name.trim() === '') throw new UserInputError('name', 'Enter a name.');
    const problems = checkNewPassword(input.password);
    if (problems.length) throw new UserInputError('password', problems.join(' '));
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.db, async (trx) => {
      const users = new UserRepository(trx);
      if (await users.findUserWithHashByEmail(email)) throw new UserInputError('email', 'An account with this email already exists.');
      const now = this.clock.now().toISOString();
      const user = await users.insertUser({ email, name: input.name.trim(), role: input.role, authorId: input.authorId ?? null, passwordHash }, now);
      await new AuditRepository(trx).record(actor, { action: 'user.created', subjectType: 'user', subjectId: user.id, detail: { role: user.role } }, now);
      return user;
    });
  }

  async changeRole(userId: number, role: Role, actor: Actor): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      const users = new UserRepository(trx);
      const user = await users.findUserById(userId);
      if (!user) throw new UserInputError('user', 'No such account.');
      if (user.role === 'admin' && role !== 'admin' && (await users.countActiveAdmins()) <= 1) {
        throw new UserInputError('role', 'The last administrator cannot be demoted.');
      }
      const now = this.clock.now().toISOString();
      await users.updateUser(userId, { role }, now);
      await new AuditRepository(trx).record(actor, { action: 'user.role_changed', subjectType: 'user', subjectId: userId, detail: { from: user.role, to: role } }, now);
    });
  }

  /** Disabling ends every session of the account at once. */
  async setDisabled(userId: number, disabled: boolean, actor: Actor): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      const users = new UserRepository(trx);
      const user = await users.findUserById(userId);
      if (!user) throw new UserInputError('user', 'No such account.');
      if (disabled && user.role === 'admin' && (await users.countActiveAdmins()) <= 1) {
        throw new UserInputError('user', 'The last administrator cannot be disabled.');
      }
      const now = this.clock.now().toISOString();
      await users.updateUser(userId, { disabledAt: disabled ? now : null }, now);
      if (disabled) await new SessionRepository(trx).deleteSessionsOfUser(userId);
      await new AuditRepository(trx).record(actor, { action: disabled ? 'user.disabled' : 'user.enabled', subjectType: 'user', subjectId: userId }, now);
    });
  }

  /** A single-use link token valid for 24 hours; only its hash is stored. */
  async createResetToken(userId: number, actor: Actor): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await inTransaction(this.db, async (trx) => {
      await trx
        .insertInto('password_resets')
        .values({
          token_hash: sha256(token),
          user_id: userId,
          created_by: actor.id,
          created_at: now.toISOString(),
          expires_at: new Date(now.getTime() + RESET_LINK_LIFETIME_MS).toISOString(),
          used_at: null,
        })
        .execute();
      await new AuditRepository(trx).record(actor, { action: 'user.reset_link_created', subjectType: 'user', subjectId: userId }, now.toISOString());
    });
    return token;
  }

  /** The account a reset token belongs to, if the token is unused and unexpired. */
  async findResetTarget(token: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('password_resets').selectAll().where('token_hash', '=', sha256(token)).executeTakeFirst();
    if (!row || row.used_at || row.expires_at <= this.clock.now().toISOString()) return undefined;
    const user = await this.users.findUserById(row.user_id);
    return user && !user.disabled ? user : undefined;
  }

  /** Sets the new password, spends the token and ends the account's other sessions. */
  async resetPassword(token: string, password: string, ip: string | null): Promise<User> {
    const problems = checkNewPassword(password);
    if (problems.length) throw new UserInputError('password', problems.join(' '));
    const passwordHash = await hashPassword(password);
    return inTransaction(this.db, async (trx) => {
      const now = this.clock.now().toISOString();
      // Spending the token with a conditional update makes a double submit use it once.
      const spent = await trx
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('token_hash', '=', sha256(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning('user_id')
        .executeTakeFirst();
      if (!spent) throw new UserInputError('token', 'This reset link has expired or was already used.');
      const users = new UserRepository(trx);
      await users.setPasswordHash(spent.user_id, passwordHash, now);
      await new SessionRepository(trx).deleteSessionsOfUser(spent.user_id);
      const user = (await users.findUserById(spent.user_id))!;
      await new AuditRepository(trx).record(actorOf(user, ip), { action: 'user.password_reset', subjectType: 'user', subjectId: user.id }, now);
      return user;
    });
  }

  /** Removes sessions past their idle or absolute limit and old login failures. */
  async deleteExpiredSessions(): Promise<number> {
    const now = this.clock.now().getTime();
    const deleted = await this.sessions.deleteExpiredSessions(new Date(now - IDLE_TIMEOUT_MS).toISOString(), new Date(now - ABSOLUTE_TIMEOUT_MS).toISOString());
    await this.failures.deleteOlderThan(new Date(now - 2 * 24 * 3600_000).toISOString());
    return deleted;
  }

  async listUsers(): Promise<User[]> {
    return this.users.listUsers();
  }

  async findUser(id: number): Promise<User | undefined> {
    return this.users.findUserById(id);
  }
}

export function isExpired(row: Pick<SessionRow, 'createdAt' | 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - Date.parse(row.lastSeenAt) > IDLE_TIMEOUT_MS || now.getTime() - Date.parse(row.createdAt) > ABSOLUTE_TIMEOUT_MS;
}

export function actorOf(user: User, ip: string | null): Actor {
  return { id: user.id, label: user.name, ip };
}
