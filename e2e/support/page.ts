// Small page helpers for browser journeys: text as a reader sees it, opening a page with the
// status it must answer, and a locator that must match exactly one element.
import assert from 'node:assert/strict';
import type { Locator, Page, Response } from 'playwright-core';

/** Whitespace collapsed, ends trimmed. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Goes to base + pathname, waits for load and checks the HTTP status; returns the response. */
export async function open(page: Page, base: string, pathname: string, status = 200): Promise<Response> {
  const response = await page.goto(base + pathname, { waitUntil: 'load' });
  assert.ok(response, `no response for ${pathname}`);
  assert.equal(response.status(), status, `GET ${pathname}: HTTP status`);
  return response;
}

/** The locator, after checking it matches exactly one element. */
export async function single(locator: Locator, what: string): Promise<Locator> {
  assert.equal(await locator.count(), 1, `expected exactly one ${what}`);
  return locator;
}
