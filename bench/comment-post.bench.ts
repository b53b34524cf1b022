// S3: comment POST through the whole path (CSRF, validation, moderation rules, spam check,
// commit) against a freshly migrated SQLite database (WAL, synchronous=FULL, as the app opens it).
//
//   node --import tsx bench/comment-post.bench.ts [--seconds 20] [--connections 50]
//        [--warmup 5] [--pool 200] [--ref-seconds N] [--article SLUG]
//        [--probe] [--cpu-prof DIR] [--what-if site-cache] [--keep]
//
// Target: ≥ 500 acknowledged comments/s, p99 ≤ 250 ms, 0 errors, every acknowledged comment
// in the database exactly once. Speed is also given as a ratio against a bare node:http server
// (bench/lib/reference-server.ts) fed the same requests in the same run.
//
// Steps: start Masthead (fresh temp data dir, demo journal, MASTHEAD_TRUSTED_PROXIES=127.0.0.1)
// and the reference; GET the article `pool` times for (mh_csrf cookie, _csrf, form_stamp) sets;
// load the reference while the form stamps age past the 3 s minimum fill time; one preflight
// POST; then one autocannon run of warm-up + measured seconds on the same connections, where
// every request carries a unique text, email and X-Forwarded-For (so neither the flood rule
// nor the duplicate rule refuses it); stop the server; check the database file.
//
// Throughput and latency are taken from the answers received in the measured window (the
// warm-up covers JIT warm-up and the connection ramp, which is shown separately). 303 is an
// acknowledged comment; any other answer, socket error or timeout in the whole run, warm-up
// included, is an error. --probe adds server-side timings (bench/lib/server-probe.ts) and a
// CPU profile of the measured window; --cpu-prof DIR profiles the server's whole life;
// --what-if patches a proposed fix into the server process to measure it (not an S3 figure).
// The last stdout line is one JSON object with the figures. Exit status: 0 when measured
// (whether or not the target is met), 1 when acknowledged comments are missing or duplicated
// or the harness failed, 3 on the overall time limit.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import { sleep, startChild, stopChild, type Child } from './lib/processes.ts';
import { freePort } from '../test/support/project.ts';
import { summariseCpuProfile } from './lib/cpuprofile-summary.ts';
import { formatProbeReport, requestProbeReport, startProbe, type ProbeReport } from './lib/server-probe-client.ts';
import { WHAT_IFS } from './lib/what-ifs.ts';

const TARGET = { perSecond: 500, p99Ms: 250 };

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    pool: { type: 'string', default: '200' },
    'ref-seconds': { type: 'string' },
    article: { type: 'string', default: 'what-the-tarrow-bridge-tolls-really-cost' },
    'cpu-prof': { type: 'string' },
    probe: { type: 'boolean', default: false },
    'what-if': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
});

const seconds = positiveInt(args.seconds, 'seconds');
const warmupSeconds = args.warmup === '0' ? 0 : positiveInt(args.warmup, 'warmup');
const REF_WARMUP_SECONDS = 1;
const connections = positiveInt(args.connections, 'connections');
const poolSize = positiveInt(args.pool, 'pool');
const refSeconds = args['ref-seconds'] !== undefined ? positiveInt(args['ref-seconds'], 'ref-seconds') : Math.min(seconds, 10);
const articleSlug = args.article;
const whatIf = (args['what-if'] ?? '').split(',').map((w) => w.trim()).filter(Boolean);
for (const w of whatIf) {
  if (!(WHAT_IFS as readonly string[]).includes(w)) {
    process.stderr.write(`--what-if takes a comma-separated list of: ${WHAT_IFS.join(', ')}\n`);
    process.exit(2);
  }
}
const MIN_STAMP_AGE_MS = 3_500; // minFillSeconds is 3 in the default discussion settings

function positiveInt(raw: string, name: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(`--${name} must be a positive whole number\n`);
    process.exit(2);
  }
  return n;
}

const log = (line: string) => process.stderr.write(`[s3] ${line}\n`);

// ---------- request bodies ----------

const runId = randomBytes(4).toString('hex');

