// Sign-in and password reset pages.
import { CsrfField, Field, GateLayout, type Notice } from '../admin/admin.layout.tsx';

export function LoginView(props: {
  publicationName: string;
  stylesheet: string;
  csrfToken: string;
  email: string;
  next: string;
  notice?: Notice;
}): JSX.Element {
  return (
    <GateLayout title="Sign in to the desk" publicationName={props.publicationName} stylesheet={props.stylesheet}>
      {props.notice ? (
        <p class={`notice notice--${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'} safe>
          {props.notice.text}
        </p>
      ) : (
        ''
      )}
      <form method="post" action="/admin/login" class="gate-form">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="next" value={props.next} />
        <Field name="email" label="Email" type="email" value={props.email} required autocomplete="username" attrs={{ autofocus: '' }} />
        <Field name="password" label="Password" type="password" required autocomplete="current-password" />
        <button type="submit" class="button button--primary">
          Sign in
        </button>
      </form>
      <p class="gate-card__help">Forgotten your password? Ask an administrator for a reset link.</p>
    </GateLayout>
  );
}

export function ResetView(props: {
  publicationName: string;
  stylesheet: string;
  csrfToken: string;
  token: string;
  name: string;
  error?: string;
}): JSX.Element {
  return (
    <GateLayout title="Choose a new password" publicationName={props.publicationName} stylesheet={props.stylesheet}>
      <p safe>{`For ${props.name}. The link works once.`}</p>
      <form method="post" action={`/admin/reset/${encodeURIComponent(props.token)}`} class="gate-form">
        <CsrfField token={props.csrfToken} />
        <Field name="password" label="New password" type="password" required autocomplete="new-password" error={props.error} hint="At least 12 characters." />
        <button type="submit" class="button button--primary">
          Set password
        </button>
      </form>
    </GateLayout>
  );
}

export function ResetInvalidView(props: { publicationName: string; stylesheet: string }): JSX.Element {
  return (
    <GateLayout title="This link does not work" publicationName={props.publicationName} stylesheet={props.stylesheet}>
      <p>The reset link has expired or was already used. Ask an administrator for a new one.</p>
      <p>
        <a href="/admin/login">Back to sign in</a>
      </p>
    </GateLayout>
  );
}
