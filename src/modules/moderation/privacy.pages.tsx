// /privacy: what happens to comment data, written from the settings actually in force.
import { Layout } from '../../http/layout.tsx';
import { absoluteUrl, type PageContext } from '../../http/page-context.ts';
import type { DiscussionSettings } from './discussion-settings.ts';

export function PrivacyView(props: { ctx: PageContext; settings: DiscussionSettings }): JSX.Element {
  const { ctx, settings } = props;
  const { t } = ctx;
  const rules: string[] = [
    settings.manualApproval ? t('privacy.rule.manual') : settings.requirePreviouslyApproved ? t('privacy.rule.previous') : t('privacy.rule.open'),
  ];
  if (settings.holdLinkCount > 0) rules.push(t('privacy.rule.links', { count: settings.holdLinkCount }));
  if (settings.closeAfterDays > 0) rules.push(t('privacy.rule.closeAfter', { days: settings.closeAfterDays }));
  const section = (heading: string, body: string) => (
    <section>
      <h2 safe>{heading}</h2>
      <p safe>{body}</p>
    </section>
  );
  return (
    <Layout ctx={ctx} title={t('privacy.title')} canonical={absoluteUrl(ctx, '/privacy')} pageClass="page-privacy">
      <article class="article prose-page">
        <h1 class="article__title" safe>
          {t('privacy.title')}
        </h1>
        <p class="article__dek" safe>
          {t('privacy.intro')}
        </p>
        <div class="prose">
          {section(t('privacy.stored.heading'), t('privacy.stored.body'))}
          {section(t('privacy.public.heading'), t('privacy.public.body'))}
          {section(t('privacy.who.heading'), t('privacy.who.body'))}
          {section(
            t('privacy.spam.heading'),
            settings.remoteCheckerEnabled ? t('privacy.spam.remote', { host: settings.remoteCheckerHost }) : t('privacy.spam.local'),
          )}
          <section>
            <h2 safe>{t('privacy.moderation.heading')}</h2>
            <ul>
              {rules.map((rule) => (
                <li safe>{rule}</li>
              ))}
            </ul>
          </section>
          {section(t('privacy.retention.heading'), t('privacy.retention.body', { days: settings.purgeAfterDays }))}
          <p safe>{t('privacy.contact')}</p>
        </div>
      </article>
    </Layout>
  );
}
