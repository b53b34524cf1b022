// The command line as an operator meets it: one-line errors, migrate, demo, serve and shutdown.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { requireAll } from '../support/databases.ts';
import { runCli, startServer } from '../support/process.ts';

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-cli-'));
  temps.push(dir);
  return dir;
};
after(() => {
  for (const dir of temps) {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {
      // not a mount point
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Whether this process may mount a tmpfs (root in CI), needed to fake a read-only or full disk. */
function canMount(): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const mountable = canMount();
const mountSkip = mountable ? false : requireAll ? false : 'needs permission to mount a tmpfs';

const oneLine = (text: string) => text.trim().split('\n').length === 1;

describe('masthead command line', () => {
  it('names every bad setting in one line and exits non-zero', () => {
    const result = runCli(['serve'], { PORT: 'abc', MASTHEAD_DEMO: 'maybe', MASTHEAD_DATA_DIR: tempDir() });
    assert.equal(result.status, 1);
    assert.ok(oneLine(result.stderr), result.stderr);
    assert.match(result.stderr, /PORT must be a whole number/);
    assert.match(result.stderr, /MASTHEAD_DEMO must be auto or off/);
    assert.ok(!/\bat \S+ \(/.test(result.stderr), 'no stack trace');
  });

  it('names an unreachable database with its password masked', () => {
    const result = runCli(['migrate'], { MASTHEAD_DATABASE_URL: 'postgres://editor:s3cret-pw@127.0.0.1:1/journal' });
    assert.equal(result.status, 1);
    assert.ok(oneLine(result.stderr), result.stderr);
    assert.match(result.stderr, /^masthead: cannot open database postgres:\/\/editor:\*\*\*@127\.0\.0\.1:1\/journal: /);
    assert.ok(!result.stderr.includes('s3cret-pw'));
  });

  it('refuses an unknown command with one line', () => {
    const result = runCli(['frobnicate'], {});
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'masthead: unknown command "frobnicate" (try: masthead help)\n');
  });

  it('migrates, loads the demo once, and refuses to load it into a journal', () => {
    const dir = tempDir();
    const migrate = runCli(['migrate'], { MASTHEAD_DATA_DIR: dir });
    assert.equal(migrate.status, 0, migrate.stderr);
    assert.match(migrate.stdout, /is up to date/);
    const demo = runCli(['demo'], { MASTHEAD_DATA_DIR: dir });
    assert.equal(demo.status, 0, demo.stderr);
    const summary = JSON.parse(demo.stdout.trim().split('\n').at(-1)!);
    assert.equal(summary.loaded, true);
    assert.ok(summary.articles >= 24);
    const again = runCli(['demo'], { MASTHEAD_DATA_DIR: dir });
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already holds a journal/);
  });

  it('reports a read-only data folder as such', { skip: mountSkip }, () => {
    const dir = tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir]);
    const result = runCli(['serve'], { MASTHEAD_DATA_DIR: dir });
    assert.equal(result.status, 1);
    assert.ok(oneLine(result.stderr), result.stderr);
    assert.match(result.stderr, new RegExp(`data folder ${dir}: the data folder is on a read-only file system`));
  });

  it('reports a full data folder as such', { skip: mountSkip }, () => {
    const dir = tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    try {
      writeFileSync(path.join(dir, 'filler'), Buffer.alloc(64 * 1024));
    } catch {
      // the disk is full now, which is the point
    }
    const result = runCli(['serve'], { MASTHEAD_DATA_DIR: dir });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /the disk holding the data folder is full/);
  });

  it('serves the demo on an empty folder and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const server = await startServer({ MASTHEAD_DATA_DIR: dir });
    try {
      const home = await fetch(`${server.url}/`);
      assert.equal(home.status, 200);
      assert.match(await home.text(), /The Ashgrove Review/);
      assert.match(server.output(), new RegExp(`Masthead is serving ${server.url}`));
    } finally {
      assert.equal(await server.stop('SIGTERM'), 0);
    }
    // A second start finds the journal and does not load the demo again.
    const second = await startServer({ MASTHEAD_DATA_DIR: dir });
    try {
      const ready = await fetch(`${second.url}/readyz`);
      assert.equal(ready.status, 200);
      assert.ok(!second.output().includes('loaded the demo journal'));
    } finally {
      await second.stop();
    }
  });

  it('lets requests in flight finish when SIGTERM arrives', async () => {
    // At info level the server logs each request it has accepted; those must all complete.
    const server = await startServer({ MASTHEAD_DATA_DIR: tempDir(), MASTHEAD_LOG_LEVEL: 'info' });
    const accepted = () => server.output().split('"msg":"incoming request"').length - 1;
    try {
      const before = accepted();
      const pending = Array.from({ length: 20 }, () =>
        fetch(`${server.url}/articles/what-the-tarrow-bridge-tolls-really-cost`).then(async (r) => [r.status, (await r.text()).length] as const),
      );
      const deadline = Date.now() + 10_000;
      while (accepted() - before < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1));
      const inFlight = accepted() - before;
      process.kill(-server.child.pid!, 'SIGTERM');
      const results = await Promise.allSettled(pending);
      const complete = results.filter((r) => r.status === 'fulfilled' && r.value[0] === 200 && r.value[1] > 5000);
      assert.ok(inFlight >= 3, 'requests were in flight when the signal came');
      // Connections not yet accepted may be refused or answered 503; none that was accepted is cut.
      assert.ok(complete.length >= inFlight, `${complete.length} complete answers for ${inFlight} accepted requests`);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });
});
