import type { Kysely, Selectable } from 'kysely';
import type { Schema, UsersTable } from '../../db/schema.ts';
import { isRole, type Role } from './permissions.ts';
import type { User } from './user.ts';

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.display_name,
    role: isRole(row.role) ? row.role : 'contributor',
    authorId: row.author_id,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
  };
}

export interface UserWithHash {
  user: User;
  passwordHash: string;
}

export class UserRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async findUserById(id: number): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async findUserWithHashByEmail(email: string): Promise<UserWithHash | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('display_name').execute();
    return rows.map(toUser);
  }

  async countActiveAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertUser(input: { email: string; name: string; role: Role; authorId: number | null; passwordHash: string }, now: string): Promise<User> {
    const row = await this.db
      .insertInto('users')
      .values({
        email: input.email,
        display_name: input.name,
        role: input.role,
        author_id: input.authorId,
        password_hash: input.passwordHash,
        disabled_at: null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  async updateUser(id: number, changes: { role?: Role; name?: string; authorId?: number | null; disabledAt?: string | null }, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        ...(changes.role !== undefined ? { role: changes.role } : {}),
        ...(changes.name !== undefined ? { display_name: changes.name } : {}),
        ...(changes.authorId !== undefined ? { author_id: changes.authorId } : {}),
        ...(changes.disabledAt !== undefined ? { disabled_at: changes.disabledAt } : {}),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  async setPasswordHash(id: number, passwordHash: string, now: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).execute();
  }
}
