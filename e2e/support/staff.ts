// Staff accounts for browser journeys: created with the real CLI (`masthead user add`) against
// the running server's data folder, and signed in through the real /admin/login form.
import { execFile } from 'node:child_process';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from './server.ts';
import { projectRoot } from '../../test/support/project.ts';

export type StaffRole = 'admin' | 'editor' | 'author' | 'contributor' | 'moderator';

export interface StaffAccount {
  email: string;
  name: string;
  role: StaffRole;
  /** At least 12 characters. */
  password: string;
  /** Slug of the author profile the account writes as (its own byline), if any. */
  author?: string;
}

/** Runs `node --import tsx src/main.ts user add …` with the password on stdin. */
export function addStaffUser(server: RunningServer, account: StaffAccount): Promise<string> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('MASTHEAD_')) env[key] = value;
  env.MASTHEAD_DATA_DIR = server.dataDir;
  env.MASTHEAD_LOG_LEVEL = 'warn';
  const args = ['--import', 'tsx', 'src/main.ts', 'user', 'add', '--email', account.email, '--name', account.name, '--role', account.role];
  if (account.author) args.push('--author', account.author);
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, args, { cwd: projectRoot, env, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`masthead user add ${account.email} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout.trim());
    });
    child.stdin!.end(account.password);
  });
}

/**
 * Signs in through /admin/login in the given context; returns the page, left on `next`, which
 * must answer 200.
 */
export async function signInAsStaff(context: BrowserContext, baseUrl: string, account: StaffAccount, next = '/admin'): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}/admin/login?next=${encodeURIComponent(next)}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, 'GET /admin/login');
  await page.locator('#field-email').fill(account.email);
  await page.locator('#field-password').fill(account.password);
  // The navigation ends on the page the form's redirect leads to (or the form again, on failure).
  const [landing] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load', timeout: 15_000 }),
    page.locator('form.gate-form button[type="submit"]').click(),
  ]);
  const landedOn = new URL(page.url()).pathname;
  if (landedOn.startsWith('/admin/login')) {
    const notice = await page.locator('.notice').allTextContents();
    assert.fail(`signing in as ${account.email} failed: still on ${page.url()} (${notice.join(' ') || 'no notice'})`);
  }
  assert.equal(landedOn, next.split('?')[0], `signed in as ${account.email}, landed on ${page.url()}`);
  assert.equal(landing?.status(), 200, `GET ${page.url()} after signing in as ${account.email}: HTTP status`);
  return page;
}
