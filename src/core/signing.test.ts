import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Signer } from './signing.ts';

describe('Signer', () => {
  const signer = new Signer('a-secret-of-some-length-for-tests');
  it('round-trips a value for its purpose only', () => {
    const signed = signer.sign('form-time', '1700000000000');
    assert.equal(signer.verify('form-time', signed), '1700000000000');
    assert.equal(signer.verify('held', signed), undefined);
  });
  it('refuses a changed value or signature', () => {
    const signed = signer.sign('held', '12,13');
    assert.equal(signer.verify('held', signed.replace('12', '14')), undefined);
    assert.equal(signer.verify('held', `${signed}x`), undefined);
    assert.equal(signer.verify('held', 'nodot'), undefined);
    assert.equal(new Signer('another-secret-entirely-different').verify('held', signed), undefined);
  });
});
