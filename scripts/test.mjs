#!/usr/bin/env node
// Runs the whole suite with node's test runner. Files are listed here rather than by glob:
// on Node 20 a quoted glob fails and a folder finds no tests yet exits 0.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const roots = ['src', 'test', 'e2e'];
const patterns = [/\.test\.tsx?$/, /\.e2e\.ts$/];

function collect(dir) {
  let found = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found = found.concat(collect(full));
    else if (patterns.some((p) => p.test(name))) found.push(full);
  }
  return found;
}

const only = process.argv.slice(2);
const files = (only.length ? only : roots.flatMap((r) => collect(r))).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
console.log(`running ${files.length} test files`);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, MASTHEAD_LOG_LEVEL: process.env.MASTHEAD_LOG_LEVEL ?? 'silent' } },
);
process.exit(result.status ?? 1);
