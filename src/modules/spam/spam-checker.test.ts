import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RuleSpamChecker } from './spam-checker.ts';

const input = (comment: string, author = 'Ruth') => ({ comment, author, email: 'r@example.org', url: '', ip: '192.0.2.1', userAgent: 'x', language: 'en' });

describe('RuleSpamChecker', () => {
  it('passes an ordinary comment', async () => {
    assert.equal((await new RuleSpamChecker().check(input('The toll figures in paragraph four look low to me.'))).kind, 'ham');
  });
  it('flags spam vocabulary and links, blatant when they pile up', async () => {
    const mild = await new RuleSpamChecker().check(input('Great post, check my crypto and forex page https://x.example'));
    assert.equal(mild.kind, 'spam');
    const blatant = await new RuleSpamChecker().check(input('cheap pills viagra casino https://a.example https://b.example https://c.example', 'Best SEO www.spam.example'));
    assert.ok(blatant.kind === 'spam' && blatant.blatant);
  });
});
