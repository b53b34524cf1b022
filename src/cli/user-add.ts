// `masthead user add --email E --name N --role R [--author SLUG]`: creates a staff account.
// The password comes from standard input when it is piped; otherwise one is generated and printed.
import type { Database } from '../db/database.ts';
import { systemClock } from '../core/clock.ts';
import { commandLineActor } from '../modules/audit/audit.ts';
import { AuthService, UserInputError } from '../modules/auth/auth.service.ts';
import { generatePassword } from '../modules/auth/password.ts';
import { isRole, roles } from '../modules/auth/permissions.ts';
import { AuthorRepository } from '../modules/authors/author.repository.ts';
import { parseFlags, readStdin, UsageError } from './args.ts';

export async function userAdd(database: Database, args: string[]): Promise<string> {
  const { flags } = parseFlags(args, ['email', 'name', 'role', 'author']);
  for (const required of ['email', 'name', 'role']) {
    if (!flags[required]) throw new UsageError(`missing --${required} (usage: masthead user add --email E --name N --role R)`);
  }
  const role = flags.role!;
  if (!isRole(role)) throw new UsageError(`unknown role "${role}" (one of: ${roles.join(', ')})`);
  let authorId: number | null = null;
  if (flags.author) {
    const author = await new AuthorRepository(database.db).findAuthorBySlug(flags.author);
    if (!author) throw new UsageError(`no author with slug "${flags.author}"`);
    authorId = author.id;
  }
  const piped = !process.stdin.isTTY;
  const typed = piped ? (await readStdin()).replace(/\r?\n$/, '') : '';
  const password = typed || generatePassword();
  try {
    const user = await new AuthService(database.db, systemClock).addUser({ email: flags.email!, name: flags.name!, role, password, authorId }, commandLineActor);
    const lines = [`created ${user.role} account ${user.email} (id ${user.id})`];
    if (!typed) lines.push(`password: ${password}`);
    return lines.join('\n');
  } catch (error) {
    if (error instanceof UserInputError) throw new UsageError(`${error.field}: ${error.message}`);
    throw error;
  }
}
