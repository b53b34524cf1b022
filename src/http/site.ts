// Loads what every page needs (publication settings and sections) from the database.
import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock.ts';
import type { Schema } from '../db/schema.ts';
import { PublicationRepository } from '../modules/publication/publication.repository.ts';
import { SectionRepository } from '../modules/sections/section.repository.ts';
import { makePageContext, type PageContext } from './page-context.ts';

export class Site {
  private readonly publications: PublicationRepository;
  private readonly sections: SectionRepository;

  constructor(
    db: Kysely<Schema>,
    private readonly clock: Clock,
    private readonly publicUrl: string,
    private readonly stylesheet: string,
    private readonly scripts: { comments: string } = { comments: '/assets/comments.js' },
  ) {
    this.publications = new PublicationRepository(db);
    this.sections = new SectionRepository(db);
  }

  async pageContext(): Promise<PageContext> {
    const [publication, sections] = await Promise.all([this.publications.getPublication(), this.sections.listSections()]);
    return makePageContext(publication, sections, this.publicUrl, this.stylesheet, this.clock.now().toISOString(), this.scripts);
  }

  /** A context that needs no database, for error pages when the database itself failed. */
  fallbackContext(): PageContext {
    return makePageContext(
      { name: 'Masthead', tagline: '', issn: null, logoUrl: null, language: 'en', timeZone: 'UTC', accentColor: '#9b1c1c' },
      [],
      this.publicUrl,
      this.stylesheet,
      this.clock.now().toISOString(),
    );
  }
}
