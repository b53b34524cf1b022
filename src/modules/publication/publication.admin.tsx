// The publication settings page: name, tagline, ISSN, logo, accent colour, language, time zone.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { inTransaction } from '../../db/transaction.ts';
import { asForm, field } from '../../http/form.ts';
import { CsrfField, DeskLayout, Field, type DeskContext, type Notice } from '../admin/admin.layout.tsx';
import { deskContext, type StaffAreaDeps } from '../admin/staff-area.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import { actorOf } from '../auth/auth.service.ts';
import { checkPublication, type Publication } from './publication.ts';
import { PublicationRepository } from './publication.repository.ts';

type Errors = Partial<Record<keyof Publication, string>>;

export function SettingsView(props: { desk: DeskContext; values: Publication; errors: Errors; notice?: Notice }): JSX.Element {
  const { values, errors } = props;
  const failed = Object.values(errors).some(Boolean);
  return (
    <DeskLayout desk={props.desk} title="Publication settings" active="settings" notice={props.notice ?? (failed ? { kind: 'error', text: 'The settings were not saved. Check the fields marked below.' } : undefined)}>
      <form method="post" action="/admin/settings" class="narrow-form">
        <CsrfField token={props.desk.csrfToken} />
        <Field name="name" label="Name of the journal" value={values.name} error={errors.name} required />
        <Field name="tagline" label="Tagline" value={values.tagline} error={errors.tagline} />
        <Field name="issn" label="ISSN" value={values.issn ?? ''} error={errors.issn} hint="For example 2753-4189; the check digit is verified." />
        <Field name="logoUrl" label="Logo address" value={values.logoUrl ?? ''} error={errors.logoUrl} />
        <Field name="accentColor" label="Accent colour" value={values.accentColor} error={errors.accentColor} hint="# and six hexadecimal digits." />
        <Field name="language" label="Language" value={values.language} error={errors.language} hint="A language tag: en-GB, en-US, fr, de…; dates and wording follow it." />
        <Field name="timeZone" label="Time zone" value={values.timeZone} error={errors.timeZone} hint="An IANA zone such as Europe/London; dates on the site and in the desk use it." />
        <button type="submit" class="button button--primary">
          Save settings
        </button>
      </form>
    </DeskLayout>
  );
}

export function registerSettingsRoutes(scope: FastifyInstance, deps: StaffAreaDeps): void {
  const repository = new PublicationRepository(deps.db);
  const render = async (request: FastifyRequest, reply: FastifyReply, values: Publication, errors: Errors, status: number, notice?: Notice) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(SettingsView({ desk: deskContext(request, deps, (await repository.getPublication()).name), values, errors, notice }));

  scope.get<{ Querystring: { saved?: string } }>('/settings', { config: { permission: 'settings.manage' } }, async (request, reply) =>
    render(request, reply, await repository.getPublication(), {}, 200, request.query.saved !== undefined ? { kind: 'success', text: 'Saved. The public pages use the new settings now.' } : undefined),
  );

  scope.post('/settings', { config: { permission: 'settings.manage' } }, async (request, reply) => {
    const form = asForm(request.body);
    const values: Publication = {
      name: field(form, 'name').trim(),
      tagline: field(form, 'tagline').trim(),
      issn: field(form, 'issn').trim().toUpperCase() || null,
      logoUrl: field(form, 'logoUrl').trim() || null,
      accentColor: field(form, 'accentColor').trim(),
      language: field(form, 'language').trim(),
      timeZone: field(form, 'timeZone').trim(),
    };
    const problems = checkPublication(values);
    if (problems.length) {
      const errors: Errors = {};
      for (const p of problems) errors[p.field] = p.message;
      return render(request, reply, values, errors, 400);
    }
    const now = deps.clock.now().toISOString();
    await inTransaction(deps.db, async (trx) => {
      await new PublicationRepository(trx).savePublication(values, now);
      await new AuditRepository(trx).record(actorOf(request.staff!.user, request.ip), { action: 'settings.updated', subjectType: 'publication', subjectId: 1 }, now);
    });
    return reply.redirect('/admin/settings?saved=1', 303);
  });
}
