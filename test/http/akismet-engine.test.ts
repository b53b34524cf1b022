// The Akismet-compatible API with the spam engine as shipped behind it (the app's default), end to
// end with the real npm client: a campaign reported through submit-spam is caught on the key's
// own site afterwards and nowhere else; submit-ham rescues a wrongly flagged reader; is_test
// teaches nothing.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { AkismetService } from '../../src/modules/spam/api/akismet.service.ts';
import { loadEngineSpamChecker } from '../../src/modules/spam/engine-spam-checker.ts';
import { SiteModelRepository } from '../../src/modules/spam/site-model.repository.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { testDialects } from '../support/databases.ts';
import { resolveTestHosts } from '../support/dns.ts';
import { campaignComment } from '../support/spam-campaign.ts';

const require = createRequire(import.meta.url);
const { AkismetClient } = require('akismet-api') as { AkismetClient: new (options: Record<string, unknown>) => any };

for (const dialect of testDialects()) {
  describe(`Akismet-compatible API with the spam engine on ${dialect}`, () => {
    let t: TestApp;
    let restoreDns: () => void;
    let clientFor: (blog: string) => Promise<any>;

    before(async () => {
      restoreDns = resolveTestHosts();
      t = await createTestApp(dialect);
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const port = (t.app.server.address() as { port: number }).port;
      const service = new AkismetService(t.database.db, t.clock, loadEngineSpamChecker(new SiteModelRepository(t.database.db, t.database.dialect, () => t.clock.now())));
      clientFor = async (blog) => {
        const { key } = await service.addKey(blog);
        return new AkismetClient({ key, blog, host: `spam.masthead.test:${port}`, protocol: 'http' });
      };
    });
    after(async () => {
      restoreDns();
      await t.close();
    });

    const campaign = (n: number) => {
      const copy = campaignComment(n);
      return { ip: `198.51.100.${n}`, useragent: 'Mozilla/5.0', content: copy.comment, name: copy.author, email: copy.email, url: copy.url, permalink: 'https://blog.example/post' };
    };

    it('learns a campaign from submit-spam, for the key’s own site only', async () => {
      const client = await clientFor('https://blog.example');
      const other = await clientFor('https://other.example');
      assert.equal(await client.checkSpam(campaign(9)), false, 'the engine as shipped lets it pass');
      await client.submitSpam({ ...campaign(1), isTest: true });
      assert.equal(await client.checkSpam(campaign(9)), false, 'is_test taught nothing');
      for (const n of [1, 2, 3]) await client.submitSpam(campaign(n));
      assert.equal(await client.checkSpam(campaign(9)), true, 'three reports later, the campaign is spam');
      assert.equal(await other.checkSpam(campaign(9)), false, 'another site did not learn it');
      const reader = { ip: '203.0.113.4', useragent: 'Mozilla/5.0', content: 'Does anyone know when the ferry timetable changes this winter?', name: 'Rosa', email: 'rosa@example.net', permalink: 'https://blog.example/post' };
      assert.equal(await client.checkSpam(reader), false, 'an ordinary reader is not caught by the lessons');
    });

    it('learns a rescue from submit-ham', async () => {
      const client = await clientFor('https://allotments.example');
      const notice = { ip: '203.0.113.7', useragent: 'Mozilla/5.0', content: 'Free entry to the allotment open day, call 0800 555 0199 to claim your place, limited offer!', name: 'Jo', email: 'jo@example.net', permalink: 'https://allotments.example/open-day' };
      assert.equal(await client.checkSpam(notice), true, 'the engine as shipped flags it');
      await client.submitHam(notice);
      assert.equal(await client.checkSpam(notice), false, 'after the moderator’s rescue it passes');
    });
  });
}
