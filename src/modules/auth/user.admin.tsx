// Staff accounts (admins only): list, add, change role, disable, and reset links; and the audit log.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatDateTime } from '../../core/i18n/i18n.ts';
import { parsePageParam, type Paged } from '../../core/pagination.ts';
import { asForm, field, parseId } from '../../http/form.ts';
import { CsrfField, DeskLayout, Field, type DeskContext, type Notice } from '../admin/admin.layout.tsx';
import { Cell, DataTable, Row } from '../admin/data-table.tsx';
import { Pagination } from '../admin/desk.components.tsx';
import { deskContext, type StaffAreaDeps } from '../admin/staff-area.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import type { AuditEntry } from '../audit/audit.ts';
import { AuthorRepository } from '../authors/author.repository.ts';
import type { Author } from '../authors/author.ts';
import { actorOf, UserInputError } from './auth.service.ts';
import { generatePassword } from './password.ts';
import { isRole, roleLabels, roles } from './permissions.ts';
import type { User } from './user.ts';
import { OutboxRepository } from '../notifications/outbox.repository.ts';

const when = (iso: string, timeZone: string) => formatDateTime(iso, { language: 'en-GB', timeZone });

interface NewUserValues {
  email: string;
  name: string;
  role: string;
  authorId: string;
}

