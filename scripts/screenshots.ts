// Saves desktop and phone screenshots of public pages of a running server, for people to look at.
// Usage: node --import tsx scripts/screenshots.ts http://127.0.0.1:3000 [path …]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const pagesToShoot = process.argv.slice(3).length
  ? process.argv.slice(3)
  : ['/', '/articles/what-the-tarrow-bridge-tolls-really-cost', '/articles/harbour-dredging-plan-splits-fishing-families', '/sections/opinion', '/authors/priya-raman-holt', '/no-such-page'];
const out = 'test-output/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [device, viewport, scheme] of [
    ['desktop', { width: 1280, height: 900 }, 'light'],
    ['phone', { width: 390, height: 844 }, 'light'],
    ['desktop-dark', { width: 1280, height: 900 }, 'dark'],
  ] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of pagesToShoot) {
      await page.goto(base + path);
      const name = path === '/' ? 'front' : path.replace(/^\//, '').replace(/[/?=]/g, '_');
      await page.screenshot({ path: `${out}/${name}.${device}.png`, fullPage: true });
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