const PROSE =
  'I crossed the Tarrow bridge twice a day for six years, and the toll itself was never the real cost. ' +
  'The queue at the north gate was: twenty minutes on a wet morning, longer on market days. ' +
  'Your figures for the maintenance fund match what the council published, but not what it spent.';

/** Every request differs in text (duplicate rule), email and address (flood rule). */
function commentFor(tag: string, n: number) {
  return {
    comment: `${PROSE} (reader note ${tag}-${runId}-${n})`,
    author: `Reader ${n}`,
    email: `mhb-${tag}-${runId}-${n}@example.org`,
    // The measured run takes 10.0.0.0/8; the preflight and reference their own, so they
    // never share an address (the flood rule) with a measured request.
    ip: tag === 'run' ? `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` : `${tag === 'pre' ? 192 : 198}.0.${(n >> 8) & 255}.${n & 255}`,
  };
}

interface FormSet {
  cookie: string;
  csrf: string;
  stamp: string;
  stampMs: number;
  articleId: string;
}

function formBody(set: FormSet, c: ReturnType<typeof commentFor>): string {
  return new URLSearchParams({
    comment: c.comment,
    author: c.author,
    email: c.email,
    url: '',
    comment_parent: '0',
    comment_post_ID: set.articleId,
    _csrf: set.csrf,
    form_stamp: set.stamp,
    hp_url: '',
  }).toString();
}

function headersFor(set: FormSet, c: ReturnType<typeof commentFor>): Record<string, string> {
  return {
    'content-type': 'application/x-www-form-urlencoded',
    cookie: set.cookie,
    'x-forwarded-for': c.ip,
    'user-agent': 'masthead-bench/1 (autocannon)',
    accept: 'text/html',
  };
}

// ---------- form sets ----------

async function fetchFormSet(base: string): Promise<FormSet> {
  const response = await fetch(`${base}/articles/${encodeURIComponent(articleSlug)}`, { signal: AbortSignal.timeout(15_000) });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET article: status ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('mh_csrf='));
  const input = (name: string) => {
    const tag = html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0];
    return tag?.match(/value="([^"]*)"/)?.[1];
  };
  const csrf = input('_csrf');
  const stamp = input('form_stamp');
  const articleId = input('comment_post_ID');
  if (!cookie || !csrf || !stamp || !articleId) throw new Error('the article page lacks the CSRF cookie or the comment form fields (are comments open?)');
  return { cookie, csrf, stamp, stampMs: Number(stamp.split('.')[0]), articleId };
}

async function fetchPool(base: string, size: number): Promise<FormSet[]> {
  const pool: FormSet[] = [];
  let next = 0;
  const worker = async () => {
    while (next < size) {
      next++;
      pool.push(await fetchFormSet(base));
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, size) }, worker));
  return pool;
}

// ---------- load ----------

interface WindowStats {
  seconds: number;
  answers: number;
  acknowledged: number;
  /** Latencies (ms) of the answers received in the window, sorted. */
  latencies: Float64Array;
}

interface LoadOutcome {
  /** autocannon's figures for the whole run, warm-up included. */
  result: autocannon.Result;
  built: number;
  codes: Map<number, number>;
  acknowledged: Set<number>;
  window: WindowStats;
  /** Answers per second of the whole run, and the slowest answer in each second (ms). */
  timeline: { answers: number; maxMs: number }[];
  /** The slowest answers of the whole run: request number, when it was sent, latency. */
  slowest: { n: number; sentAtS: number; ms: number }[];
}

const SLOWEST_KEPT = 8;

/**
 * One autocannon run of warmup + measure seconds on the same connections. The headline figures
 * come from the answers received in the measured window: while a saturated Node server admits
 * new connections one per event-loop turn (libuv ≥ 1.45 accepts once per turn), the first
 * seconds measure the connection ramp, not the steady state; they are reported separately.
 */
