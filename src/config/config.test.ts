import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, path.resolve('data'));
    assert.equal(config.databaseUrl, `sqlite:${path.resolve('data', 'masthead.db')}`);
    assert.equal(config.publicUrl, 'http://127.0.0.1:3000');
    assert.equal(config.secret, undefined);
    assert.equal(config.demo, 'auto');
    assert.deepEqual(config.trustedProxies, []);
  });

  it('derives the database file and public URL from the settings given', () => {
    const config = loadConfig({ MASTHEAD_DATA_DIR: '/srv/journal', HOST: '0.0.0.0', PORT: '8080' });
    assert.equal(config.databaseUrl, 'sqlite:/srv/journal/masthead.db');
    assert.equal(config.publicUrl, 'http://0.0.0.0:8080');
  });

  it('strips a trailing slash from the public URL', () => {
    assert.equal(loadConfig({ MASTHEAD_PUBLIC_URL: 'https://journal.example/' }).publicUrl, 'https://journal.example');
  });

  it('accepts addresses and CIDR ranges as trusted proxies', () => {
    const config = loadConfig({ MASTHEAD_TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16,::1' });
    assert.deepEqual(config.trustedProxies, ['10.0.0.1', '192.168.0.0/16', '::1']);
  });

  it('names every bad key in one error', () => {
    const error = (() => {
      try {
        loadConfig({
          PORT: '70000',
          MASTHEAD_DATABASE_URL: 'mysql://x',
          MASTHEAD_PUBLIC_URL: 'ftp://journal.example',
          MASTHEAD_DEMO: 'yes',
          MASTHEAD_TRUSTED_PROXIES: '10.0.0.1,not-an-ip',
          MASTHEAD_SECRET: 'short',
        });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    assert.ok(error instanceof ConfigError);
    assert.deepEqual(
      error.problems.map((p) => p.split(' ')[0]),
      ['PORT', 'MASTHEAD_DATABASE_URL', 'MASTHEAD_PUBLIC_URL', 'MASTHEAD_SECRET', 'MASTHEAD_DEMO', 'MASTHEAD_TRUSTED_PROXIES'],
    );
    assert.match(error.message, /not-an-ip/);
  });

  it('never echoes sensitive values', () => {
    assert.throws(
      () => loadConfig({ MASTHEAD_SECRET: 'hunter2', MASTHEAD_DATABASE_URL: 'oracle://scott:tiger@db' }),
      (error: unknown) => error instanceof ConfigError && !/hunter2|tiger/.test(error.message),
    );
  });

  it('returns a frozen object', () => {
    assert.ok(Object.isFrozen(loadConfig({})));
  });
});
