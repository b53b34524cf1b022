// The error page: a plain explanation and a way back, inside the journal's own shell.
import { Layout } from './layout.tsx';
import { paths, type PageContext } from './page-context.ts';
import type { MessageKey } from '../core/i18n/messages.en.ts';

export function ErrorView(props: { ctx: PageContext; status: number; message: string }): JSX.Element {
  const { ctx, status } = props;
  const titleKey = (['400', '404', '500', '503'].includes(String(status)) ? `error.title.${status}` : 'error.title.other') as MessageKey;
  const title = ctx.t(titleKey);
  return (
    <Layout ctx={ctx} title={title} robots="noindex" pageClass="page-error">
      <div class="error-page">
        <p class="error-page__status" safe>
          {String(status)}
        </p>
        <h1 class="error-page__title" safe>
          {title}
        </h1>
        <p class="error-page__message" safe>
          {props.message}
        </p>
        <p>
          <a class="button" href={paths.home()} safe>
            {ctx.t('error.backHome')}
          </a>
        </p>
        {ctx.sections.length ? (
          <>
            <p safe>{ctx.t('error.tryIndex')}</p>
            <ul class="error-page__sections">
              {ctx.sections.map((section) => (
                <li>
                  <a href={paths.section(section.slug)} safe>
                    {section.name}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          ''
        )}
      </div>
    </Layout>
  );
}
