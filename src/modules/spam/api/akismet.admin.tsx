// The desk's page for API keys of the Akismet-compatible API (admins).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { asForm, field, parseId } from '../../../http/form.ts';
import { CsrfField, DeskLayout, Field, type DeskContext, type Notice } from '../../admin/admin.layout.tsx';
import { Cell, DataTable, Row } from '../../admin/data-table.tsx';
import { deskContext, type StaffAreaDeps } from '../../admin/staff-area.ts';
import { AuditRepository } from '../../audit/audit.repository.ts';
import { actorOf } from '../../auth/auth.service.ts';
import type { AkismetService, ApiKey } from './akismet.service.ts';

export function ApiKeysView(props: {
  desk: DeskContext;
  keys: (ApiKey & { calls: number })[];
  publicUrl: string;
  site: string;
  error?: string;
  notice?: Notice;
  created?: string;
}): JSX.Element {
  const host = new URL(props.publicUrl).host;
  return (
    <DeskLayout desk={props.desk} title="Spam API keys" active="spam-keys" notice={props.notice}>
      <p class="field__hint">
        Other sites and existing Akismet clients can use this journal’s spam filter through the Akismet protocol. Point a client at this server’s host
        name; the key travels in the request (or as the first label of the host name, <code safe>{`KEY.${host}`}</code>). Each key’s site learns from
        its own spam and not-spam reports.
      </p>
      {props.created ? (
        <div class="panel secret" role="status">
          <p>The new key (shown once):</p>
          <p>
            <code safe>{props.created}</code>
          </p>
        </div>
      ) : (
        ''
      )}
      {props.keys.length ? (
        <DataTable columns={['Key', 'Site', 'Calls this month', 'Limit a minute', 'State']}>
          {props.keys.map((key) => (
            <Row>
              <Cell>
                <code safe>{`${key.prefix}…`}</code>
              </Cell>
              <Cell label="Site" safe>{key.siteUrl}</Cell>
              <Cell label="Calls this month" safe>{String(key.calls)}</Cell>
              <Cell label="Limit a minute" safe>{String(key.rateLimit)}</Cell>
              <Cell label="State">
                {key.revoked ? (
                  'Revoked'
                ) : (
                  <form method="post" action={`/admin/spam-keys/${key.id}/revoke`}>
                    <CsrfField token={props.desk.csrfToken} />
                    <button type="submit" class="button button--danger button--small">
                      Revoke
                    </button>
                  </form>
                )}
              </Cell>
            </Row>
          ))}
        </DataTable>
      ) : (
        <p class="muted">No keys yet: create one for each site that will use the filter.</p>
      )}
      <section class="panel" aria-labelledby="new-key-heading">
        <h2 id="new-key-heading">New key</h2>
        <form method="post" action="/admin/spam-keys" class="narrow-form">
          <CsrfField token={props.desk.csrfToken} />
          <Field name="site" label="The site that will use it" value={props.site} error={props.error} hint="For example https://blog.example" required />
          <button type="submit" class="button button--primary">
            Create key
          </button>
        </form>
      </section>
    </DeskLayout>
  );
}

export function apiKeyRoutes(service: AkismetService) {
  return function registerApiKeyRoutes(scope: FastifyInstance, deps: StaffAreaDeps): void {
    const permission = { config: { permission: 'settings.manage' as const } };
    async function render(request: FastifyRequest, reply: FastifyReply, extra: { site?: string; error?: string; created?: string; notice?: Notice; status?: number } = {}) {
      const ctx = await deps.site.pageContext();
      const month = ctx.now.slice(0, 7);
      const keys = await Promise.all((await service.listKeys()).map(async (k) => ({ ...k, calls: (await service.usage(k, month)).calls })));
      return reply
        .code(extra.status ?? 200)
        .type('text/html; charset=utf-8')
        .send(ApiKeysView({ desk: deskContext(request, deps, ctx.publication.name), keys, publicUrl: deps.publicUrl, site: extra.site ?? '', error: extra.error, created: extra.created, notice: extra.notice }));
    }

    scope.get('/spam-keys', permission, async (request, reply) => render(request, reply));

    scope.post('/spam-keys', permission, async (request, reply) => {
      const site = field(asForm(request.body), 'site').trim();
      try {
        const url = new URL(site);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
      } catch {
        return render(request, reply, { site, error: 'Give the site’s address, starting with https:// or http://.', status: 400 });
      }
      const { key, apiKey } = await service.addKey(site);
      await new AuditRepository(deps.db).record(actorOf(request.staff!.user, request.ip), { action: 'spam_key.created', subjectType: 'spam_key', subjectId: apiKey.id }, deps.clock.now().toISOString());
      return render(request, reply, { created: key });
    });

    scope.post<{ Params: { id: string } }>('/spam-keys/:id/revoke', permission, async (request, reply) => {
      const id = parseId(request.params.id);
      if (id !== undefined) {
        await service.revokeKey(id);
        await new AuditRepository(deps.db).record(actorOf(request.staff!.user, request.ip), { action: 'spam_key.revoked', subjectType: 'spam_key', subjectId: id }, deps.clock.now().toISOString());
      }
      return render(request, reply, { notice: { kind: 'success', text: 'The key is revoked; clients using it now get “invalid”.' } });
    });
  };
}
