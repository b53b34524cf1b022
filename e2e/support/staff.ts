// Staff accounts for browser journeys: created with the real CLI (`masthead user add`) against
// the running server's data folder, and signed in through the real /admin/login form.
import { execFile } from 'node:child_process';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { projectRoot, type RunningServer } from './server.ts';

export type StaffRole = 'admin' | 'editor' | 'author' | 'contributor' | 'moderator';

export interface StaffAccount {
  email: string;
  name: string;
  role: StaffRole;
  /** At least 12 characters. */
  password: string;
}

/** Runs `node --import tsx src/main.ts user add …` with the password on stdin. */
export function addStaffUser(server: RunningServer, account: StaffAccount): Promise<string> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('MASTHEAD_')) env[key] = value;
  env.MASTHEAD_DATA_DIR = server.dataDir;
  env.MASTHEAD_LOG_LEVEL = 'warn';
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', 'user', 'add', '--email', account.email, '--name', account.name, '--role', account.role],
      { cwd: projectRoot, env, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`masthead user add failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolve(stdout.trim());
      },
    );
    child.stdin!.end(account.password);
  });
}

/** Signs in through /admin/login in the given context; returns the page, left on `next`. */
export async function signInAsStaff(context: BrowserContext, baseUrl: string, account: StaffAccount, next = '/admin'): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}/admin/login?next=${encodeURIComponent(next)}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, 'GET /admin/login');
  await page.locator('#field-email').fill(account.email);
  await page.locator('#field-password').fill(account.password);
  await page.locator('form.gate-form button[type="submit"]').click();
  try {
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 10_000 });
  } catch {
    const notice = await page.locator('.notice').allTextContents();
    assert.fail(`signing in as ${account.email} failed: still on ${page.url()} (${notice.join(' ') || 'no notice'})`);
  }
  assert.equal(new URL(page.url()).pathname, next.split('?')[0], `signed in as ${account.email}, landed on ${page.url()}`);
  return page;
}
