// The browser for journeys: Debian's chromium driven by playwright-core, started on its own or
// side by side with the server under test.
// Without chromium the journeys are skipped, unless MASTHEAD_TEST_REQUIRE_ALL=1 makes that a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type RunningServer } from './server.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type BrowserAvailability =
  | { available: true }
  | {
      available: false;
      reason: string;
      /** MASTHEAD_TEST_REQUIRE_ALL=1: the journey must run, so a missing browser is a failure, not a skip. */
      required: boolean;
    };

export function browserAvailability(): BrowserAvailability {
  if (existsSync(CHROMIUM_PATH)) return { available: true };
  return {
    available: false,
    reason: `browser journeys need chromium at ${CHROMIUM_PATH} (apt-get install chromium)`,
    required: process.env.MASTHEAD_TEST_REQUIRE_ALL === '1',
  };
}

/**
 * The `skip` option for a journey's describe(): the reason when chromium is missing, or false
 * when the journey runs. Under MASTHEAD_TEST_REQUIRE_ALL=1 it never skips, so launchBrowser() fails.
 */
export function browserSkip(): string | false {
  const availability = browserAvailability();
  if (availability.available || availability.required) return false;
  return `${availability.reason}; set MASTHEAD_TEST_REQUIRE_ALL=1 to make this a failure`;
}

export async function launchBrowser(): Promise<Browser> {
  const availability = browserAvailability();
  if (!availability.available) {
    throw new Error(
      `${availability.reason}; MASTHEAD_TEST_REQUIRE_ALL=${process.env.MASTHEAD_TEST_REQUIRE_ALL ?? ''} forbids skipping them`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Starts the server and launches chromium at the same time (each takes a few seconds). When one
 * of them fails, the other is stopped before the error is thrown, so a failed start leaks nothing.
 */
export async function startServerAndBrowser(): Promise<{ server: RunningServer; browser: Browser }> {
  const [started, launched] = await Promise.allSettled([startServer(), launchBrowser()]);
  if (started.status === 'fulfilled' && launched.status === 'fulfilled') return { server: started.value, browser: launched.value };
  if (started.status === 'fulfilled') await started.value.stop();
  if (launched.status === 'fulfilled') await launched.value.close();
  throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
}
