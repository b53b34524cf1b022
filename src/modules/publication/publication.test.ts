import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidIssn, isValidTimeZone, issnCheckDigit } from './publication.ts';

describe('ISSN', () => {
  it('computes check digits, including X', () => {
    assert.equal(issnCheckDigit('2753418'), '9');
    assert.equal(issnCheckDigit('0378595'), '5');
    assert.equal(issnCheckDigit('2434561'), 'X');
  });
  it('accepts well-formed numbers with a matching check digit', () => {
    assert.equal(isValidIssn('2753-4189'), true);
    assert.equal(isValidIssn('0378-5955'), true);
    assert.equal(isValidIssn('2434-561x'), true);
  });
  it('refuses a wrong check digit or a malformed number', () => {
    assert.equal(isValidIssn('2753-4188'), false);
    assert.equal(isValidIssn('27534189'), false);
    assert.equal(isValidIssn('2753-418'), false);
    assert.equal(isValidIssn(''), false);
  });
});

describe('time zones', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    assert.equal(isValidTimeZone('Europe/London'), true);
    assert.equal(isValidTimeZone('Mars/Olympus'), false);
  });
});
