// The benchmark's side of bench/lib/server-probe.ts: start and read the probe over IPC.
import os from 'node:os';
import path from 'node:path';
import type { Child } from './processes.ts';
import type { ProbeData } from './server-probe.ts';
import { summariseCpuProfile } from './cpuprofile-summary.ts';

export type ProbeReport = ProbeData;

function ask<T>(child: Child, message: object, answer: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = child.process;
    const timer = setTimeout(() => {
      proc.off('message', onMessage);
      reject(new Error(`the server probe did not answer ${answer} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (m: unknown) => {
      if (m && typeof m === 'object' && (m as { probe?: string }).probe === answer) {
        clearTimeout(timer);
        proc.off('message', onMessage);
        resolve(m as T);
      }
    };
    proc.on('message', onMessage);
    proc.send(message);
  });
}

export async function startProbe(child: Child, profile = true): Promise<void> {
  await ask(child, { probe: 'start', profile, intervalUs: 500 }, 'started', 10_000);
}

export async function requestProbeReport(child: Child): Promise<ProbeReport> {
  const profileFile = path.join(os.tmpdir(), `masthead-s3-probe-${process.pid}-${Date.now()}.cpuprofile`);
  const reply = await ask<{ data: ProbeReport }>(child, { probe: 'report', profileFile }, 'report', 60_000);
  return reply.data;
}

export function formatProbeReport(report: ProbeReport, acknowledged: number): string {
  const per = (ms: number) => (acknowledged ? `${((ms * 1000) / acknowledged).toFixed(0)} µs/comment` : '-');
  const sqliteMs = report.statements.reduce((sum, s) => sum + s.ms, 0) + report.prepare.ms;
  const lines = [
    `  probe:       window ${(report.windowMs / 1000).toFixed(1)} s; server event loop busy ${(report.elu * 100).toFixed(1)} %` +
      ` (${per(report.elu * report.windowMs)}); GC ${report.gcMs.toFixed(0)} ms in ${report.gcCount} pauses (${per(report.gcMs)})`,
    `               inside better-sqlite3: ${sqliteMs.toFixed(0)} ms (${per(sqliteMs)}), of which prepare() ${report.prepare.ms.toFixed(0)} ms in ${report.prepare.calls} calls (${per(report.prepare.ms)})`,
    `               write transactions: ${report.transactions.count}, connection held ${report.transactions.heldMs.toFixed(0)} ms (${(report.transactions.heldMs / Math.max(1, report.transactions.count)).toFixed(2)} ms each, max ${report.transactions.maxHeldMs.toFixed(1)} ms)`,
    `               commit (fsync): p50 ${report.commit.p50.toFixed(2)} ms, p90 ${report.commit.p90.toFixed(2)} ms, p99 ${report.commit.p99.toFixed(2)} ms, max ${report.commit.max.toFixed(1)} ms; ${report.commit.over5ms} over 5 ms, ${report.commit.over20ms} over 20 ms`,
    '               statements (calls, total, per comment, max):',
    ...report.statements.slice(0, 18).map((s) => `                 ${s.kind.padEnd(28)} ${String(s.calls).padStart(7)}  ${s.ms.toFixed(0).padStart(6)} ms  ${per(s.ms).padStart(16)}  max ${s.maxMs.toFixed(1)} ms`),
  ];
  if (report.profileFile) lines.push(`  cpu profile of the window: ${report.profileFile}`, summariseCpuProfile(report.profileFile, 25));
  return lines.join('\n');
}
