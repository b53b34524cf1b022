// One spam campaign the shipped model does not know, for the tests of learning from
// moderators: the same pitch posted again and again, each copy with its own number, name and
// address, as a campaign's robots post it.
import type { SpamCheckInput } from '../../src/modules/spam/spam-checker.ts';

export const campaignText = (n: number): string => `Great article! Trading signals every day number ${n} at tradewise.example, join our channel now.`;

/** Copy `n` of the campaign as the spam checker port's input. */
export const campaignComment = (n: number): SpamCheckInput => ({
  comment: campaignText(n),
  author: `Trader ${n}`,
  email: `t${n}@tradewise.example`,
  url: 'https://tradewise.example',
  ip: '198.51.100.7',
  userAgent: 'Mozilla/5.0',
  language: 'en',
});
