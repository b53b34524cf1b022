import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SpamEngine } from './engine/classifier.ts';
import { InMemorySiteModelStore, type SiteModelStore } from './engine/site-model.ts';
import { EngineSpamChecker, LOCAL_SITE } from './engine-spam-checker.ts';
import type { SpamCheckInput } from './spam-checker.ts';
import { campaignComment } from '../../../test/support/spam-campaign.ts';

const engine = SpamEngine.load();
const reader = { author: 'Mara Quinn', email: 'mara@example.org', url: '', ip: '192.0.2.1', userAgent: 'Mozilla/5.0', language: 'en' };
const input = (comment: string, extra: Partial<SpamCheckInput> = {}): SpamCheckInput => ({ ...reader, comment, ...extra });

describe('EngineSpamChecker', () => {
  it('answers ham, spam and blatant spam as the port’s results', async () => {
    const checker = new EngineSpamChecker(engine, new InMemorySiteModelStore());
    const ham = await checker.check(input('The toll figures in paragraph four look low; the council minutes say otherwise.'));
    assert.equal(ham.kind, 'ham');
    const spam = await checker.check(input('Buy cheap viagra online, click here http://pills.example.ru'));
    assert.ok(spam.kind === 'spam' && !spam.blatant);
    assert.ok(spam.reasons.some((r) => r.startsWith('Words typical of spam: ')));
    const robot = await checker.check({ ...input('Nice post.'), honeypot: 'http://x.example' });
    assert.ok(robot.kind === 'spam' && robot.blatant);
  });

  it('fails, rather than throwing, when the site’s lessons cannot be read', async () => {
    const broken: SiteModelStore = {
      read: async () => Promise.reject(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })),
      learn: async () => {},
    };
    const result = await new EngineSpamChecker(engine, broken).check(input('Hello'));
    assert.deepEqual(result, { kind: 'failed', reason: 'the spam engine could not read this site’s lessons (SQLITE_BUSY)' });
  });

  it('moves later verdicts after a few corrections, on this site only', async () => {
    const store = new InMemorySiteModelStore();
    const checker = new EngineSpamChecker(engine, store);
    const campaign = campaignComment;
    const before = await checker.judge(LOCAL_SITE, campaign(9));
    assert.equal(before.judgement.verdict, 'ham');
    for (let n = 1; n <= 3; n++) await checker.learn(LOCAL_SITE, campaign(n), 'spam');
    const after = await checker.judge(LOCAL_SITE, campaign(9));
    assert.notEqual(after.judgement.verdict, 'ham');
    assert.ok(after.judgement.parts.site > 2, `site shift ${after.judgement.parts.site}`);
    assert.equal((await checker.checkForSite('key:7', campaign(9))).kind, 'ham');
    // An ordinary comment is hardly touched by the campaign's lessons.
    const bystander = await checker.judge(LOCAL_SITE, input('Does anyone know when the ferry timetable changes?'));
    assert.equal(bystander.judgement.verdict, 'ham');
    assert.ok(Math.abs(bystander.judgement.parts.site) < 0.5);
  });

  it('learns who the spammers are, not the traits they share with readers', async () => {
    const checker = new EngineSpamChecker(engine, new InMemorySiteModelStore());
    for (let n = 1; n <= 5; n++) await checker.learn(LOCAL_SITE, campaignComment(n), 'spam');
    // A reader with the campaign's traits (a name of two words, an address and a website under
    // .example), none of its words and none of its domains: the lessons do not touch her.
    const reader = { ...campaignComment(0), comment: 'Spot on.', author: 'Ana Ruiz', email: 'ana@mailbox.example', url: 'https://anaruiz.example' };
    const judged = await checker.judge(LOCAL_SITE, reader);
    assert.equal(judged.judgement.parts.site, 0);
    // The campaign's own website, under another name and address, is what was learned.
    const sameSite = await checker.judge(LOCAL_SITE, { ...reader, url: 'https://harbourtrips.example' });
    assert.ok(sameSite.judgement.parts.site > 0.1, `site shift ${sameSite.judgement.parts.site}`);
  });

  it('learns a rescue: a reader wrongly flagged passes next time', async () => {
    const checker = new EngineSpamChecker(engine, new InMemorySiteModelStore());
    const text = 'Free entry to the allotment open day, call 0800 555 0199 to claim your place, limited offer!';
    assert.equal((await checker.check(input(text))).kind, 'spam');
    await checker.learn(LOCAL_SITE, input(text), 'ham');
    assert.equal((await checker.check(input(text))).kind, 'ham');
  });

  it('catches the rest of a campaign once a moderator marks one copy spam, and names the copy as the reason', async () => {
    const checker = new EngineSpamChecker(engine, new InMemorySiteModelStore(() => new Date('2026-11-27T08:00:00Z')));
    const pitch = (topic: string, relative: string, season: string) =>
      `I have been reading your pieces on ${topic} for a while now and wanted to say the last one was spot on. My ${relative} runs a small removals firm in Leith and we would be glad to help any readers moving house this ${season}, just mention this journal when you call.`;
    const first = pitch('the harbour redevelopment', 'cousin', 'winter');
    const next = input(pitch('the school budget', 'brother', 'spring'), { author: 'Jo Mack', email: 'jo@example.net' });
    assert.equal((await checker.check(next)).kind, 'ham');
    await checker.learn(LOCAL_SITE, input(first), 'spam');
    const caught = await checker.check(next);
    assert.equal(caught.kind, 'spam');
    assert.ok(caught.reasons.some((r) => /^Nearly the same as a comment marked spam here on 2026-11-27 \(about \d+ % alike\)\.$/.test(r)), caught.reasons.join(' | '));
    // A reader on the same subject, in other words, is not touched by it.
    const reader = await checker.judge(LOCAL_SITE, input('The removals firms in Leith were all booked up when we moved last winter; the council should publish the harbour plans before anyone else has to.'));
    assert.equal(reader.judgement.verdict, 'ham');
    assert.ok(!reader.judgement.reasons.some((r) => r.startsWith('Nearly the same')));
  });

  it('learns a lesson from the judgement without the near copy’s pull', async () => {
    // The same lessons twice over, once with fingerprints and once without: the learned weights
    // must come out equal, because the second lesson's step is taken from the score without the
    // first lesson's near-copy bonus.
    const text = input('My cousin runs a small removals firm in Leith and we would be glad to help any readers moving house this winter, just mention this journal when you call us.');
    const withCopies = new EngineSpamChecker(engine, new InMemorySiteModelStore());
    const plain = new InMemorySiteModelStore();
    const withoutCopies = new EngineSpamChecker(engine, { read: (site, hashes) => plain.read(site, hashes), learn: (site, lesson) => plain.learn(site, { ...lesson, fingerprint: [] }) });
    for (const checker of [withCopies, withoutCopies]) for (let i = 0; i < 2; i++) await checker.learn(LOCAL_SITE, text, 'spam');
    const a = (await withCopies.judge(LOCAL_SITE, text)).judgement;
    const b = (await withoutCopies.judge(LOCAL_SITE, text)).judgement;
    assert.ok(a.parts.nearDuplicate > 0 && b.parts.nearDuplicate === 0);
    assert.ok(Math.abs(a.parts.site - b.parts.site) < 1e-9, `site weights ${a.parts.site} against ${b.parts.site}`);
  });
});
