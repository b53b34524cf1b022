// Preloaded into the Masthead server by the benchmark (node --import tsx --import
// ./bench/lib/server-probe.ts src/main.ts serve). App code is not edited; two opt-in parts:
//
// • the probe (with --probe, over an IPC channel): wraps better-sqlite3's prepare and statement
//   calls to time them by kind, measures event-loop utilisation and GC, and CPU-profiles only
//   the window between the parent's 'start' and 'report' messages;
// • what-ifs (with --what-if, env MASTHEAD_BENCH_WHATIF): monkey-patches that imitate a proposed
//   fix, to measure its effect before anyone writes it. Figures from such a run are NOT S3 figures.
//     site-cache     publication and sections reads (Site.pageContext) memoised for 1 s
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Session } from 'node:inspector';
import { performance, PerformanceObserver, type EventLoopUtilization } from 'node:perf_hooks';
import { PublicationRepository } from '../../src/modules/publication/publication.repository.ts';
import { SectionRepository } from '../../src/modules/sections/section.repository.ts';
import { WHAT_IFS } from './what-ifs.ts';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof import('better-sqlite3');

const whatIfs = new Set((process.env.MASTHEAD_BENCH_WHATIF ?? '').split(',').map((w) => w.trim()).filter(Boolean));
for (const w of whatIfs) if (!(WHAT_IFS as readonly string[]).includes(w)) throw new Error(`unknown what-if ${w}`);

if (whatIfs.has('site-cache')) {
  const memo = <T>(fn: (this: unknown) => Promise<T>, copy: (value: T) => T) => {
    let cached: { at: number; value: Promise<T> } | undefined;
    return function (this: unknown): Promise<T> {
      const now = performance.now();
      if (!cached || now - cached.at > 1000) cached = { at: now, value: fn.call(this) };
      return cached.value.then(copy);
    };
  };
  PublicationRepository.prototype.getPublication = memo(PublicationRepository.prototype.getPublication, (p) => ({ ...p }));
  SectionRepository.prototype.listSections = memo(SectionRepository.prototype.listSections, (list) => list.map((section) => ({ ...section })));
}

interface Bucket {
  calls: number;
  ns: bigint;
  maxNs: bigint;
}

export interface ProbeData {
  windowMs: number;
  elu: number;
  gcMs: number;
  gcCount: number;
  prepare: { calls: number; ms: number };
  statements: { kind: string; calls: number; ms: number; maxMs: number }[];
  transactions: { count: number; heldMs: number; maxHeldMs: number };
  /** COMMIT durations (ms): where synchronous=FULL pays its fsync, and auto-checkpoints land. */
  commit: { p50: number; p90: number; p99: number; max: number; over5ms: number; over20ms: number };
  profileFile?: string;
}

type Message = { probe: 'start'; profile: boolean; intervalUs?: number } | { probe: 'report'; profileFile?: string };