export function UsersView(props: {
  desk: DeskContext;
  users: User[];
  authors: Author[];
  values: NewUserValues;
  errors: Partial<Record<keyof NewUserValues, string>>;
  notice?: Notice;
  secret?: { label: string; value: string };
}): JSX.Element {
  const { desk, values, errors } = props;
  const authorName = (id: number | null) => props.authors.find((a) => a.id === id)?.name ?? '—';
  return (
    <DeskLayout desk={desk} title="Staff accounts" active="users" notice={props.notice}>
      {props.secret ? (
        <div class="panel secret" role="status">
          <p safe>{props.secret.label}</p>
          <p>
            <code safe>{props.secret.value}</code>
          </p>
          <p class="field__hint">It is shown once. Pass it on privately.</p>
        </div>
      ) : (
        ''
      )}
      <DataTable columns={['Name', 'Email', 'Writes as', 'Role', 'Access', 'Password']}>
        {props.users.map((user) => (
          <Row>
            <Cell safe>{user.name}</Cell>
            <Cell label="Email" safe>{user.email}</Cell>
            <Cell label="Writes as" safe>{authorName(user.authorId)}</Cell>
            <Cell label="Role">
              <form method="post" action={`/admin/users/${user.id}/role`} class="inline-form">
                <CsrfField token={desk.csrfToken} />
                <label for={`role-${user.id}`} class="visually-hidden" safe>{`Role of ${user.name}`}</label>
                <select id={`role-${user.id}`} name="role" class="input">
                  {roles.map((role) => (
                    <option value={role} selected={user.role === role} safe>
                      {roleLabels[role]}
                    </option>
                  ))}
                </select>
                <button type="submit" class="button">
                  Change
                </button>
              </form>
            </Cell>
            <Cell label="Access">
              <form method="post" action={`/admin/users/${user.id}/${user.disabled ? 'enable' : 'disable'}`}>
                <CsrfField token={desk.csrfToken} />
                <button type="submit" class={user.disabled ? 'button' : 'button button--danger'}>
                  {user.disabled ? 'Enable' : 'Disable'}
                </button>
              </form>
            </Cell>
            <Cell label="Password">
              <form method="post" action={`/admin/users/${user.id}/reset-link`}>
                <CsrfField token={desk.csrfToken} />
                <button type="submit" class="button">
                  Reset link
                </button>
              </form>
            </Cell>
          </Row>
        ))}
      </DataTable>
      <section class="panel" aria-labelledby="add-user-heading">
        <h2 id="add-user-heading">Add an account</h2>
        <form method="post" action="/admin/users" class="narrow-form">
          <CsrfField token={desk.csrfToken} />
          <Field name="email" label="Email" type="email" value={values.email} error={errors.email} required />
          <Field name="name" label="Name" value={values.name} error={errors.name} required />
          <div class="field">
            <label for="field-role">Role</label>
            <select id="field-role" name="role">
              {roles.map((role) => (
                <option value={role} selected={values.role === role} safe>
                  {roleLabels[role]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="field-authorId">Writes as (byline)</label>
            <select id="field-authorId" name="authorId">
              <option value="">Nobody</option>
              {props.authors.filter((a) => !a.bylineOnly).map((a) => (
                <option value={String(a.id)} selected={values.authorId === String(a.id)} safe>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <p class="field__hint">A password is generated and shown once; the new colleague can change it with a reset link.</p>
          <button type="submit" class="button button--primary">
            Add account
          </button>
        </form>
      </section>
    </DeskLayout>
  );
}

function subjectLabel(entry: AuditEntry): string {
  return entry.subjectType ? `${entry.subjectType} ${entry.subjectId ?? ''}` : '';
}

export function AuditView(props: { desk: DeskContext; paged: Paged<AuditEntry>; timeZone: string }): JSX.Element {
  return (
    <DeskLayout desk={props.desk} title="Audit log" active="audit">
      <DataTable columns={['When', 'Who', 'Did', 'To', 'From address']}>
        {props.paged.items.map((e) => (
          <Row>
            <Cell safe>{when(e.at, props.timeZone)}</Cell>
            <Cell label="Who" safe>{e.actorLabel}</Cell>
            <Cell label="Did">
              <code safe>{e.action}</code>
            </Cell>
            <Cell label="To" safe>{subjectLabel(e)}</Cell>
            <Cell label="From address" safe>{e.ip ?? ''}</Cell>
          </Row>
        ))}
      </DataTable>
      <Pagination basePath="/admin/audit" query="" page={props.paged.page} pageCount={props.paged.pageCount} />
    </DeskLayout>
  );
}

export function registerUserAdminRoutes(scope: FastifyInstance, deps: StaffAreaDeps): void {
  const empty: NewUserValues = { email: '', name: '', role: 'author', authorId: '' };

  async function render(request: FastifyRequest, reply: FastifyReply, options: { values?: NewUserValues; errors?: Partial<Record<keyof NewUserValues, string>>; notice?: Notice; secret?: { label: string; value: string }; status?: number } = {}) {
    const ctx = await deps.site.pageContext();
    const [users, authors] = await Promise.all([deps.auth.listUsers(), new AuthorRepository(deps.db).listAuthors()]);
    return reply
      .code(options.status ?? 200)
      .type('text/html; charset=utf-8')
      .send(UsersView({ desk: deskContext(request, deps, ctx.publication.name), users, authors, values: options.values ?? empty, errors: options.errors ?? {}, notice: options.notice, secret: options.secret }));
  }

  async function withUser(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, act: (user: User) => Promise<Notice | { secret: { label: string; value: string } }>) {
    const user = await deps.auth.findUser(parseId(request.params.id) ?? -1);
    if (!user) return render(request, reply, { notice: { kind: 'error', text: 'There is no such account.' }, status: 404 });
    try {
      const outcome = await act(user);
      return 'secret' in outcome ? render(request, reply, { secret: outcome.secret }) : render(request, reply, { notice: outcome });
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      return render(request, reply, { notice: { kind: 'error', text: error.message }, status: 400 });
    }
  }

  scope.get('/users', { config: { permission: 'user.manage' } }, async (request, reply) => render(request, reply));

  scope.post('/users', { config: { permission: 'user.manage' } }, async (request, reply) => {
    const form = asForm(request.body);
    const values: NewUserValues = { email: field(form, 'email'), name: field(form, 'name'), role: field(form, 'role'), authorId: field(form, 'authorId') };
    if (!isRole(values.role)) return render(request, reply, { values, errors: { role: 'Choose a role.' }, status: 400 });
    const password = generatePassword();
    try {
      const user = await deps.auth.addUser({ email: values.email, name: values.name, role: values.role, password, authorId: parseId(values.authorId) ?? null }, actorOf(request.staff!.user, request.ip));
      return render(request, reply, { secret: { label: `Account created for ${user.email}. Their password:`, value: password } });
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      return render(request, reply, { values, errors: { [error.field === 'password' ? 'email' : error.field]: error.message }, status: 400 });
    }
  });

  scope.post<{ Params: { id: string } }>('/users/:id/role', { config: { permission: 'user.manage' } }, async (request, reply) =>
    withUser(request, reply, async (user) => {
      const role = field(asForm(request.body), 'role');
      if (!isRole(role)) throw new UserInputError('role', 'Choose a role.');
      await deps.auth.changeRole(user.id, role, actorOf(request.staff!.user, request.ip));
      return { kind: 'success', text: `${user.name} is now ${roleLabels[role].toLowerCase()}.` };
    }),
  );

  for (const [action, disabled] of [['disable', true], ['enable', false]] as const) {
    scope.post<{ Params: { id: string } }>(`/users/:id/${action}`, { config: { permission: 'user.manage' } }, async (request, reply) =>
      withUser(request, reply, async (user) => {
        await deps.auth.setDisabled(user.id, disabled, actorOf(request.staff!.user, request.ip));
        return { kind: 'success', text: disabled ? `${user.name} is disabled and signed out everywhere.` : `${user.name} can sign in again.` };
      }),
    );
  }

  scope.post<{ Params: { id: string } }>('/users/:id/reset-link', { config: { permission: 'user.manage' } }, async (request, reply) =>
    withUser(request, reply, async (user) => {
      const token = await deps.auth.createResetToken(user.id, actorOf(request.staff!.user, request.ip));
      const link = `${deps.publicUrl}/admin/reset/${token}`;
      const publication = (await deps.site.pageContext()).publication.name;
      // Mailed as well (through the outbox), so the link can reach a colleague who is away.
      await new OutboxRepository(deps.db).enqueue(
        [
          {
            recipient: user.email,
            subject: `[${publication}] Choose a new password`,
            body: `An administrator of ${publication} created a password reset link for your account.\n\n${link}\n\nIt works once, for 24 hours. If you did not expect it, tell the administrator.`,
          },
        ],
        deps.clock.now().toISOString(),
      );
      return { secret: { label: `Password reset link for ${user.email}, valid for 24 hours and usable once (also mailed to them):`, value: link } };
    }),
  );

  scope.get<{ Querystring: { page?: string } }>('/audit', { config: { permission: 'audit.view' } }, async (request, reply) => {
    const ctx = await deps.site.pageContext();
    const paged = await new AuditRepository(deps.db).listEntries(parsePageParam(request.query.page, 50));
    return reply.type('text/html; charset=utf-8').send(AuditView({ desk: deskContext(request, deps, ctx.publication.name), paged, timeZone: ctx.publication.timeZone }));
  });
}
