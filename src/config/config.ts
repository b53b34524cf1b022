// Deployment configuration: read once from the environment at start, then frozen.
// Editorial settings (name, ISSN, language…) live in the database, not here.
import { isIP } from 'node:net';
import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  publicUrl: string;
  /** Undefined means: generate one into the data folder on first start. */
  secret: string | undefined;
  demo: 'auto' | 'off';
  trustedProxies: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Undefined: mail is written to files in the data folder. */
  smtpUrl: string | undefined;
  mailFrom: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

interface Setting<K extends keyof Config> {
  key: K;
  env: string;
  description: string;
  /** Sensitive values are never echoed back in error messages or logs. */
  sensitive: boolean;
  /** Default, computed from the settings already read (in table order). */
  fallback: (partial: Partial<Config>) => Config[K];
  parse: (raw: string) => Parsed<Config[K]>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (problem: string): Parsed<never> => ({ ok: false, problem });

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// The one table of settings: env name, default, meaning, and how to read it.
// README.md's configuration table mirrors it (a test keeps them in sync).
export const settings: { [K in keyof Config]: Setting<K> }[keyof Config][] = [
  {
    key: 'host', env: 'HOST', sensitive: false, description: 'listen address',
    fallback: () => '127.0.0.1',
    parse: (raw) => (raw.trim() === '' ? bad('must not be empty') : ok(raw.trim())),
  },
  {
    key: 'port', env: 'PORT', sensitive: false, description: 'listen port',
    fallback: () => 3000,
    parse: (raw) => {
      const n = Number(raw);
      return /^\d+$/.test(raw.trim()) && n >= 0 && n <= 65535 ? ok(n) : bad('must be a whole number from 0 to 65535');
    },
  },
  {
    key: 'dataDir', env: 'MASTHEAD_DATA_DIR', sensitive: false, description: 'SQLite file, uploads, generated secret',
    fallback: () => path.resolve('data'),
    parse: (raw) => (raw.trim() === '' ? bad('must not be empty') : ok(path.resolve(raw.trim()))),
  },
  {
    key: 'databaseUrl', env: 'MASTHEAD_DATABASE_URL', sensitive: true,
    description: '`sqlite:/path/file.db` or `postgres://user:pass@host:port/db`',
    fallback: (c) => `sqlite:${path.join(c.dataDir ?? path.resolve('data'), 'masthead.db')}`,
    parse: (raw) => {
      const value = raw.trim();
      if (/^sqlite:.+/.test(value)) return ok(value);
      if (/^postgres(ql)?:\/\//.test(value)) {
        try {
          new URL(value);
          return ok(value);
        } catch {
          return bad('is not a valid postgres:// URL');
        }
      }
      return bad('must start with sqlite: or postgres://');
    },
  },
  {
    key: 'publicUrl', env: 'MASTHEAD_PUBLIC_URL', sensitive: false,
    description: 'absolute base for feeds, canonical links, sitemaps',
    fallback: (c) => `http://${formatHost(c.host ?? '127.0.0.1')}:${c.port ?? 3000}`,
    parse: (raw) => {
      try {
        const url = new URL(raw.trim());
        if (url.protocol !== 'http:' && url.protocol !== 'https:') return bad('must be an http:// or https:// URL');
        if (url.search || url.hash) return bad('must not have a query or fragment');
        return ok(url.href.replace(/\/+$/, ''));
      } catch {
        return bad('must be an absolute URL such as https://journal.example');
      }
    },
  },
  {
    key: 'secret', env: 'MASTHEAD_SECRET', sensitive: true, description: 'signs sessions and tokens',
    fallback: () => undefined,
    parse: (raw) => (raw.length >= 32 ? ok(raw) : bad('must be at least 32 characters')),
  },
  {
    key: 'demo', env: 'MASTHEAD_DEMO', sensitive: false,
    description: '`auto` loads the demo into an empty database, `off` never',
    fallback: () => 'auto',
    parse: (raw) => (raw === 'auto' || raw === 'off' ? ok(raw) : bad('must be auto or off')),
  },
  {
    key: 'trustedProxies', env: 'MASTHEAD_TRUSTED_PROXIES', sensitive: false,
    description: 'proxy addresses whose `X-Forwarded-For` is believed',
    fallback: () => [],
    parse: (raw) => {
      const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
      const wrong = list.filter((entry) => !isAddressOrCidr(entry));
      return wrong.length ? bad(`not an IP address or CIDR range: ${wrong.join(', ')}`) : ok(list);
    },
  },
  {
    key: 'logLevel', env: 'MASTHEAD_LOG_LEVEL', sensitive: false, description: 'pino log level',
    fallback: () => 'info',
    parse: (raw) =>
      (logLevels as readonly string[]).includes(raw) ? ok(raw as Config['logLevel']) : bad(`must be one of ${logLevels.join(', ')}`),
  },
  {
    key: 'smtpUrl', env: 'MASTHEAD_SMTP_URL', sensitive: true,
    description: '`smtp://user:pass@host:587` or `smtps://…`; unset: mail is written to files in `<data dir>/mail`',
    fallback: () => undefined,
    parse: (raw) => {
      try {
        const url = new URL(raw.trim());
        return url.protocol === 'smtp:' || url.protocol === 'smtps:' ? ok(raw.trim()) : bad('must start with smtp:// or smtps://');
      } catch {
        return bad('is not a valid smtp:// URL');
      }
    },
  },
  {
    key: 'mailFrom', env: 'MASTHEAD_MAIL_FROM', sensitive: false, description: 'sender of notification mail',
    fallback: (c) => `Masthead <noreply@${new URL(c.publicUrl ?? 'http://localhost').hostname}>`,
    parse: (raw) => (/^[^\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(raw.trim()) ? ok(raw.trim()) : bad('must be an address such as "Journal <desk@journal.example>"')),
  },
];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads every setting; collects all problems so one message names every bad key. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const partial: Partial<Config> = {};
  const problems: string[] = [];
  for (const setting of settings) {
    const raw = env[setting.env];
    if (raw === undefined || raw === '') {
      (partial as Record<string, unknown>)[setting.key] = setting.fallback(partial);
      continue;
    }
    const parsed = setting.parse(raw) as Parsed<unknown>;
    if (parsed.ok) {
      (partial as Record<string, unknown>)[setting.key] = parsed.value;
    } else {
      const shown = setting.sensitive ? '' : ` (got ${JSON.stringify(raw)})`;
      problems.push(`${setting.env} ${parsed.problem}${shown}`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(partial as Config);
}

function formatHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}
