// axe-core in a page for browser journeys: serious and critical findings fail, the rest are printed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, NodeResult, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { squash } from './page.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  page: string;
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  nodes: string[];
}

/** Where the finding is; for a contrast finding the colours, ratio and text size, else the markup. */
function describeNode(node: NodeResult): string {
  const target = node.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' ');
  const contrast = [...node.any, ...node.all, ...node.none].find((check) => check.data && typeof check.data === 'object' && 'contrastRatio' in check.data);
  if (contrast) {
    const d = contrast.data as { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string; fontSize?: string; fontWeight?: string };
    return `${target} (fg ${d.fgColor}, bg ${d.bgColor}, ratio ${d.contrastRatio}, needs ${d.expectedContrastRatio}, ${d.fontSize} ${d.fontWeight})`;
  }
  const html = squash(node.html);
  return `${target}  ${html.length > 160 ? `${html.slice(0, 160)}…` : html}`;
}

/** Runs axe-core on the page as it is now (works under the page's CSP: evaluate is not inline script). */
export async function runAxe(page: Page, label: string, options: RunOptions = {}): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (runOptions) => (globalThis as unknown as { axe: { run(options: RunOptions): Promise<AxeResults> } }).axe.run(runOptions),
    { resultTypes: ['violations'], ...options } satisfies RunOptions,
  );
  return results.violations.map((v) => ({ page: label, id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(describeNode) }));
}

export const isSerious = (v: AxeViolation): boolean => v.impact === 'serious' || v.impact === 'critical';

export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `  [${v.impact}] ${v.id} on ${v.page}: ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}`).join('\n');
}
