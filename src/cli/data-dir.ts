// The data folder: created if missing, checked for writability, and home of the generated secret.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../db/database.ts';

export class DataDirError extends Error {
  constructor(dir: string, reason: string) {
    super(`data folder ${dir}: ${reason}`);
    this.name = 'DataDirError';
  }
}

/** Creates the folder and proves it can be written to, naming a read-only or full disk as such. */
export function ensureDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, Buffer.alloc(4096));
    } finally {
      closeSync(fd);
      rmSync(probe, { force: true });
    }
  } catch (error) {
    throw new DataDirError(dir, describeFsError(error));
  }
}

/** Reads the secret from the data folder, generating it on first start. */
export function loadOrCreateSecret(dir: string): string {
  const file = path.join(dir, 'secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw new DataDirError(dir, describeFsError(error));
  }
  const secret = randomBytes(32).toString('base64url');
  try {
    // 'wx' fails if another process created it meanwhile; then use theirs.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw new DataDirError(dir, describeFsError(error));
  }
}
