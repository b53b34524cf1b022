import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkArticleDraft, isPubliclyVisible, publicUpdatedAt, type ArticleDraft } from './article.ts';

describe('isPubliclyVisible', () => {
  const now = '2026-11-28T12:00:00.000Z';
  it('shows published articles whose time has come', () => {
    assert.equal(isPubliclyVisible('published', '2026-11-01T00:00:00.000Z', now), true);
  });
  it('shows a scheduled article only from its time on', () => {
    assert.equal(isPubliclyVisible('scheduled', '2026-11-28T12:00:00.001Z', now), false);
    assert.equal(isPubliclyVisible('scheduled', '2026-11-28T12:00:00.000Z', now), true);
  });
  it('never shows drafts', () => {
    assert.equal(isPubliclyVisible('draft', '2020-01-01T00:00:00.000Z', now), false);
    assert.equal(isPubliclyVisible('published', null, now), false);
  });
});

describe('publicUpdatedAt', () => {
  const published = '2019-06-12T07:30:00.000Z';
  it('is undefined when nothing happened after publication', () => {
    assert.equal(publicUpdatedAt(published, null, []), undefined);
    assert.equal(publicUpdatedAt(published, null, ['2019-06-01T00:00:00.000Z']), undefined);
  });
  it('takes the latest editorial entry or substantive revision', () => {
    assert.equal(publicUpdatedAt(published, null, ['2019-06-19T10:00:00.000Z', '2025-02-10T10:00:00.000Z']), '2025-02-10T10:00:00.000Z');
    assert.equal(publicUpdatedAt(published, '2026-01-01T00:00:00.000Z', ['2025-02-10T10:00:00.000Z']), '2026-01-01T00:00:00.000Z');
  });
});

describe('checkArticleDraft', () => {
  const valid: ArticleDraft = {
    slug: 'a-b',
    title: 'A headline',
    sectionId: 1,
    authorIds: [1],
    status: 'published',
    publishedAt: '2026-01-01T00:00:00Z',
    syndication: null,
  };
  it('accepts a complete article', () => {
    assert.deepEqual(checkArticleDraft(valid), []);
  });
  it('reports every problem with its field', () => {
    const problems = checkArticleDraft({
      ...valid,
      title: '  ',
      slug: 'Bad Slug',
      authorIds: [],
      publishedAt: null,
      syndication: { outlet: '', outletUrl: null, originalUrl: 'javascript:alert(1)', originalDate: null, licence: null, policy: 'canonical' },
    });
    assert.deepEqual(problems.map((p) => p.field), ['title', 'slug', 'authorIds', 'publishedAt', 'syndication', 'syndication']);
  });
  it('reports an empty headline once, not also at the slug made from it', () => {
    assert.deepEqual(checkArticleDraft({ ...valid, title: '', slug: '' }).map((p) => p.field), ['title']);
    assert.deepEqual(checkArticleDraft({ ...valid, title: '!!!', slug: '' }).map((p) => p.message), ['Give a slug: the headline has no letters or digits to make one from.']);
  });
  it('lets a draft go without authors or a date', () => {
    assert.deepEqual(checkArticleDraft({ ...valid, status: 'draft', authorIds: [], publishedAt: null }), []);
  });
  it('refuses the same author twice in a byline', () => {
    assert.deepEqual(checkArticleDraft({ ...valid, authorIds: [2, 2] }).map((p) => p.field), ['authorIds']);
  });
});