function load(base: string, tag: string, pool: FormSet[], warmup: number, measure: number, onWindowStart?: () => void): Promise<LoadOutcome> {
  let built = 0;
  const codes = new Map<number, number>();
  const acknowledged = new Set<number>();
  const timeline: LoadOutcome['timeline'] = [];
  const slowest: LoadOutcome['slowest'] = [];
  let latencies = new Float64Array(1 << 14);
  let windowAnswers = 0;
  let windowAcknowledged = 0;
  const started = performance.now();
  const windowStart = started + warmup * 1000;
  const windowEnd = windowStart + measure * 1000;
  const windowTimer = onWindowStart ? setTimeout(onWindowStart, warmup * 1000) : undefined;
  const instance = autocannon({
    url: base,
    connections,
    pipelining: 1, // onResponse pairs each answer with the request setupRequest built
    duration: warmup + measure,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/comments',
        setupRequest: (request, context) => {
          const n = built++;
          const set = pool[n % pool.length]!;
          const c = commentFor(tag, n);
          context.n = n;
          context.sentAt = performance.now();
          return { ...request, headers: headersFor(set, c), body: formBody(set, c) };
        },
        onResponse: (status, _body, context) => {
          const now = performance.now();
          const n = context.n as number;
          const sentAt = context.sentAt as number;
          const ms = now - sentAt;
          codes.set(status, (codes.get(status) ?? 0) + 1);
          if (status === 303) acknowledged.add(n);
          if (now >= windowStart && now < windowEnd) {
            if (windowAnswers === latencies.length) {
              const grown = new Float64Array(latencies.length * 2);
              grown.set(latencies);
              latencies = grown;
            }
            latencies[windowAnswers++] = ms;
            if (status === 303) windowAcknowledged++;
          }
          const second = Math.floor((now - started) / 1000);
          while (timeline.length <= second) timeline.push({ answers: 0, maxMs: 0 });
          const slot = timeline[second]!;
          slot.answers++;
          if (ms > slot.maxMs) slot.maxMs = ms;
          if (slowest.length < SLOWEST_KEPT || ms > slowest[slowest.length - 1]!.ms) {
            slowest.push({ n, sentAtS: (sentAt - started) / 1000, ms });
            slowest.sort((a, b) => b.ms - a.ms);
            slowest.length = Math.min(slowest.length, SLOWEST_KEPT);
          }
        },
      },
    ],
  });
  return new Promise((resolve, reject) => {
    instance.then((result) => {
      clearTimeout(windowTimer);
      const sorted = latencies.slice(0, windowAnswers).sort();
      resolve({
        result,
        built,
        codes,
        acknowledged,
        window: { seconds: measure, answers: windowAnswers, acknowledged: windowAcknowledged, latencies: sorted },
        timeline,
        slowest,
      });
    }, reject);
  });
}

/** The machine's CPU counters (Linux /proc/stat, all cores), to tell app slowness from a busy or stolen host. */
interface CpuSample {
  total: number;
  idle: number;
  iowait: number;
  steal: number;
}

function cpuSample(): CpuSample | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return { total: user + nice + system + idle + iowait + irq + softirq + steal, idle, iowait, steal };
  } catch {
    return undefined;
  }
}

