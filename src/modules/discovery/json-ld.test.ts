import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../articles/article.ts';
import type { Author } from '../authors/author.ts';
import type { Publication } from '../publication/publication.ts';
import { articleJsonLd, htmlToText } from './json-ld.ts';

const publication: Publication = {
  name: 'The Review', tagline: '', issn: '2753-4189', logoUrl: '/logo.png', language: 'en-GB', timeZone: 'Europe/London', accentColor: '#000',
};
const article: Article = {
  id: 1, slug: 's', title: 'Headline', dek: '', sectionId: 1, bodyMarkdown: '', bodyHtml: '', excerpt: 'Summary', status: 'published',
  publishedAt: '2019-06-12T07:30:00.000Z', revisedAt: null, featuredImage: null, syndication: null, commentsOpen: true,
  createdAt: '', modifiedAt: '',
};
const author = (name: string, slug: string): Author => ({ id: 1, slug, name, roleTitle: '', bio: '', photoUrl: null, links: [], bylineOnly: false });

describe('articleJsonLd', () => {
  const ctx = { publication, publicUrl: 'https://review.example' };
  const build = (overrides: Partial<Parameters<typeof articleJsonLd>[1]> = {}) =>
    articleJsonLd(ctx, {
      article,
      section: { id: 1, slug: 'opinion', name: 'Opinion', description: '', articleType: 'OpinionNewsArticle', position: 0 },
      authors: [{ author: author('A One', 'a-one'), path: '/authors/a-one' }, { author: author('B Two', 'b-two'), path: '/authors/b-two' }],
      tags: [],
      entries: [],
      updatedAt: undefined,
      url: 'https://review.example/articles/s',
      ...overrides,
    });

  it('types the article by its section and credits every author as a Person', () => {
    const data = build();
    assert.equal(data['@type'], 'OpinionNewsArticle');
    assert.deepEqual(data.author, [
      { '@type': 'Person', name: 'A One', url: 'https://review.example/authors/a-one' },
      { '@type': 'Person', name: 'B Two', url: 'https://review.example/authors/b-two' },
    ]);
  });

  it('names the publisher and the periodical with its ISSN', () => {
    const data = build();
    assert.deepEqual(data.publisher, {
      '@type': 'NewsMediaOrganization', name: 'The Review', url: 'https://review.example/',
      logo: { '@type': 'ImageObject', url: 'https://review.example/logo.png' },
    });
    assert.equal((data.isPartOf as Record<string, unknown>)['@type'], 'Periodical');
    assert.equal((data.isPartOf as Record<string, unknown>).issn, '2753-4189');
  });

  it('lists corrections and moves dateModified with the update', () => {
    const data = build({
      updatedAt: '2025-02-10T10:00:00.000Z',
      entries: [
        { id: 1, articleId: 1, authorId: null, kind: 'correction', bodyHtml: '<p>Fixed &amp; checked.</p>', entryDate: '2019-06-19T10:00:00.000Z', signedBy: 'Eds' },
        { id: 2, articleId: 1, authorId: null, kind: 'editors_note', bodyHtml: '<p>Note.</p>', entryDate: '2025-02-10T10:00:00.000Z', signedBy: 'Eds' },
      ],
    });
    assert.equal(data.dateModified, '2025-02-10T10:00:00.000Z');
    assert.deepEqual(data.correction, [{ '@type': 'CorrectionComment', datePublished: '2019-06-19T10:00:00.000Z', text: 'Fixed & checked.' }]);
  });

  it('points a syndicated article at its original', () => {
    const data = build({
      article: { ...article, syndication: { outlet: 'Ledger', outletUrl: 'https://ledger.example', originalUrl: 'https://ledger.example/a', originalDate: '2026-10-21T06:00:00.000Z', licence: 'With permission', policy: 'canonical' } },
    });
    assert.equal((data.isBasedOn as Record<string, unknown>).url, 'https://ledger.example/a');
    assert.equal(data.license, 'With permission');
  });
});

describe('htmlToText', () => {
  it('strips tags and decodes the entities sanitised HTML uses', () => {
    assert.equal(htmlToText('<p>A &lt;b&gt; &amp; &quot;c&quot;</p>\n<p>d</p>'), 'A <b> & "c" d');
  });
});
