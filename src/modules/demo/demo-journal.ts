// The demo journal: a fictional independent newsroom in the fictional city of Ashgrove.
// Everything here was written for Masthead's demo; no real article, person or outlet appears.
import type { DemoAuthor, DemoSection } from './demo.types.ts';

export const demoPublication = {
  name: 'The Ashgrove Review',
  tagline: 'Independent opinion, news and analysis from the river city',
  // Fictional number with a valid ISSN check digit (2753-418 → 9).
  issn: '2753-4189',
  language: 'en-GB',
  timeZone: 'Europe/London',
};

export const demoSections: DemoSection[] = [
  { slug: 'news', name: 'News', description: 'Reporting from Ashgrove and the Tarrow valley.', articleType: 'NewsArticle' },
  { slug: 'opinion', name: 'Opinion', description: 'Argument and commentary from our columnists and guest writers.', articleType: 'OpinionNewsArticle' },
  { slug: 'analysis', name: 'Analysis', description: 'Data, context and explanation behind the headlines.', articleType: 'AnalysisNewsArticle' },
  { slug: 'culture', name: 'Culture', description: 'Books, stages, screens and the life of the city.', articleType: 'NewsArticle' },
];

export const demoAuthors: DemoAuthor[] = [
  {
    slug: 'maren-okafor',
    name: 'Maren Okafor',
    role: 'Senior correspondent',
    bio: 'Maren Okafor has covered Ashgrove’s council, courts and housing since 2016. Before joining the Review she spent six years at a regional wire service reporting on river-basin flooding.',
    links: [{ label: 'Website', url: 'https://marenokafor.example' }],
    bylineOnly: false,
  },
  {
    slug: 'tomasz-wielgosz',
    name: 'Tomasz Wielgosz',
    role: 'Columnist',
    bio: 'Tomasz Wielgosz writes a weekly column on city politics and public money. He taught economics at Ashgrove Polytechnic for twelve years and still sits on its ethics board.',
    links: [{ label: 'Newsletter', url: 'https://wielgosz.example/letters' }],
    bylineOnly: false,
  },
  {
    slug: 'priya-raman-holt',
    name: 'Priya Raman-Holt',
    role: 'Data and analysis editor',
    bio: 'Priya Raman-Holt leads the Review’s data desk. She builds the models behind our election, transport and budget coverage and publishes the code and figures alongside each piece.',
    links: [{ label: 'Data notebooks', url: 'https://data.ashgrove-review.example' }],
    bylineOnly: false,
  },
  {
    slug: 'elliot-achterberg',
    name: 'Elliot Achterberg',
    role: 'Culture editor',
    bio: 'Elliot Achterberg edits the culture pages and reviews theatre, books and the occasional civic building. He has written about the Tarrow valley’s small stages for more than a decade.',
    links: [],
    bylineOnly: false,
  },
  {
    slug: 'ines-calloway',
    name: 'Ines Calloway',
    role: 'Contributing writer',
    bio: 'Ines Calloway is a freelance writer and former ferry pilot who contributes essays on work, the river and the people who keep the city running.',
    links: [],
    bylineOnly: true,
  },
  {
    slug: 'desmond-faye',
    name: 'Desmond Faye',
    role: 'Reporter, The Coastline Ledger',
    bio: 'Desmond Faye reports on ports, fisheries and the coast for The Coastline Ledger, a partner outlet whose work the Review republishes with permission.',
    links: [{ label: 'The Coastline Ledger', url: 'https://coastline-ledger.example' }],
    bylineOnly: true,
  },
];