function describeCpu(from: CpuSample | undefined, to: CpuSample | undefined): string {
  if (!from || !to || to.total <= from.total) return 'no /proc/stat';
  const total = to.total - from.total;
  const share = (n: number) => `${((n / total) * 100).toFixed(1)} %`;
  const idle = to.idle - from.idle;
  const iowait = to.iowait - from.iowait;
  return `busy ${share(total - idle - iowait)}, iowait ${share(iowait)}, steal ${share(to.steal - from.steal)}, idle ${share(idle)} (all ${os.cpus().length} cores; the load generator runs on them too)`;
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime, stime
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

// ---------- verification ----------

interface Verification {
  rows: number;
  inDb: number;
  missing: number;
  duplicates: number;
  statuses: Record<string, number>;
}

function verify(dbFile: string, tag: string, acknowledged: Set<number>): Verification {
  const db = new BetterSqlite3(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('select body, status from comments where author_email like ?').all(`mhb-${tag}-${runId}-%`) as { body: string; status: string }[];
    const byBody = new Map<string, number>();
    const statuses: Record<string, number> = {};
    for (const row of rows) {
      byBody.set(row.body, (byBody.get(row.body) ?? 0) + 1);
      statuses[row.status] = (statuses[row.status] ?? 0) + 1;
    }
    let inDb = 0;
    let missing = 0;
    for (const n of acknowledged) {
      const count = byBody.get(commentFor(tag, n).comment) ?? 0;
      if (count === 0) missing++;
      else inDb++;
    }
    let duplicates = 0;
    for (const count of byBody.values()) if (count > 1) duplicates += count - 1;
    return { rows: rows.length, inDb, missing, duplicates, statuses };
  } finally {
    db.close();
  }
}

// ---------- main ----------

const children: Child[] = [];
let dataDir: string | undefined;

async function cleanUp(): Promise<void> {
  await Promise.all(children.map((c) => stopChild(c, 15_000)));
  if (dataDir && !args.keep) rmSync(dataDir, { recursive: true, force: true });
}

async function main(): Promise<number> {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'masthead-s3-'));
  const dbFile = path.join(dataDir, 'masthead.db');
  const [appPort, refPort] = [await freePort(), await freePort()];
  const profDir = args['cpu-prof'] ? path.resolve(args['cpu-prof']) : undefined;
  if (profDir) mkdirSync(profDir, { recursive: true });

  log(`run ${runId}: ${warmupSeconds}+${seconds} s, ${connections} connections, pool ${poolSize}, reference ${refSeconds} s, data ${dataDir}`);
  const serverArgs = [
    ...(profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []),
    '--import', 'tsx',
    ...(args.probe || whatIf.length ? ['--import', './bench/lib/server-probe.ts'] : []),
    'src/main.ts', 'serve',
  ];
  // allSettled: when one fails to start, the other is still stopped by cleanUp().
  const started = await Promise.allSettled([
    startChild({
      name: 'masthead',
      args: serverArgs,
      env: {
        MASTHEAD_DATA_DIR: dataDir,
        PORT: String(appPort),
        HOST: '127.0.0.1',
        MASTHEAD_LOG_LEVEL: 'warn',
        MASTHEAD_DEMO: 'auto',
        MASTHEAD_TRUSTED_PROXIES: '127.0.0.1',
        MASTHEAD_BENCH_WHATIF: whatIf.join(','),
      },
      readyText: 'Masthead is serving',
      timeoutMs: 90_000,
      ipc: args.probe,
    }),
    startChild({
      name: 'reference',
      args: ['--import', 'tsx', 'bench/lib/reference-server.ts'],
      env: { PORT: String(refPort), HOST: '127.0.0.1' },
      readyText: 'reference is serving',
      timeoutMs: 30_000,
    }),
  ]);
  for (const r of started) if (r.status === 'fulfilled') children.push(r.value);
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  const app = (started[0] as PromiseFulfilledResult<Child>).value;
  const appBase = `http://127.0.0.1:${appPort}`;
  const refBase = `http://127.0.0.1:${refPort}`;

  const fetchStarted = Date.now();
  const pool = await fetchPool(appBase, poolSize);
  log(`fetched ${pool.length} form sets in ${Date.now() - fetchStarted} ms (article id ${pool[0]!.articleId})`);

  // The reference run doubles as the wait that ages the form stamps.
  const refOutcome = await load(refBase, 'ref', pool, REF_WARMUP_SECONDS, refSeconds);
  const refPerSecond = refOutcome.window.acknowledged / refSeconds;
  log(`reference: ${refPerSecond.toFixed(0)} answers/s, p99 ${percentile(refOutcome.window.latencies, 99).toFixed(1)} ms`);

  const newest = Math.max(...pool.map((s) => s.stampMs));
  const wait = newest + MIN_STAMP_AGE_MS - Date.now();
  if (wait > 0) await sleep(wait);

  // One preflight comment (its own tag, not counted): the whole setup must produce a 303.
  const preflightSet = pool[0]!;
  const pre = commentFor('pre', 0);
  const preflight = await fetch(`${appBase}/comments`, {
    method: 'POST',
    headers: headersFor(preflightSet, pre),
    body: formBody(preflightSet, pre),
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  });
  await preflight.arrayBuffer();
  if (preflight.status !== 303) throw new Error(`the preflight comment was answered ${preflight.status}, not 303`);
  log(`preflight: 303 → ${preflight.headers.get('location')}`);

  log(`load: ${warmupSeconds} s warm-up + ${seconds} s measured`);
  let probeStarted: Promise<void> | undefined;
  let cpuAtWindowStart: CpuSample | undefined;
  let serverCpuAtStart: number | undefined;
  let benchCpuAtStart: NodeJS.CpuUsage | undefined;
  const outcome = await load(appBase, 'run', pool, warmupSeconds, seconds, () => {
    cpuAtWindowStart = cpuSample();
    serverCpuAtStart = processCpuSeconds(app.process.pid);
    benchCpuAtStart = process.cpuUsage();
    if (args.probe) probeStarted = startProbe(app);
  });
  const cpuAtEnd = cpuSample();
  const serverCpuAtEnd = processCpuSeconds(app.process.pid);
  const benchCpu = benchCpuAtStart ? process.cpuUsage(benchCpuAtStart) : undefined;
  if (probeStarted) await probeStarted;
  const probeReport: ProbeReport | undefined = args.probe ? await requestProbeReport(app) : undefined;
  const { result, window } = outcome;

  // Let the server finish what it has in flight, then read the file it wrote.
  const stopped = await stopChild(app, 20_000);
  if (stopped === 'killed') log('masthead did not stop within 20 s and was killed');
  const check = verify(dbFile, 'run', outcome.acknowledged);

  const acknowledged = outcome.acknowledged.size;
  const sent = result.requests.sent;
  const nonAcked = [...outcome.codes].filter(([code]) => code !== 303).reduce((sum, [, count]) => sum + count, 0);
  const errors = nonAcked + result.errors; // whole run, warm-up included; result.errors includes timeouts
  const perSecond = window.acknowledged / window.seconds;
  const p = (q: number) => percentile(window.latencies, q);
  const p99 = Math.round(p(99));
  const ratio = refPerSecond > 0 ? perSecond / refPerSecond : 0;
  // With nothing acknowledged, "every acknowledged comment stored" would hold vacuously.
  const someAcknowledged = window.acknowledged > 0;
  // Stored but never acknowledged (a client that timed out after the commit): allowed, reported.
  const storedUnacknowledged = check.rows - check.inDb - check.duplicates;

  const codeLine = [...outcome.codes].sort(([a], [b]) => a - b).map(([code, count]) => `${code}×${count}`).join(' ') || '(none)';
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`S3 comment POST — ${new Date().toISOString()} — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, SQLite WAL synchronous=FULL on ${os.tmpdir()}`);
  if (whatIf.length) out(`  WHAT-IF:     the server ran with ${whatIf.join(' + ')} patched in by bench/lib/server-probe.ts; these are not S3 figures`);
  out(`  load:        ${connections} connections, pipelining 1, ${warmupSeconds} s warm-up + ${seconds} s measured on the same connections, ${pool.length} form sets`);
  out(`  masthead:    ${perSecond.toFixed(1)} acknowledged comments/s in the measured window (${window.acknowledged} of ${window.answers} answers)`);
  out(`  latency:     p50 ${p(50).toFixed(0)} ms, p90 ${p(90).toFixed(0)} ms, p99 ${p(99).toFixed(0)} ms, p99.9 ${p(99.9).toFixed(0)} ms, max ${p(100).toFixed(0)} ms (measured window)`);
  out(`  whole run:   ${(acknowledged / result.duration).toFixed(1)} acknowledged/s over ${result.duration} s incl. warm-up; autocannon p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${acknowledged} acknowledged of ${sent} sent`);
  out(`  machine:     ${describeCpu(cpuAtWindowStart, cpuAtEnd)} during the measured window`);
  if (serverCpuAtStart !== undefined && serverCpuAtEnd !== undefined && benchCpu) {
    // The measured window's length is the timer's; the tail of the run (≤ 1 s) is included in
    // these CPU figures, so they are a slight overestimate per comment.
    const serverCpu = serverCpuAtEnd - serverCpuAtStart;
    const loadCpu = (benchCpu.user + benchCpu.system) / 1e6;
    const windowAnswers = Math.max(1, window.acknowledged);
    out(
      `  cpu time:    server ${serverCpu.toFixed(1)} s (${((serverCpu / seconds) * 100).toFixed(0)} % of a core, ${((serverCpu * 1e6) / windowAnswers).toFixed(0)} µs per acknowledged comment);` +
        ` load generator ${loadCpu.toFixed(1)} s (${((loadCpu / seconds) * 100).toFixed(0)} % of a core)`,
    );
  }
  out(`  status:      ${codeLine}; socket errors ${result.errors - result.timeouts}, timeouts ${result.timeouts} (whole run)`);
  out(`  per second:  ${outcome.timeline.map((t, i) => `${i === warmupSeconds ? '| ' : ''}${t.answers}`).join(' ')}`);
  out(`  worst/sec:   ${outcome.timeline.map((t, i) => `${i === warmupSeconds ? '| ' : ''}${t.maxMs.toFixed(0)}`).join(' ')} ms`);
  out(`  slowest:     ${outcome.slowest.map((r) => `#${r.n} sent at ${r.sentAtS.toFixed(2)} s: ${r.ms.toFixed(0)} ms`).join('; ')}`);
  out(`  reference:   ${refPerSecond.toFixed(1)} answers/s from bare node:http, same requests (${refSeconds} s measured, p99 ${percentile(refOutcome.window.latencies, 99).toFixed(1)} ms)`);
  out(`  ratio:       Masthead = ${(ratio * 100).toFixed(2)} % of the reference (${ratio.toFixed(4)})`);
  out(`  database:    ${check.rows} rows for this run from ${sent} requests sent, ${storedUnacknowledged} stored but not acknowledged; statuses ${JSON.stringify(check.statuses)}`);
  out(`  integrity:   ${check.inDb} of ${acknowledged} acknowledged comments found, missing ${check.missing}, duplicates ${check.duplicates}`);
  const logged = app.lines.filter((line) => line.startsWith('{'));
  out(`  server log:  ${app.errorLines} error lines, ${logged.length} log lines${logged[0] ? `; first: ${logged[0].slice(0, 300)}` : ''}`);
  if (probeReport) out(formatProbeReport(probeReport, window.acknowledged));
  if (profDir) {
    const file = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profDir, f)).sort().pop();
    if (file) out(summariseCpuProfile(file, 25));
    else out('  cpu profile: none written (the server did not exit cleanly)');
  }
  const verdicts = [
    [`≥ ${TARGET.perSecond} comments/s`, perSecond >= TARGET.perSecond],
    [`p99 ≤ ${TARGET.p99Ms} ms`, p99 <= TARGET.p99Ms],
    ['0 errors', errors === 0],
    ['every acknowledged comment stored exactly once', check.missing === 0 && check.duplicates === 0],
    ['comments acknowledged in the measured window', someAcknowledged],
  ] as const;
  out(`  target S3:   ${verdicts.map(([name, ok]) => `${ok ? 'met' : 'MISSED'}: ${name}`).join('; ')}`);
  out(
    JSON.stringify({
      comments_per_s: Number(perSecond.toFixed(1)),
      p99_ms: p99,
      errors,
      acknowledged,
      in_db: check.inDb,
      duplicates: check.duplicates,
      missing: check.missing,
      reference_per_s: Number(refPerSecond.toFixed(1)),
      ratio: Number(ratio.toFixed(4)),
      ...(whatIf.length ? { what_if: whatIf } : {}),
    }),
  );
  return check.missing === 0 && check.duplicates === 0 && someAcknowledged ? 0 : 1;
}

// Everything is bounded: startup, pool, both runs, shutdown, verification.
const budgetMs = (warmupSeconds + seconds + REF_WARMUP_SECONDS + refSeconds + 240) * 1000;
const watchdog = setTimeout(() => {
  log(`gave up after ${budgetMs / 1000} s`);
  cleanUp().finally(() => process.exit(3));
}, budgetMs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(async (code) => {
    await cleanUp();
    clearTimeout(watchdog);
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    log(`failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    await cleanUp();
    clearTimeout(watchdog);
    process.exit(1);
  });
