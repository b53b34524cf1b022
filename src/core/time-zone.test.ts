import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { utcToZonedLocal, zonedLocalToUtc } from './time-zone.ts';

describe('time zones', () => {
  it('converts wall-clock times to UTC in winter and summer', () => {
    assert.equal(zonedLocalToUtc('2026-01-15T09:00', 'Europe/London'), '2026-01-15T09:00:00.000Z');
    assert.equal(zonedLocalToUtc('2026-07-15T09:00', 'Europe/London'), '2026-07-15T08:00:00.000Z');
    assert.equal(zonedLocalToUtc('2026-07-15T09:00', 'America/Toronto'), '2026-07-15T13:00:00.000Z');
    assert.equal(zonedLocalToUtc('2026-07-15T09:00', 'Asia/Kolkata'), '2026-07-15T03:30:00.000Z');
  });
  it('moves a skipped spring-forward time ahead and takes the first of a repeated autumn time', () => {
    assert.equal(zonedLocalToUtc('2026-03-29T01:30', 'Europe/London'), '2026-03-29T01:30:00.000Z');
    assert.equal(zonedLocalToUtc('2026-10-25T01:30', 'Europe/London'), '2026-10-25T00:30:00.000Z');
  });
  it('round-trips through the wall clock', () => {
    for (const iso of ['2026-11-28T12:00:00.000Z', '2026-06-01T23:45:00.000Z']) {
      assert.equal(zonedLocalToUtc(utcToZonedLocal(iso, 'Europe/London'), 'Europe/London'), iso);
    }
  });
  it('refuses malformed input', () => {
    assert.equal(zonedLocalToUtc('tomorrow', 'Europe/London'), undefined);
    assert.equal(zonedLocalToUtc('2026-13-01T09:00', 'Europe/London'), undefined);
  });
});