if (typeof process.send === 'function') {
  let active = false;
  let buckets = new Map<string, Bucket>();
  let prepareCalls = 0;
  let prepareNs = 0n;
  let txStart: bigint | undefined;
  let txCount = 0;
  let txHeldNs = 0n;
  let txMaxNs = 0n;
  let commitMs: number[] = [];
  let gcMs = 0;
  let gcCount = 0;
  let windowStart = 0;
  let eluStart: EventLoopUtilization | undefined;
  let session: Session | undefined;

  const kindCache = new Map<string, string>();
  const kindOf = (source: string): string => {
    let kind = kindCache.get(source);
    if (kind) return kind;
    const text = source.trim().toLowerCase();
    const verb = text.split(/\s+/, 1)[0] ?? '?';
    const table =
      verb === 'select' ? text.match(/\bfrom\s+"?([a-z_]+)"?/)?.[1]
      : verb === 'insert' ? text.match(/\binto\s+"?([a-z_]+)"?/)?.[1]
      : verb === 'update' ? text.match(/^update\s+"?([a-z_]+)"?/)?.[1]
      : verb === 'delete' ? text.match(/\bfrom\s+"?([a-z_]+)"?/)?.[1]
      : verb === 'begin' ? text.replace(/^begin\s*/, '') || 'deferred'
      : undefined;
    kind = table ? `${verb} ${table}` : text.startsWith('rollback to') ? 'rollback to' : verb;
    kindCache.set(source, kind);
    return kind;
  };

  const record = (source: string, ns: bigint, end: bigint) => {
    const kind = kindOf(source);
    let bucket = buckets.get(kind);
    if (!bucket) buckets.set(kind, (bucket = { calls: 0, ns: 0n, maxNs: 0n }));
    bucket.calls++;
    bucket.ns += ns;
    if (ns > bucket.maxNs) bucket.maxNs = ns;
    if (kind.startsWith('begin')) txStart = end - ns;
    if (kind === 'commit') commitMs.push(Number(ns) / 1e6);
    if ((kind === 'commit' || kind === 'rollback') && txStart !== undefined) {
      const held = end - txStart;
      txCount++;
      txHeldNs += held;
      if (held > txMaxNs) txMaxNs = held;
      txStart = undefined;
    }
  };

  const scratch = new Database(':memory:');
  const statementProto = Object.getPrototypeOf(scratch.prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
  scratch.close();
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = statementProto[method]!;
    statementProto[method] = function (this: { source: string }, ...params: unknown[]) {
      if (!active) return original.apply(this, params);
      const start = process.hrtime.bigint();
      try {
        return original.apply(this, params);
      } finally {
        const end = process.hrtime.bigint();
        record(this.source, end - start, end);
      }
    };
  }
  const databaseProto = Database.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originalPrepare = databaseProto.prepare!;
  databaseProto.prepare = function (this: unknown, ...params: unknown[]) {
    if (!active) return originalPrepare.apply(this, params);
    const start = process.hrtime.bigint();
    try {
      return originalPrepare.apply(this, params);
    } finally {
      prepareCalls++;
      prepareNs += process.hrtime.bigint() - start;
    }
  };

  new PerformanceObserver((list) => {
    if (!active) return;
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcCount++;
    }
  }).observe({ entryTypes: ['gc'] });

  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));

  process.on('message', (message: Message) => {
    if (!message || typeof message !== 'object' || !('probe' in message)) return;
    void (async () => {
      if (message.probe === 'start') {
        buckets = new Map();
        prepareCalls = 0;
        prepareNs = 0n;
        txStart = undefined;
        txCount = 0;
        txHeldNs = 0n;
        txMaxNs = 0n;
        commitMs = [];
        gcMs = 0;
        gcCount = 0;
        if (message.profile) {
          session = new Session();
          session.connect();
          await post('Profiler.enable');
          await post('Profiler.setSamplingInterval', { interval: message.intervalUs ?? 500 });
          await post('Profiler.start');
        }
        active = true;
        windowStart = performance.now();
        eluStart = performance.eventLoopUtilization();
        process.send!({ probe: 'started' });
        return;
      }
      const windowMs = performance.now() - windowStart;
      const elu = performance.eventLoopUtilization(eluStart).utilization;
      active = false;
      let profileFile: string | undefined;
      if (session) {
        const { profile } = (await post('Profiler.stop')) as { profile: unknown };
        session.disconnect();
        session = undefined;
        if (message.profileFile) {
          writeFileSync(message.profileFile, JSON.stringify(profile));
          profileFile = message.profileFile;
        }
      }
      const ms = (ns: bigint) => Number(ns) / 1e6;
      const commits = Float64Array.from(commitMs).sort();
      const q = (p: number) => (commits.length ? commits[Math.min(commits.length - 1, Math.ceil((p / 100) * commits.length) - 1)]! : 0);
      const data: ProbeData = {
        windowMs,
        elu,
        gcMs,
        gcCount,
        prepare: { calls: prepareCalls, ms: ms(prepareNs) },
        statements: [...buckets]
          .map(([kind, b]) => ({ kind, calls: b.calls, ms: ms(b.ns), maxMs: ms(b.maxNs) }))
          .sort((a, b) => b.ms - a.ms),
        transactions: { count: txCount, heldMs: ms(txHeldNs), maxHeldMs: ms(txMaxNs) },
        commit: {
          p50: q(50), p90: q(90), p99: q(99), max: q(100),
          over5ms: commits.filter((c) => c > 5).length,
          over20ms: commits.filter((c) => c > 20).length,
        },
        profileFile,
      };
      process.send!({ probe: 'report', data });
    })();
  });
  // The channel must not keep the server alive on shutdown.
  process.channel?.unref();
}
