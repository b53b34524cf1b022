// Process entry: `masthead <command>`. Reads the configuration once, opens the database,
// and runs the command. Bad input ends with one line and a non-zero exit.
import { ConfigError, loadConfig, type Config } from './config/config.ts';
import { ensureDataDir, DataDirError, loadOrCreateSecret } from './cli/data-dir.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import { DatabaseOpenError, openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { systemClock } from './core/clock.ts';
import { isEmptyJournal, loadDemo } from './modules/demo/demo.service.ts';
import { UsageError } from './cli/args.ts';
import { userAdd } from './cli/user-add.ts';
import { spamKeyAdd } from './cli/spam-key.ts';
import { spamTrain } from './cli/spam-train.ts';
import { spamEval, spamSplits } from './cli/spam-eval.ts';
import { SpamModelError } from './modules/spam/engine/model.ts';

const usage = `usage: masthead <command> [--debug]

commands:
  serve      migrate, load the demo into an empty database (MASTHEAD_DEMO=auto), and serve
  migrate    bring the database schema up to date
  demo       load the demo journal into an empty database
  user add --email E --name N --role R [--author SLUG]
             create a staff account (admin, editor, author, contributor, moderator);
             the password is read from standard input, or generated and printed
  spam key add --site URL
             create a key for the Akismet-compatible API and print it
  spam train [--out FILE]
             rebuild the shipped spam model (models/spam-model.bin) from its corpus
  spam eval FILE.jsonl [--online]
             measure the spam engine on labelled comments; prints a JSON line of figures
  spam split --out DIR
             write the 70/30 evaluation splits of the SpamAssassin and SMS collections`;


async function openMigrated(config: Config): Promise<Database> {
  if (config.databaseUrl.startsWith('sqlite:')) ensureDataDir(config.dataDir);
  const database = await openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function serve(config: Config): Promise<void> {
  ensureDataDir(config.dataDir);
  const database = await openMigrated(config);
  const secret = config.secret ?? loadOrCreateSecret(config.dataDir);
  const app = await buildApp({ config, database, secret, runJobs: true });
  if (config.demo === 'auto' && (await isEmptyJournal(database.db))) {
    const summary = await loadDemo(database.db, systemClock);
    if (summary.loaded) app.log.info({ articles: summary.articles, comments: summary.comments }, 'loaded the demo journal');
  }
  const needsAdmin = !(await new AuthService(database.db, systemClock).hasActiveAdmin());

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // close() stops accepting connections, lets in-flight requests finish, then runs
    // onClose hooks (which close the database).
    const force = setTimeout(() => {
      app.log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  process.stdout.write(`Masthead is serving ${config.publicUrl} (database ${database.displayUrl})\n`);
  if (needsAdmin) {
    process.stdout.write(
      'No administrator account exists yet. Create one with:\n' +
        '  npx masthead user add --email you@example.org --name "Your Name" --role admin\n' +
        `then sign in at ${config.publicUrl}/admin\n`,
    );
  }
}

async function run(argv: string[]): Promise<void> {
  const args = argv.filter((a) => a !== '--debug');
  const command = args[0];
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${usage}\n`);
    if (!command) throw new UsageError('no command given');
    return;
  }
  const config = loadConfig(process.env);
  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate': {
      const database = await openMigrated(config);
      await database.close();
      process.stdout.write(`database ${database.displayUrl} is up to date\n`);
      return;
    }
    case 'demo': {
      const database = await openMigrated(config);
      try {
        if (!(await isEmptyJournal(database.db))) throw new UsageError('the database already holds a journal; the demo loads only into an empty one');
        const summary = await loadDemo(database.db, systemClock);
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } finally {
        await database.close();
      }
      return;
    }
    case 'user': {
      if (args[1] !== 'add') throw new UsageError('usage: masthead user add --email E --name N --role R');
      const database = await openMigrated(config);
      try {
        process.stdout.write(`${await userAdd(database, args.slice(2))}\n`);
      } finally {
        await database.close();
      }
      return;
    }
    case 'spam': {
      if (args[1] === 'key' && args[2] === 'add') {
        const database = await openMigrated(config);
        try {
          process.stdout.write(`${await spamKeyAdd(database, args.slice(3))}\n`);
        } finally {
          await database.close();
        }
        return;
      }
      if (args[1] === 'train') {
        process.stdout.write(`${await spamTrain(args.slice(2), { log: (line) => process.stderr.write(`${line}\n`) })}\n`);
        return;
      }
      if (args[1] === 'eval') {
        process.stdout.write(`${await spamEval(args.slice(2))}\n`);
        return;
      }
      if (args[1] === 'split') {
        process.stdout.write(`${await spamSplits(args.slice(2))}\n`);
        return;
      }
      throw new UsageError('usage: masthead spam key add --site URL | spam train [--out FILE] | spam eval FILE.jsonl [--online] | spam split --out DIR');
    }
    default:
      throw new UsageError(`unknown command "${command}" (try: masthead help)`);
  }
}

const debug = process.argv.includes('--debug');
run(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseOpenError || error instanceof DataDirError || error instanceof UsageError || error instanceof SpamModelError;
  const message = known ? (error as Error).message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(`masthead: ${message}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
