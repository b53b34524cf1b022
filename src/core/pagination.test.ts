import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from './errors.ts';
import { assertPageInRange, parsePageParam, toPaged } from './pagination.ts';

describe('parsePageParam', () => {
  it('defaults to the first page', () => {
    assert.deepEqual(parsePageParam(undefined, 12), { page: 1, perPage: 12, offset: 0 });
    assert.deepEqual(parsePageParam('', 12), { page: 1, perPage: 12, offset: 0 });
  });
  it('computes the offset', () => {
    assert.deepEqual(parsePageParam('3', 12), { page: 3, perPage: 12, offset: 24 });
  });
  for (const raw of ['0', '-1', 'abc', '1.5', '1e309', '01', ' 2', '99999999', ['1', '2']]) {
    it(`refuses ${JSON.stringify(raw)} with BAD_PAGE_NUMBER`, () => {
      assert.throws(() => parsePageParam(raw, 12), (e: unknown) => e instanceof AppError && e.code === 'BAD_PAGE_NUMBER' && e.status === 400);
    });
  }
});

describe('page range', () => {
  it('accepts page 1 of an empty archive and refuses pages past the end', () => {
    assertPageInRange(toPaged([], 0, parsePageParam('1', 10)));
    assert.equal(toPaged([], 25, parsePageParam('3', 10)).pageCount, 3);
    assert.throws(() => assertPageInRange(toPaged([], 25, parsePageParam('4', 10))), (e: unknown) => e instanceof AppError && e.status === 404);
  });
});
