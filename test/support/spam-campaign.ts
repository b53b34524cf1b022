// One spam campaign the shipped model does not know, for the tests of learning from
// moderators: the same pitch posted again and again, each copy with its own number, name and
// address, as a campaign's robots post it. (A quiet plug dressed as a reader's tip: the
// earlier campaign, "trading signals … join our channel", is caught as shipped since the model
// learned from web comments.)
import type { SpamCheckInput } from '../../src/modules/spam/spam-checker.ts';

export const campaignText = (n: number): string =>
  `Interesting read, thank you. My cousin ${n} has been taking the boat tours at harbourtrips.example all summer, worth a look if you visit.`;

/** Copy `n` of the campaign as the spam checker port's input. */
export const campaignComment = (n: number): SpamCheckInput => ({
  comment: campaignText(n),
  author: `Skipper ${n}`,
  email: `s${n}@harbourtrips.example`,
  url: 'https://harbourtrips.example',
  ip: '198.51.100.7',
  userAgent: 'Mozilla/5.0',
  language: 'en',
});
