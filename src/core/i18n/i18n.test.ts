import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime, plural, translator } from './i18n.ts';

describe('translator', () => {
  it('fills parameters and falls back to English', () => {
    const t = translator('fr-FR');
    assert.equal(t('site.issn', { issn: '2753-4189' }), 'ISSN 2753-4189');
    assert.equal(t('article.published'), 'Published');
  });
  it('leaves unknown parameters visible rather than blank', () => {
    assert.equal(translator('en')('site.issn'), 'ISSN {issn}');
  });
  it('chooses plural forms', () => {
    const t = translator('en-GB');
    assert.equal(plural(t, 'en-GB', 'comments.heading', 0), 'Comments');
    assert.equal(plural(t, 'en-GB', 'comments.heading', 1), '1 comment');
    assert.equal(plural(t, 'en-GB', 'comments.heading', 7), '7 comments');
    assert.equal(plural(t, 'en-GB', 'archive.articleCount', 0), '0 articles');
  });
});

describe('dates', () => {
  it('formats in the publication language and time zone', () => {
    // 23:30 UTC on 31 March is already 1 April in London (BST).
    assert.equal(formatDate('2026-03-31T23:30:00Z', { language: 'en-GB', timeZone: 'Europe/London' }), '1 April 2026');
    assert.equal(formatDate('2026-03-31T23:30:00Z', { language: 'en-US', timeZone: 'America/Toronto' }), 'March 31, 2026');
    assert.equal(formatDateTime('2026-01-05T09:05:00Z', { language: 'en-GB', timeZone: 'Europe/London' }), '5 January 2026 at 09:05');
  });
});
