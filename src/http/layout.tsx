// The page shell every public page shares: head metadata, the masthead, navigation and footer.
import type { PageContext } from './page-context.ts';
import { paths } from './page-context.ts';

export interface LayoutProps {
  ctx: PageContext;
  /** Document title (the publication's name is appended). */
  title: string;
  description?: string;
  /** Absolute canonical URL. */
  canonical?: string;
  /** e.g. 'noindex' */
  robots?: string;
  /** JSON-LD objects for the head. */
  jsonLd?: object[];
  /** Extra head elements (OpenGraph and friends), already built. */
  head?: JSX.Element;
  /** Scripts to load (deferred); pages work without them. */
  scripts?: string[];
  /** The section of the page, highlighted in the navigation. */
  currentSection?: string;
  /** Class of <body>, for page-specific styling. */
  pageClass: string;
  children?: JSX.Element | (JSX.Element | JSX.Element[])[];
}

/** JSON for a <script> element: '<' is escaped so no string can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function Layout(props: LayoutProps): JSX.Element {
  const { ctx } = props;
  const { publication, t } = ctx;
  const fullTitle = props.title === publication.name ? publication.name : `${props.title} · ${publication.name}`;
  const year = new Date(ctx.now).getUTCFullYear();
  return (
    <>
      {'<!doctype html>'}
      <html lang={publication.language}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{fullTitle}</title>
          {props.description ? <meta name="description" content={props.description} /> : ''}
          {props.canonical ? <link rel="canonical" href={props.canonical} /> : ''}
          {props.robots ? <meta name="robots" content={props.robots} /> : ''}
          <meta name="color-scheme" content="light dark" />
          <link rel="stylesheet" href={ctx.stylesheet} />
          {(props.scripts ?? []).map((src) => (
            <script src={src} defer></script>
          ))}
          {(props.head ?? '') as 'safe'}
          {(props.jsonLd ?? []).map((data) => {
            const safeJson = jsonForScript(data);
            return <script type="application/ld+json">{safeJson}</script>;
          })}
        </head>
        <body class={props.pageClass}>
          <a class="skip-link" href="#main" safe>
            {t('site.skipToContent')}
          </a>
          <header class="masthead" role="banner">
            <div class="masthead__inner">
              <p class="masthead__meta">
                {publication.issn ? (
                  <span class="masthead__issn" safe>
                    {t('site.issn', { issn: publication.issn })}
                  </span>
                ) : (
                  ''
                )}
              </p>
              <a class="masthead__name" href={paths.home()} safe>
                {publication.name}
              </a>
              {publication.tagline ? (
                <p class="masthead__tagline" safe>
                  {publication.tagline}
                </p>
              ) : (
                ''
              )}
            </div>
            <nav class="sections-nav" aria-label={t('site.mainNav')}>
              <ul>
                {ctx.sections.map((section) => (
                  <li>
                    <a
                      href={paths.section(section.slug)}
                      aria-current={section.slug === props.currentSection ? 'page' : undefined}
                      safe
                    >
                      {section.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <main id="main" tabindex="-1">
            {props.children as 'safe'}
          </main>
          <footer class="site-footer" role="contentinfo">
            <div class="site-footer__inner">
              <p class="site-footer__name" safe>
                {publication.name}
              </p>
              {publication.issn ? <p safe>{t('site.issn', { issn: publication.issn })}</p> : ''}
              <nav aria-label={t('site.footerNav')}>
                <ul>
                  <li>
                    <a href={paths.home()} safe>{t('site.home')}</a>
                  </li>
                  <li>
                    <a href={paths.corrections()} safe>{t('site.corrections')}</a>
                  </li>
                  <li>
                    <a href={paths.privacy()} safe>{t('site.privacy')}</a>
                  </li>
                  <li>
                    <a href="/sitemap.xml" safe>{t('site.sitemap')}</a>
                  </li>
                </ul>
              </nav>
              <p class="site-footer__small" safe>
                {t('site.copyright', { year, name: publication.name })}
              </p>
              <p class="site-footer__small" safe>{t('site.poweredBy')}</p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
