// A draft and a scheduled article, so the demo shows that unpublished work stays private.
import type { DemoArticle } from './demo.types.ts';

export function demoUnpublished(now: Date): DemoArticle[] {
  const inThreeDays = new Date(now.getTime() + 3 * 24 * 3600_000).toISOString();
  return [
    {
      slug: 'ferry-timetable-winter-changes',
      title: 'Winter ferry timetable: what changes on the Tarrow crossings',
      dek: 'Two early sailings go, one late one comes back, and the Sunday service moves by twenty minutes.',
      section: 'news',
      tags: ['Transport', 'The River'],
      authors: ['maren-okafor'],
      publishedAt: inThreeDays,
      status: 'scheduled',
      excerpt: 'The winter timetable for the Tarrow ferries takes effect next week.',
      body: `The winter timetable for the three Tarrow crossings takes effect next Monday.\n\n## What changes\n\n- The 05:40 and 06:10 sailings from Millbank are withdrawn.\n- A 22:50 return from Quayside is restored on Fridays and Saturdays.\n- Sunday sailings start twenty minutes later, at 08:20.\n\nThe operator says passenger counts on the early sailings fell below 30 a day in October.`,
    },
    {
      slug: 'draft-library-hours-consultation',
      title: 'Draft: library opening hours consultation',
      dek: 'Notes for a piece on the proposed cut to evening hours at four branch libraries.',
      section: 'news',
      tags: ['City Council'],
      authors: ['maren-okafor'],
      publishedAt: now.toISOString(),
      status: 'draft',
      excerpt: '',
      body: `Working notes. Four branches would close at 17:00 instead of 19:30 on weekdays. Consultation closes on 15 January.`,
    },
  ];
}
