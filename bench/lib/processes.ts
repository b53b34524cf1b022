// Child processes for the benchmarks: the Masthead server and the bare node:http reference,
// each spawned in its own process group so it can be stopped as a whole, always with a deadline.
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../test/support/project.ts';

export interface Child {
  name: string;
  process: ChildProcess;
  /** Output lines after the ready line (bounded), for diagnostics. */
  lines: string[];
  /** Pino lines at level error (50) or fatal (60). */
  errorLines: number;
  exited: Promise<number | null>;
}

export interface StartOptions {
  name: string;
  args: string[];
  env: Record<string, string>;
  /** The child is ready when a stdout line contains this. */
  readyText: string;
  timeoutMs: number;
  /** Extra stdio slot for an IPC channel (used by the optional server probe). */
  ipc?: boolean;
}

const KEEP_LINES = 200;

/** The parent's environment without MASTHEAD_* settings, which must not reach the server under test. */
function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MASTHEAD_')));
}

export function startChild(options: StartOptions): Promise<Child> {
  const child = spawn(process.execPath, options.args, {
    cwd: projectRoot,
    env: { ...inheritedEnv(), ...options.env },
    detached: true,
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  const result: Child = {
    name: options.name,
    process: child,
    lines: [],
    errorLines: 0,
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null)))),
  };
  return new Promise((resolve, reject) => {
    let ready = false;
    const before: string[] = [];
    const timer = setTimeout(() => {
      if (ready) return;
      stopChild(result, 2000).finally(() => reject(new Error(`${options.name} did not start within ${options.timeoutMs} ms:\n${before.slice(-30).join('\n')}`)));
    }, options.timeoutMs);
    const onLine = (line: string) => {
      if (!ready) {
        before.push(line);
        if (line.includes(options.readyText)) {
          ready = true;
          clearTimeout(timer);
          resolve(result);
        }
        return;
      }
      if (/"level":(50|60)/.test(line)) result.errorLines++;
      if (result.lines.length < KEEP_LINES) result.lines.push(line);
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffered += chunk;
        let newline: number;
        while ((newline = buffered.indexOf('\n')) >= 0) {
          onLine(buffered.slice(0, newline));
          buffered = buffered.slice(newline + 1);
        }
      });
    }
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      if (ready) return;
      clearTimeout(timer);
      reject(new Error(`${options.name} exited (${code ?? signal}) before it was ready:\n${before.slice(-30).join('\n')}`));
    });
  });
}

/** SIGTERM to the child's process group; SIGKILL to the group if it has not exited by the deadline. */
export async function stopChild(child: Child, graceMs = 15_000): Promise<'exited' | 'killed'> {
  const pid = child.process.pid;
  if (pid === undefined || child.process.exitCode !== null || child.process.signalCode !== null) return 'exited';
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  const outcome = await Promise.race([child.exited.then(() => 'exited' as const), sleep(graceMs).then(() => 'late' as const)]);
  if (outcome === 'exited') return 'exited';
  signalGroup('SIGKILL');
  await Promise.race([child.exited, sleep(2000)]);
  return 'killed';
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
