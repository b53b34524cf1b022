// Test helper, run as its own process: stands for one app server teaching a site model.
// Usage: node --import tsx site-model.repository.worker.ts DATABASE_URL SITE LESSONS
import { openDatabase } from '../../db/database.ts';
import { SiteModelRepository } from './site-model.repository.ts';

const [url, site, lessons] = process.argv.slice(2);
const database = await openDatabase(url!);
try {
  const repository = new SiteModelRepository(database.db, database.dialect);
  for (let i = 0; i < Number(lessons); i++) {
    await repository.learn(site!, { label: i % 4 === 0 ? 'ham' : 'spam', deltas: [{ hash: 42, weight: 0.5 }, { hash: 1000 + (i % 5), weight: 1 }, { hash: 0xfffffff0, weight: -0.25 }], fingerprint: [] });
  }
} finally {
  await database.close();
}
