// The staff area's page shell: top bar, navigation by permission, and a notice line.
import type { User } from '../auth/user.ts';
import { can, roleLabels, type Permission } from '../auth/permissions.ts';
import { CSRF_FIELD } from '../../http/csrf.ts';

export interface DeskContext {
  publicationName: string;
  user: User;
  csrfToken: string;
  stylesheet: string;
  script: string;
}

export interface Notice {
  kind: 'success' | 'error' | 'info';
  text: string;
}

const navigation: { href: string; label: string; permission: Permission; key: string }[] = [
  { href: '/admin', label: 'Dashboard', permission: 'desk.view', key: 'dashboard' },
  { href: '/admin/articles', label: 'Articles', permission: 'article.write', key: 'articles' },
  { href: '/admin/articles/new', label: 'New article', permission: 'article.write', key: 'new-article' },
  { href: '/admin/comments', label: 'Comments', permission: 'comment.moderate', key: 'comments' },
  { href: '/admin/authors', label: 'Authors', permission: 'people.manage', key: 'authors' },
  { href: '/admin/sections', label: 'Sections', permission: 'people.manage', key: 'sections' },
  { href: '/admin/tags', label: 'Tags', permission: 'people.manage', key: 'tags' },
  { href: '/admin/settings', label: 'Settings', permission: 'settings.manage', key: 'settings' },
  { href: '/admin/spam-keys', label: 'Spam API keys', permission: 'settings.manage', key: 'spam-keys' },
  { href: '/admin/users', label: 'Staff accounts', permission: 'user.manage', key: 'users' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit.view', key: 'audit' },
];

export function CsrfField(props: { token: string }): JSX.Element {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}

export function DeskLayout(props: {
  desk: DeskContext;
  title: string;
  active: string;
  notice?: Notice;
  actions?: JSX.Element;
  children?: JSX.Element | (JSX.Element | JSX.Element[])[];
}): JSX.Element {
  const { desk } = props;
  return (
    <>
      {'<!doctype html>'}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <title safe>{`${props.title} · ${desk.publicationName} desk`}</title>
          <link rel="stylesheet" href={desk.stylesheet} />
          <script src={desk.script} defer></script>
        </head>
        <body class="desk">
          <a class="skip-link" href="#main">
            Skip to content
          </a>
          <header class="desk-top">
            <a class="desk-top__brand" href="/admin">
              <span safe>{desk.publicationName}</span>
              <span class="desk-top__badge">Desk</span>
            </a>
            <div class="desk-top__user">
              <span class="desk-top__name" safe>
                {desk.user.name}
              </span>
              <span class="desk-top__role" safe>
                {roleLabels[desk.user.role]}
              </span>
              <a href="/" class="desk-top__link">
                View site
              </a>
              <form method="post" action="/admin/logout" class="desk-top__logout">
                <CsrfField token={desk.csrfToken} />
                <button type="submit" class="link-button">
                  Log out
                </button>
              </form>
            </div>
          </header>
          <div class="desk-shell">
            <nav class="desk-nav" aria-label="Staff area">
              <ul>
                {navigation
                  .filter((item) => can(desk.user.role, item.permission))
                  .map((item) => (
                    <li>
                      <a href={item.href} aria-current={item.key === props.active ? 'page' : undefined} safe>
                        {item.label}
                      </a>
                    </li>
                  ))}
              </ul>
            </nav>
            <main id="main" class="desk-main" tabindex="-1">
              <div class="desk-main__header">
                <h1 safe>{props.title}</h1>
                {(props.actions ?? '') as 'safe'}
              </div>
              {props.notice ? (
                <p class={`notice notice--${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'} safe>
                  {props.notice.text}
                </p>
              ) : (
                ''
              )}
              {props.children as 'safe'}
            </main>
          </div>
        </body>
      </html>
    </>
  );
}

/** A page for people who are not signed in (login, password reset). */
export function GateLayout(props: { title: string; publicationName: string; stylesheet: string; children?: JSX.Element | JSX.Element[] }): JSX.Element {
  return (
    <>
      {'<!doctype html>'}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <title safe>{`${props.title} · ${props.publicationName}`}</title>
          <link rel="stylesheet" href={props.stylesheet} />
        </head>
        <body class="gate">
          <main id="main" class="gate-card">
            <p class="gate-card__brand" safe>
              {props.publicationName}
            </p>
            <h1 safe>{props.title}</h1>
            {props.children as 'safe'}
          </main>
        </body>
      </html>
    </>
  );
}

/** A labelled input with its error message, keeping what was typed. */
export function Field(props: {
  name: string;
  label: string;
  value?: string;
  type?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  multiline?: boolean;
  rows?: number;
  attrs?: Record<string, string>;
}): JSX.Element {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${props.error ? ' field--invalid' : ''}`}>
      <label for={id} safe>
        {`${props.label}${props.required ? ' *' : ''}`}
      </label>
      {props.hint ? (
        <p class="field__hint" id={`${id}-hint`} safe>
          {props.hint}
        </p>
      ) : (
        ''
      )}
      {props.multiline ? (
        <textarea
          id={id}
          name={props.name}
          rows={String(props.rows ?? 4)}
          required={props.required}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy}
          {...(props.attrs ?? {})}
          safe
        >
          {/* Browsers drop one newline right after <textarea>; this one keeps a leading newline of the value. */}
          {`\n${props.value ?? ''}`}
        </textarea>
      ) : (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          required={props.required}
          autocomplete={props.autocomplete}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy}
          {...(props.attrs ?? {})}
        />
      )}
      {props.error ? (
        <p class="field__error" id={`${id}-error`} safe>
          {props.error}
        </p>
      ) : (
        ''
      )}
    </div>
  );
}
