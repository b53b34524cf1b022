// Starts the real Masthead server as a child process on a fresh data folder, for browser journeys.
// The server migrates an empty SQLite database and loads the demo journal on its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, projectRoot } from '../../test/support/project.ts';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server wrote so far, for failure messages. */
  output(): string;
  /** Stops the server (SIGTERM to its process group, SIGKILL if it lingers) and removes the data folder. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server, applied last. */
  env?: Record<string, string>;
  /** How long to wait for the "is serving" line. Default 30 s. */
  startTimeoutMs?: number;
}

const SERVING = /Masthead is serving (\S+)/;

/** Spawns `node --import tsx src/main.ts serve` on a fresh temp data folder and a free port. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'masthead-e2e-'));
  // Start from the caller's environment without any MASTHEAD_* setting (a developer's
  // MASTHEAD_DATABASE_URL or MASTHEAD_DEMO=off must not leak into the journey).
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('MASTHEAD_')) env[key] = value;
  Object.assign(env, {
    MASTHEAD_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    MASTHEAD_LOG_LEVEL: 'warn',
    ...options.env,
  });

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    cwd: projectRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    output += chunk;
  });

  let exited = child.exitCode !== null || child.signalCode !== null;
  const exitPromise = new Promise<void>((resolve) => {
    if (exited) resolve();
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });

  const stop = async (): Promise<void> => {
    if (!exited && child.pid !== undefined) {
      signalGroup(child.pid, 'SIGTERM');
      const lingered = await Promise.race([exitPromise.then(() => false), delay(5_000).then(() => true)]);
      if (lingered) {
        signalGroup(child.pid, 'SIGKILL');
        await Promise.race([exitPromise, delay(2_000)]);
      }
    }
    child.stdout?.destroy();
    child.stderr?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  };

  const timeoutMs = options.startTimeoutMs ?? 30_000;
  try {
    const baseUrl = await new Promise<string>((resolve, reject) => {
      let stdoutBuffer = '';
      const timer = setTimeout(() => {
        reject(new Error(`the server did not report "Masthead is serving" within ${timeoutMs / 1000} s; output so far:\n${output}`));
      }, timeoutMs);
      child.stdout!.on('data', (chunk: string) => {
        output += chunk;
        stdoutBuffer += chunk;
        const match = SERVING.exec(stdoutBuffer);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!.replace(/\/$/, ''));
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`could not spawn the server: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited before serving (code ${code}, signal ${signal}); output:\n${output}`));
      });
    });
    return { baseUrl, port, dataDir, child, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // Negative pid: the whole process group (detached: true made the child its leader),
    // so anything the tsx loader started goes too.
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
