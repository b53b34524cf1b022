// `masthead spam key add --site URL`: creates a key for the Akismet-compatible API and prints it.
import { systemClock } from '../core/clock.ts';
import type { Database } from '../db/database.ts';
import { AkismetService } from '../modules/spam/api/akismet.service.ts';
import { RuleSpamChecker } from '../modules/spam/spam-checker.ts';
import { parseFlags, UsageError } from './args.ts';

export async function spamKeyAdd(database: Database, args: string[]): Promise<string> {
  const { flags } = parseFlags(args, ['site', 'rate-limit']);
  if (!flags.site) throw new UsageError('missing --site (usage: masthead spam key add --site https://blog.example)');
  const rateLimit = flags['rate-limit'] === undefined ? 600 : Number(flags['rate-limit']);
  if (!Number.isInteger(rateLimit) || rateLimit < 1 || rateLimit > 1_000_000) throw new UsageError('--rate-limit must be a whole number of calls a minute');
  try {
    new URL(flags.site);
  } catch {
    throw new UsageError(`--site must be an absolute URL such as https://blog.example (got "${flags.site}")`);
  }
  // Creating a key needs no spam filter; the service takes one for checks it will not make here.
  const { key, apiKey } = await new AkismetService(database.db, systemClock, new RuleSpamChecker()).addKey(flags.site, rateLimit);
  return `${key}\n(key ${apiKey.id} for ${apiKey.siteUrl}, ${apiKey.rateLimit} calls a minute; shown once)`;
}
