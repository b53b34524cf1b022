// Site models in the database, on each dialect: the store contract, lessons from several
// connections at once (as from several app servers), and moderators' feedback changing
// later verdicts through the real checker.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases.ts';
import { campaignComment } from '../../../test/support/spam-campaign.ts';
import { SpamEngine } from './engine/classifier.ts';
import { CONTRACT_NOW, contractClock, siteModelStoreContract } from './engine/site-model.contract.ts';
import { EngineSpamChecker, LOCAL_SITE } from './engine-spam-checker.ts';
import { FINGERPRINT_DAYS } from './engine/near-duplicate.ts';
import { SiteModelRepository } from './site-model.repository.ts';

const engine = SpamEngine.load();
const campaign = campaignComment;

for (const dialect of testDialects()) {
  describe(`SiteModelRepository on ${dialect}`, () => {
    let database: TestDatabase;
    let repository: SiteModelRepository;
    before(async () => {
      database = await createTestDatabase(dialect);
      repository = new SiteModelRepository(database.db, database.dialect, contractClock);
    });
    after(async () => database.dispose());

    siteModelStoreContract(() => repository);

    it('counts every lesson when two processes learn at once, as two app servers would', async () => {
      const worker = fileURLToPath(new URL('./site-model.repository.worker.ts', import.meta.url));
      const run = () =>
        new Promise<number | null>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', worker, database.url, 'two-servers', '60'], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.once('error', reject);
          child.once('exit', resolve);
        });
      assert.deepEqual(await Promise.all([run(), run()]), [0, 0]);
      const snapshot = await repository.read('two-servers', Uint32Array.from([42, 1000, 1001, 1002, 1003, 1004, 0xfffffff0]));
      assert.deepEqual(snapshot.lessons, { spam: 90, ham: 30 });
      assert.equal(snapshot.weights.get(42), 60);
      assert.deepEqual([1000, 1001, 1002, 1003, 1004].map((h) => snapshot.weights.get(h)), [24, 24, 24, 24, 24]);
      assert.equal(snapshot.weights.get(0xfffffff0), -30);
      // Each feature's row also records how many lessons of each label contained it.
      const row = await database.db.selectFrom('spam_site_features').select(['spam', 'ham']).where('site_id', '=', 'two-servers').where('feature_hash', '=', 42).executeTakeFirstOrThrow();
      assert.deepEqual({ spam: Number(row.spam), ham: Number(row.ham) }, { spam: 90, ham: 30 });
    });

    it('stores the totals row with its time', async () => {
      await repository.learn('totals', { label: 'spam', deltas: [{ hash: 1, weight: 1 }], fingerprint: [] });
      await repository.learn('totals', { label: 'ham', deltas: [{ hash: 1, weight: -1 }], fingerprint: [] });
      const row = await database.db.selectFrom('spam_site_totals').selectAll().where('site_id', '=', 'totals').executeTakeFirstOrThrow();
      assert.deepEqual(row, { site_id: 'totals', spam: 1, ham: 1, updated_at: CONTRACT_NOW.toISOString() });
    });

    it('lets moderators’ feedback change later verdicts', async () => {
      const checker = new EngineSpamChecker(engine, repository);
      const before = await checker.judge(LOCAL_SITE, campaign(9));
      assert.equal(before.judgement.verdict, 'ham');
      for (let n = 1; n <= 3; n++) await checker.learn(LOCAL_SITE, campaign(n), 'spam');
      const after = await checker.checkForSite(LOCAL_SITE, campaign(9));
      assert.equal(after.kind, 'spam');
      // The stored weights carry it, not only the near copies of the lessons.
      const learned = (await checker.judge(LOCAL_SITE, campaign(9))).judgement.parts.site;
      assert.ok(learned > 2, `site weights ${learned}`);
      // The same comment on another site is judged by the shipped model alone.
      assert.equal((await checker.checkForSite('key:1', campaign(9))).kind, 'ham');
      // A moderator rescues it: the next one passes again.
      await checker.learn(LOCAL_SITE, campaign(9), 'ham');
      await checker.learn(LOCAL_SITE, campaign(10), 'ham');
      assert.equal((await checker.checkForSite(LOCAL_SITE, campaign(11))).kind, 'ham');
    });

    it('stores a campaign’s exact copies once, so the lookup does not grow with them', async () => {
      const fingerprint = Array.from({ length: 12 }, (_, i) => 500 + i);
      const rows = async () =>
        Number((await database.db.selectFrom('spam_site_fingerprints').select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', 'copies-once').executeTakeFirstOrThrow()).n);
      for (let copy = 0; copy < 5; copy++) await repository.learn('copies-once', { label: 'spam', deltas: [{ hash: 5, weight: 1 }], fingerprint });
      assert.equal(await rows(), 12);
      // A different text, and the same text with the other label, are lessons of their own.
      await repository.learn('copies-once', { label: 'spam', deltas: [{ hash: 5, weight: 1 }], fingerprint: [...fingerprint.slice(0, 11), 999] });
      await repository.learn('copies-once', { label: 'ham', deltas: [{ hash: 5, weight: -1 }], fingerprint });
      assert.equal(await rows(), 36);
      assert.deepEqual((await repository.read('copies-once', Uint32Array.from([5]))).lessons, { spam: 6, ham: 1 });
    });

    it('forgets fingerprints after FINGERPRINT_DAYS, and nothing else', async () => {
      await repository.learn('forget', { label: 'spam', deltas: [{ hash: 5, weight: 1 }], fingerprint: [101, 102, 103, 104] });
      const later = (days: number) => new SiteModelRepository(database.db, database.dialect, () => new Date(CONTRACT_NOW.getTime() + days * 86_400_000));
      assert.equal(await later(FINGERPRINT_DAYS - 1).purgeOldFingerprints(), 0);
      assert.equal((await repository.read('forget', Uint32Array.from([5]), [101, 102, 103, 104])).nearest.length, 1);
      assert.ok((await later(FINGERPRINT_DAYS + 1).purgeOldFingerprints()) >= 4);
      const snapshot = await repository.read('forget', Uint32Array.from([5]), [101, 102, 103, 104]);
      assert.deepEqual(snapshot.nearest, []);
      assert.equal(snapshot.weights.get(5), 1);
    });
  });
}
