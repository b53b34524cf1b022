import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDiscussionSettings } from './discussion-settings.ts';
import { countLinks, runPipeline, type PipelineContext, type Submission } from './pipeline.ts';

const submission = (over: Partial<Submission> = {}): Submission => ({
  articleId: 1, parentId: null, author: 'Ruth Abara', email: 'ruth@example.org', url: '', comment: 'A fair point about the tolls.',
  ip: '192.0.2.5', userAgent: 'Mozilla/5.0', honeypot: '', fillSeconds: 40, ...over,
});
const context = (over: Partial<PipelineContext> = {}): PipelineContext => ({
  settings: { ...defaultDiscussionSettings }, article: { commentsOpen: true, publishedAt: '2026-11-01T00:00:00Z' }, now: new Date('2026-11-28T12:00:00Z'),
  recentFromSender: 0, duplicate: false, previouslyApproved: true, blocked: false, parentOk: true, spam: { kind: 'ham', reasons: [] }, ...over,
});
const statusOf = (s: Submission, c: PipelineContext) => {
  const result = runPipeline(s, c);
  return result.accepted ? result.verdict.status : result.refused;
};

describe('moderation pipeline', () => {
  it('approves a returning author with an ordinary comment', () => {
    assert.equal(statusOf(submission(), context()), 'approved');
  });
  it('holds a first-time author', () => {
    const result = runPipeline(submission(), context({ previouslyApproved: false }));
    assert.ok(result.accepted);
    assert.equal(result.verdict.status, 'pending');
    assert.deepEqual(result.verdict.reasons, ['First comment from this author: held for a moderator.']);
  });
  it('refuses comments on a closed article, and after the closing age', () => {
    assert.equal(statusOf(submission(), context({ article: { commentsOpen: false, publishedAt: '2026-11-01T00:00:00Z' } })), 'closed');
    const settings = { ...defaultDiscussionSettings, closeAfterDays: 14 };
    assert.equal(statusOf(submission(), context({ settings })), 'closed');
    assert.equal(statusOf(submission(), context({ settings, article: { commentsOpen: true, publishedAt: '2026-11-20T00:00:00Z' } })), 'approved');
  });
  it('reports every bad field at once, in WordPress’s limits, never truncating', () => {
    const result = runPipeline(submission({ comment: ' ', author: '', email: 'not-an-email', url: 'javascript:alert(1)' }), context());
    assert.ok(!result.accepted && result.refused === 'invalid');
    assert.deepEqual(Object.keys(result.fields).sort(), ['author', 'comment', 'email', 'url']);
    const long = runPipeline(submission({ author: 'x'.repeat(246) }), context());
    assert.ok(!long.accepted && long.refused === 'invalid' && /246 characters long; the limit is 245/.test(long.fields.author!));
    assert.equal(statusOf(submission({ author: 'x'.repeat(245), comment: 'y'.repeat(65_525) }), context()), 'approved');
    assert.equal(statusOf(submission({ comment: 'y'.repeat(65_526) }), context()), 'invalid');
  });
  it('counts characters, not UTF-16 units, at the limit', () => {
    assert.equal(statusOf(submission({ author: '😀'.repeat(245) }), context()), 'approved');
  });
  it('refuses a flood and a duplicate before any verdict', () => {
    assert.equal(statusOf(submission(), context({ recentFromSender: 1 })), 'flood');
    assert.equal(statusOf(submission(), context({ duplicate: true })), 'duplicate');
  });
  it('holds on manual approval, two links and a moderation word', () => {
    assert.equal(statusOf(submission(), context({ settings: { ...defaultDiscussionSettings, manualApproval: true } })), 'pending');
    assert.equal(statusOf(submission({ comment: 'See https://a.example and https://b.example' }), context()), 'pending');
    assert.equal(statusOf(submission({ comment: 'See https://a.example only' }), context()), 'approved');
    assert.equal(statusOf(submission({ userAgent: 'BadBot/1.0' }), context({ settings: { ...defaultDiscussionSettings, moderationWords: ['badbot'] } })), 'pending');
  });
  it('sends disallowed words to the trash and bot traps to spam, stricter than a hold', () => {
    const settings = { ...defaultDiscussionSettings, manualApproval: true, disallowedWords: ['lottery'] };
    assert.equal(statusOf(submission({ comment: 'You won the LOTTERY' }), context({ settings })), 'trash');
    assert.equal(statusOf(submission({ honeypot: 'x' }), context()), 'spam');
    assert.equal(statusOf(submission({ fillSeconds: 1.2 }), context()), 'spam');
    assert.equal(statusOf(submission({ fillSeconds: undefined }), context()), 'spam');
  });
  it('holds, never publishes, when the spam check fails', () => {
    const result = runPipeline(submission(), context({ spam: { kind: 'failed', reason: 'timed out after 4 s' } }));
    assert.ok(result.accepted);
    assert.equal(result.verdict.status, 'pending');
    assert.ok(result.verdict.reasons.includes('Spam check failed: timed out after 4 s'));
  });
  it('discards blatant spam only when the setting is on', () => {
    const spam = { kind: 'spam' as const, blatant: true, reasons: ['pills'] };
    const kept = runPipeline(submission(), context({ spam }));
    assert.ok(kept.accepted && kept.verdict.status === 'spam' && !kept.verdict.discard);
    const dropped = runPipeline(submission(), context({ spam, settings: { ...defaultDiscussionSettings, discardBlatantSpam: true } }));
    assert.ok(dropped.accepted && dropped.verdict.discard === true);
  });
  it('counts links', () => {
    assert.equal(countLinks('http://a https://b <a href=x>'), 3);
    assert.equal(countLinks('no links here'), 0);
  });
});
