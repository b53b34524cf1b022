import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rulesFor, SpamEngine } from './classifier.ts';
import { FEATURE_VERSION } from './features.ts';
import { hashString, NS } from './hash.ts';
import { ShippedModel, type ModelHeader } from './model.ts';
import { EMPTY_SITE, type SiteModelSnapshot } from './site-model.ts';

// A model that knows two words: "pills" (+1) and "council" (-2); spam from p = 0.75, discard
// from p = 0.999. The text features of a one-word text have the value 3, so "pills" alone is
// +3 log-odds.
function tinyModel(): ShippedModel {
  const weights = new Float32Array(1 << 10);
  weights[hashString('pills', NS.word) & 1023] = 1;
  weights[hashString('council', NS.word) & 1023] = -2;
  const header = { format: 'masthead-spam-model', featureVersion: FEATURE_VERSION, bits: 10, bias: 0, thresholds: { spam: 0.75, blatant: 0.999 } } as ModelHeader;
  return new ShippedModel(header, weights);
}

const engine = new SpamEngine(tinyModel());

describe('SpamEngine with a tiny model', () => {
  it('adds the weights of the words present', () => {
    const j = engine.classify({ comment: 'pills' });
    assert.equal(j.parts.shipped, 3);
    assert.equal(j.verdict, 'spam');
    assert.ok(Math.abs(j.probability - 1 / (1 + Math.exp(-3))) < 1e-12);
    assert.deepEqual(j.reasons, ['Spam probability 95 % (spam from 75 %).', 'Words typical of spam: “pills”.']);
  });

  it('passes text without evidence: the bias is 0 and the threshold above even', () => {
    const j = engine.classify({ comment: 'hello there' });
    assert.equal(j.logit, 0);
    assert.equal(j.verdict, 'ham');
  });

  it('lets reader evidence outweigh spam evidence', () => {
    // Words pills, council and the pairs "pills council", "council council": value 3 / √4 each.
    const j = engine.classify({ comment: 'pills council council' });
    assert.equal(j.parts.shipped, 1.5 * 1 + 1.5 * -2);
    assert.equal(j.verdict, 'ham');
    assert.deepEqual(j.reasons, ['Spam probability 18 % (spam from 75 %).', 'Words typical of readers’ comments: “council”.']);
  });

  it('adds the site’s lessons', () => {
    const hello = hashString('hello', NS.word);
    const site: SiteModelSnapshot = { ...EMPTY_SITE, lessons: { spam: 1, ham: 0 }, weights: new Map([[hello, 8]]) };
    const features = engine.features({ comment: 'hello' });
    const j = engine.judge(features, { comment: 'hello' }, site);
    // One text feature: its site value is 1.
    assert.equal(j.parts.site, 8);
    assert.equal(j.verdict, 'discard');
    assert.deepEqual(j.reasons.slice(1), ['Learned from this site’s moderators: “hello”.']);
  });

  it('adds a near copy of a judged comment apart from the site’s weights, and never discards for it', () => {
    const site: SiteModelSnapshot = { ...EMPTY_SITE, lessons: { spam: 1, ham: 0 }, nearest: [{ label: 'spam', shared: 24, learnedAt: '2026-11-27T08:00:00.000Z' }] };
    const j = engine.judge(engine.features({ comment: 'pills' }), { comment: 'pills' }, site);
    assert.deepEqual(j.parts, { shipped: 3, site: 0, nearDuplicate: 6, rules: 0 });
    assert.equal(j.logit, 9);
    // 9 is past the discard threshold (6.9), but without the copy's pull it is 3: held as spam, not dropped.
    assert.equal(j.verdict, 'spam');
    assert.ok(j.reasons.includes('Nearly the same as a comment marked spam here on 2026-11-27 (about 100 % alike).'));
  });

  it('discards on the honeypot alone', () => {
    const j = engine.classify({ comment: 'council council', honeypot: 'x' });
    assert.equal(j.verdict, 'discard');
    assert.ok(j.reasons.includes('Filled in the hidden field that only robots see.'));
  });
});

