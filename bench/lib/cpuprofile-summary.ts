// Reads a V8 .cpuprofile (from --cpu-prof or the server probe) and prints where the time went:
// self time by area (package or source folder) and by function, and inclusive time of the
// busiest functions (each sample counted once per function on its stack).
// Standalone: node --import tsx bench/lib/cpuprofile-summary.ts FILE [TOP]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function areaOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node internals';
  const src = url.match(/\/(src\/(?:modules\/[^/]+|[^/]+))/)?.[1];
  if (src) return src;
  const bench = url.match(/\/(bench\/.*)$/)?.[1];
  return bench ?? url;
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*?\/node_modules\//, '').replace(/^.*?\/(src|bench)\//, '$1/');
}

export function summariseCpuProfile(file: string, top = 25): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

  const self = new Map<string, number>();
  const area = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    total += delta;
    if (node.callFrame.functionName === '(idle)') {
      idle += delta;
      continue;
    }
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + delta);
    const a = areaOf(node.callFrame.url, node.callFrame.functionName);
    area.set(a, (area.get(a) ?? 0) + delta);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!;
      if (!frame.callFrame.url && frame.callFrame.functionName.startsWith('(')) continue;
      const k = keyOf(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + delta);
    }
  }
  const busy = total - idle;
  const pct = (us: number) => `${((us / Math.max(1, busy)) * 100).toFixed(1).padStart(5)} %`;
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
  const rows = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `      ${ms(us)} ${pct(us)}  ${k}`);
  return [
    `  cpu profile: ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy (${((busy / Math.max(1, total)) * 100).toFixed(1)} %); percentages are of busy time`,
    '    self time by area:',
    ...rows(area, 15),
    `    self time, top ${top} functions:`,
    ...rows(self, top),
    `    inclusive time, top ${top} functions:`,
    ...rows(inclusive, top),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node --import tsx bench/lib/cpuprofile-summary.ts FILE [TOP]\n');
    process.exit(2);
  }
  process.stdout.write(`${summariseCpuProfile(file, Number(process.argv[3] ?? 25))}\n`);
}
