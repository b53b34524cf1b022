import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFeatures } from './features.ts';
import { combine, hashString, NS } from './hash.ts';
import { dominantScript, findLinks, hostOfUrl, registrableDomain, scriptsOfLanguage } from './text.ts';

const wordHash = (w: string) => hashString(w, NS.word);
// The named features the site model reads and reasons show (not the length, which the shipped model alone reads).
const contextNames = (comment: string, extra: object = {}) => {
  const f = extractFeatures({ comment, ...extra });
  return [...f.names.entries()].filter(([i]) => i < f.siteCount).map(([, name]) => name);
};

describe('hashing', () => {
  // Literals from an independent Python implementation of FNV-1a + murmur3's finaliser.
  it('hashes strings per namespace', () => {
    assert.equal(hashString('', 0), 2872998923);
    assert.equal(wordHash('viagra'), 2613650546);
    assert.equal(wordHash('free'), 2664448916);
  });
  it('combines a word pair in order', () => {
    assert.equal(combine(wordHash('free'), wordHash('money')), 3438339563);
    assert.notEqual(combine(wordHash('money'), wordHash('free')), 3438339563);
  });
});

describe('extractFeatures', () => {
  it('reads words, pairs and number shapes once each, case-folded', () => {
    const f = extractFeatures({ comment: 'Free money, FREE money! Call 0800 123' });
    const has = (h: number) => f.hashes.includes(h);
    assert.ok(has(wordHash('free')) && has(wordHash('money')) && has(wordHash('call')));
    assert.ok(has(combine(wordHash('free'), wordHash('money'))));
    assert.ok(has(combine(wordHash('money'), wordHash('free'))));
    assert.ok(has(hashString('0000', NS.shape)) && has(hashString('000', NS.shape)));
    // free, money, call, 0800, 123 + 5 distinct pairs + 2 shapes; repeats add nothing.
    assert.equal(f.textCount, 12);
    assert.equal(f.tokens, 7);
    assert.equal(new Set(f.hashes).size, f.hashes.length);
  });

  it('gives the text features together a length of 3 for the shipped model and a share of length 1 for the site model', () => {
    const f = extractFeatures({ comment: 'one two three four' });
    const text = [...f.hashes.keys()].filter((i) => i < f.textCount);
    assert.equal(text.length, 7);
    for (const i of text) {
      assert.ok(Math.abs(f.values[i]! - 3 / Math.sqrt(7)) < 1e-6);
      assert.ok(Math.abs(f.siteValues[i]! - 1 / Math.sqrt(7)) < 1e-7);
    }
    // A long text's words weigh as much together as a short one's.
    const long = extractFeatures({ comment: 'lorem ipsum dolor sit amet '.repeat(40) + 'and many more different words here' });
    let squared = 0;
    for (let i = 0; i < long.textCount; i++) squared += long.values[i]! ** 2;
    assert.ok(Math.abs(squared - 9) < 1e-4);
  });

  it('gives the site model the context that names someone, and not the traits most comments share', () => {
    const f = extractFeatures({ comment: 'Lovely piece, thank you!', author: 'Jo Mack', email: 'jo.mack@example.com', url: '' });
    const site = new Map<string, number>();
    for (const [i, name] of f.names) if (i < f.siteCount) site.set(name, f.siteValues[i]!);
    // Traits: the shipped model weighs them, the site model does not read them.
    for (const trait of ['a name of 2 words', 'an address under .com', 'the email address matches the name', 'no website', '1 exclamation mark']) assert.equal(site.get(trait), 0, trait);
    // What names this commenter: the name's words and the email's domain.
    for (const own of ['“jo” in the name', '“mack” in the name', 'an address at example.com']) assert.ok(site.get(own)! > 0, own);
    // Those three take a quarter of the squared length; the text's 7 words and pairs the rest.
    assert.ok(Math.abs(site.get('an address at example.com')! - Math.sqrt(0.25 / 3)) < 1e-7);
    let squared = 0;
    for (const v of f.siteValues) squared += v * v;
    assert.ok(Math.abs(squared - 1) < 1e-6);
    // The shipped model reads the traits like the rest of the context.
    const index = [...f.names].find(([, name]) => name === 'a name of 2 words')![0];
    assert.equal(f.values[index], 0.5);
  });

  it('sorts every kind of context into what names someone and what describes them', () => {
    const f = extractFeatures({
      comment: 'Best prices at https://deals.example.ru/today today!!',
      author: 'Cheap Deals 2024 www.deals.example.ru',
      email: 'sales1234@mail.example.net',
      url: 'https://deals.example.ru/shop/today',
      userAgent: 'curl/8.0',
    });
    const named = [...f.names].filter(([i]) => i < f.siteCount);
    const read = named.filter(([i]) => f.siteValues[i]! > 0).map(([, name]) => name);
    const traits = named.filter(([i]) => f.siteValues[i] === 0).map(([, name]) => name);
    // A link's top-level domain is read: links are rare in readers' comments, and a campaign
    // changes domains more often than it changes registries (ADR 0007).
    assert.deepEqual(read.sort(), ['a website at example.ru', 'an address at mail.example.net', 'link to a .ru address', 'link to example.ru', '“2024” in the name', '“cheap” in the name', '“deals” in the name', '“example” in the name', '“ru” in the name', '“www” in the name'].sort());
    assert.deepEqual(traits.sort(), [
      '1 link', '2 exclamation marks', 'a deep link as website', 'a name of 4 words', 'a script user agent', 'a web address in the name', 'a website under .ru', 'an address under .net',
      'digits in the name', 'many digits in the email address', 'the email address does not resemble the name', 'the text links to the website given', 'the website and email domains differ',
    ].sort());
  });

  it('adds, for the shipped model only, the length in words and the character n-grams of short texts', () => {
    const short = extractFeatures({ comment: 'Txt WIN to 87121' });
    assert.equal(short.hashes[short.siteCount], hashString('length:2', NS.stat));
    // 16 characters: 14 + 13 + 12 n-grams of 3, 4 and 5 characters, all distinct here.
    assert.equal(short.hashes.length - short.siteCount, 1 + 14 + 13 + 12);
    for (let i = short.siteCount; i < short.hashes.length; i++) assert.equal(short.siteValues[i], 0);
    let squared = 0;
    for (let i = short.siteCount + 1; i < short.hashes.length; i++) squared += short.values[i]! ** 2;
    assert.ok(Math.abs(squared - 9) < 1e-4);
    const long = extractFeatures({ comment: 'word '.repeat(50) });
    assert.equal(long.hashes.length - long.siteCount, 1);
  });

  it('points text features back at the words behind them, for reasons', () => {
    const f = extractFeatures({ comment: 'Cheap Pills here' });
    const i = f.hashes.indexOf(combine(wordHash('cheap'), wordHash('pills')));
    assert.equal(f.text.slice(f.spanStart[i]!, f.spanEnd[i]!), 'cheap pills');
  });

  it('names link, count and context features', () => {
    assert.deepEqual(contextNames('See http://www.pills.example.ru/buy and https://b.example.com now!!'), [
      'link to example.ru',
      'link to a .ru address',
      'link to example.com',
      'link to a .com address',
      '2 links',
      '2 exclamation marks',
    ]);
    assert.deepEqual(contextNames('hello', { author: 'Best SEO www.seo.example', email: 'seo4711@mail.ru', url: 'http://shop.example.ru/a/b', userAgent: 'python-requests/2.31' }), [
      '“best” in the name',
      '“seo” in the name',
      '“www” in the name',
      '“example” in the name',
      'a web address in the name',
      'a name of 3 words',
      'an address at mail.ru',
      'an address under .ru',
      'the email address matches the name',
      'many digits in the email address',
      'a website at example.ru',
      'a website under .ru',
      'the website and email domains differ',
      'a deep link as website',
      'a script user agent',
    ]);
  });

  it('reads a link in HTML markup as its address, never the link tag as words', () => {
    const comment = 'See <a href="https://data.example.org/x" rel="nofollow ugc">the data</a>, now.';
    const f = extractFeatures({ comment });
    assert.equal(f.text.length, comment.length, 'positions kept for the reasons');
    assert.deepEqual(f.links.hosts, ['data.example.org']);
    for (const w of ['a', 'href', 'rel', 'nofollow', 'ugc']) assert.ok(!Array.from(f.hashes).includes(wordHash(w)), w);
    for (const w of ['see', 'https', 'data', 'now']) assert.ok(Array.from(f.hashes).includes(wordHash(w)), w);
  });

  it('adds no evidence for what is absent: no links, no exclamation marks, short text of unknown language', () => {
    assert.deepEqual(contextNames('ok see you at six'), []);
  });

  it('compares the language and script with the publication’s', () => {
    const english = 'I think the council is right and that we should have a vote on it';
    assert.deepEqual(contextNames(english, { language: 'en' }), ['in the journal’s language']);
    assert.deepEqual(contextNames('Wir suchen Darsteller und du bist nicht zu alt, wenn du mit uns auf die Reise gehst', { language: 'en' }), ['apparently in another language (de)']);
    assert.deepEqual(contextNames('Wir suchen Darsteller und du bist nicht zu alt, wenn du mit uns auf die Reise gehst', { language: 'de-AT' }), ['in the journal’s language']);
    assert.deepEqual(contextNames('Лучшие цены на лекарства без рецепта', { language: 'en-GB' }), ['written in cyrillic script']);
    assert.deepEqual(contextNames('Лучшие цены на лекарства без рецепта', { language: 'ru' }), []);
  });

  it('folds look-alike characters before reading words', () => {
    const f = extractFeatures({ comment: 'ＦＲＥＥ' });
    assert.ok(f.hashes.includes(wordHash('free')));
  });

  it('reads at most 20,000 characters', () => {
    const f = extractFeatures({ comment: `${'a '.repeat(10_000)}zebra` });
    assert.ok(!f.hashes.includes(wordHash('zebra')));
  });
});

describe('text facts', () => {
  it('finds links and their hosts', () => {
    assert.deepEqual(findLinks('a https://WWW.Example.org/x, http://example.org/y and www.shop.example.co.uk.'), { count: 3, hosts: ['example.org', 'shop.example.co.uk'] });
  });
  it('reduces hosts to what their owner registered', () => {
    assert.equal(registrableDomain('a.b.example.com'), 'example.com');
    assert.equal(registrableDomain('shop.example.co.uk'), 'example.co.uk');
    assert.equal(hostOfUrl('https://www.Blog.example.net/about'), 'blog.example.net');
    assert.equal(hostOfUrl('not a url'), '');
  });
  it('tells the dominant script', () => {
    assert.deepEqual(dominantScript('plain words'), { script: 'latin', share: 1, letters: 10 });
    assert.equal(dominantScript('日本語のテキスト and a little English').script, 'latin');
    assert.equal(dominantScript('日本語のテキストです、とても長い文章').script, 'kana');
    assert.deepEqual(scriptsOfLanguage('ja-JP'), ['han', 'kana', 'latin']);
  });
});