describe('rules', () => {
  it('weighs fill time, history, link markup and web addresses in the name', () => {
    assert.deepEqual(rulesFor({ comment: 'x', fillSeconds: 1.2 }), [{ logit: 5, reason: 'Sent 1.2 s after the form was shown.' }]);
    // Between 2 and 5 s only a text longer than 12 characters a second could be typed is evidence.
    assert.deepEqual(rulesFor({ comment: 'x'.repeat(37), fillSeconds: 3 }), [{ logit: 1.5, reason: 'Sent only 3.0 s after the form was shown, too soon to have typed its 37 characters.' }]);
    assert.deepEqual(rulesFor({ comment: 'x'.repeat(36), fillSeconds: 3 }), []);
    // Counted as typed: 30 emoji are 60 UTF-16 units but 30 keys, under 36.
    assert.deepEqual(rulesFor({ comment: '🌳'.repeat(30), fillSeconds: 3 }).filter((r) => r.logit > 0), []);
    assert.deepEqual(rulesFor({ comment: 'Thank you, well put!', fillSeconds: 2.5 }), []);
    assert.deepEqual(rulesFor({ comment: 'x', fillSeconds: 40 }), []);
    // Only emoji or punctuation: nothing to sell; blank text is not a reaction.
    assert.deepEqual(rulesFor({ comment: '👏👏👏 !' }), [{ logit: -2, reason: 'No words or links in the text: nothing in it to sell.' }]);
    assert.deepEqual(rulesFor({ comment: '👏👏👏 !', url: 'https://shop.example' }), [], 'a website given: the reaction may be selling it');
    assert.deepEqual(rulesFor({ comment: '  ' }), []);
    assert.deepEqual(rulesFor({ comment: 'Bravo 👏' }), []);
    assert.deepEqual(rulesFor({ comment: 'x', history: { approved: 3, spam: 0 } }), [{ logit: 2 * Math.log(1 / 4), reason: 'This email address has 3 approved and 0 spam comments here.' }]);
    assert.deepEqual(rulesFor({ comment: 'x', history: { approved: 0, spam: 0 } }), []);
    assert.deepEqual(rulesFor({ comment: 'see [url=http://a.example]this[/url]' }).map((r) => r.logit), [1.5]);
    assert.deepEqual(rulesFor({ comment: 'x', author: 'Cheap Pills www.pills.example' }).map((r) => r.logit), [2]);
  });

  it('lets a reader with approved comments outweigh a borderline text', () => {
    const j = engine.classify({ comment: 'pills', history: { approved: 2, spam: 0 } });
    assert.equal(j.verdict, 'ham');
    assert.ok(j.reasons.includes('This email address has 2 approved and 0 spam comments here.'));
  });
});

describe('the shipped engine', () => {
  const shipped = SpamEngine.load();
  it('passes ordinary readers’ comments and flags obvious spam', () => {
    for (const comment of [
      'Does anyone know when the ferry timetable changes? The article says winter but not the date.',
      'I live near the bridge and the traffic has doubled since the tolls changed.',
    ]) assert.equal(shipped.classify({ comment, language: 'en' }).verdict, 'ham', comment);
    for (const comment of [
      'Buy cheap viagra online without prescription, click here http://pills.example.ru',
      'FREE MONEY!!! Click here to claim your prize now, limited offer, act now http://win.example.biz',
    ]) assert.notEqual(shipped.classify({ comment, language: 'en' }).verdict, 'ham', comment);
  });

  it('passes a reaction made only of emoji, saying why, and still reads the fields around it', () => {
    const clap = shipped.classify({ comment: '👏👏👏', language: 'en' });
    assert.equal(clap.verdict, 'ham');
    assert.ok(clap.parts.rules <= -2 && clap.reasons.includes('No words or links in the text: nothing in it to sell.'), clap.reasons.join(' | '));
    // Words or a link in the text: the rule does not apply.
    assert.ok(!shipped.classify({ comment: '👏 http://pills.example.ru', language: 'en' }).reasons.some((r) => r.startsWith('No words')));
    assert.ok(!shipped.classify({ comment: 'Bravo 👏', language: 'en' }).reasons.some((r) => r.startsWith('No words')));
  });
});
