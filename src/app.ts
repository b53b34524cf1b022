// The composition root: builds every repository, service and route from a config and an
// open database. Nothing else in the program wires things together.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config/config.ts';
import { systemClock, type Clock } from './core/clock.ts';
import type { Database } from './db/database.ts';
import { registerErrorHandling } from './http/error-handler.ts';
import { registerHealthRoutes } from './http/health.routes.ts';
import { Site } from './http/site.ts';
import { articleRenderer, registerArticleRoutes } from './modules/articles/article.routes.ts';
import { CommentSectionBuilder, registerCommentRoutes, unsubscribeUrl } from './modules/comments/comment.routes.ts';
import { CommentService } from './modules/comments/comment.service.ts';
import { ModerationService } from './modules/moderation/moderation.service.ts';
import { moderationRoutes } from './modules/moderation/moderation.admin.routes.ts';
import { Signer } from './core/signing.ts';
import type { SpamFilter } from './modules/spam/spam-checker.ts';
import { loadEngineSpamChecker, LOCAL_SITE } from './modules/spam/engine-spam-checker.ts';
import { SiteModelRepository } from './modules/spam/site-model.repository.ts';
import { AkismetService } from './modules/spam/api/akismet.service.ts';
import { registerAkismetRoutes } from './modules/spam/api/akismet.routes.ts';
import { apiKeyRoutes } from './modules/spam/api/akismet.admin.tsx';
import { registerAuthorRoutes } from './modules/authors/author.routes.ts';
import { registerDiscoveryRoutes } from './modules/discovery/discovery.routes.ts';
import { registerEditorialRoutes } from './modules/editorial/editorial.routes.ts';
import { registerStaffArea } from './modules/admin/staff-area.ts';
import { registerDeskRoutes } from './modules/admin/desk.routes.ts';
import { registerArticleAdminRoutes } from './modules/articles/article.admin.routes.ts';
import { registerAuthorAdminRoutes } from './modules/authors/author.admin.routes.ts';
import { registerSectionAdminRoutes } from './modules/sections/section.admin.routes.ts';
import { registerSettingsRoutes } from './modules/publication/publication.admin.tsx';
import { registerUserAdminRoutes } from './modules/auth/user.admin.tsx';
import { AuthService } from './modules/auth/auth.service.ts';
import { registerGateRoutes, registerLogoutRoute } from './modules/auth/auth.routes.ts';
import { cookiePolicy } from './http/cookies.ts';
import { JobRunner, type Job } from './jobs.ts';
import { FileMailer, SmtpMailer, type Mailer } from './modules/notifications/mailer.ts';
import { MailWorker } from './modules/notifications/mail-worker.ts';
import { FileMediaStore, type MediaStore } from './modules/media/media-store.ts';
import { MediaService } from './modules/media/media.service.ts';
import { registerMediaRoutes } from './modules/media/media.routes.ts';
import { Csrf } from './http/csrf.ts';

export const assetsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'assets');

export interface RouteEntry {
  method: string;
  url: string;
  /** The staff permission the route needs; undefined for public routes. */
  permission: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
    /** The background jobs, for tests to run by hand. */
    jobs: Job[];
    mailWorker: MailWorker;
  }
}

export interface AppOptions {
  config: Config;
  database: Database;
  /** Signs CSRF tokens; from MASTHEAD_SECRET or the data folder. */
  secret: string;
  clock?: Clock;
  /** The spam filter of the comment pipeline and the Akismet-compatible API; rule-based unless given. */
  spamFilter?: SpamFilter;
  /** Where images go; files in the data folder unless a test gives memory. */
  mediaStore?: MediaStore;
  /** Mail transport; SMTP when configured, otherwise files in the data folder. */
  mailer?: Mailer;
  /** Run the background jobs (mail, clean-ups); `masthead serve` does, tests drive them by hand. */
  runJobs?: boolean;
  /** Pino options or false; tests pass false. */
  logger?: boolean | object;
}

/** Request bodies are small forms; 64 KiB is ample and caps abuse (test plan L6). */
export const BODY_LIMIT = 64 * 1024;

/** URL of a file in public/assets with its content hash, so it can be cached for a year. */
function assetUrl(name: string): string {
  const version = createHash('sha256').update(readFileSync(path.join(assetsDir, name))).digest('hex').slice(0, 12);
  return `/assets/${name}?v=${version}`;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    bodyLimit: BODY_LIMIT,
    requestTimeout: 30_000,
    // Only configured proxies may set the client address through X-Forwarded-For.
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });

  // Every route, for the access and CSRF matrices that tests generate from it.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of ([] as string[]).concat(route.method)) {
      routeTable.push({ method, url: route.url, permission: route.config?.permission });
    }
  });

  const site = new Site(database.db, clock, config.publicUrl, assetUrl('masthead.css'), { comments: assetUrl('comments.js') });

  const https = config.publicUrl.startsWith('https:');
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        // Only when the public URL is https: on plain http it would break every asset.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyFormbody);
  await app.register(fastifyCookie);
  await app.register(fastifyStatic, {
    root: assetsDir,
    prefix: '/assets/',
    // The stylesheet URL carries a content hash, so it can be cached for long.
    maxAge: '365d',
    immutable: true,
    index: false,
  });

  registerErrorHandling(app, site);
  registerHealthRoutes(app, database);
  const signer = new Signer(options.secret);
  const csrf = new Csrf(options.secret);
  const cookies = cookiePolicy(config.publicUrl);
  const siteModels = new SiteModelRepository(database.db, database.dialect, () => clock.now());
  const spamFilter = options.spamFilter ?? loadEngineSpamChecker(siteModels);
  const language = async () => (await site.pageContext()).publication.language;
  const publicationName = async () => (await site.pageContext()).publication.name;
  const akismet = new AkismetService(database.db, clock, spamFilter);
  registerAkismetRoutes(app, { service: akismet, clock, language });
  const commentService = new CommentService(
    database.db,
    database.dialect,
    clock,
    spamFilter,
    {
      publicationName,
      articleUrl: (slug) => `${config.publicUrl}/articles/${encodeURIComponent(slug)}`,
      deskUrl: (id) => `${config.publicUrl}/admin/comments/${id}`,
      unsubscribeUrl: (id) => unsubscribeUrl(signer, config.publicUrl, id),
    },
    language,
  );
  const moderation = new ModerationService(database.db, clock, commentService, publicationName);
  // Moderators' spam and not-spam decisions teach this site's model.
  moderation.onFeedback(async (commentId, verdict) => {
    const c = await database.db.selectFrom('comments').selectAll().where('id', '=', commentId).executeTakeFirst();
    if (!c || c.staff_user_id !== null) return;
    await spamFilter.learn(LOCAL_SITE, { comment: c.body, author: c.author_name, email: c.author_email, url: c.author_url ?? '', ip: c.author_ip ?? '', userAgent: c.user_agent ?? '', language: await language() }, verdict);
  });
  const commentDeps = { db: database.db, clock, signer, csrf, cookies, publicUrl: config.publicUrl, service: commentService };
  const renderArticle = articleRenderer({ db: database.db, site, comments: new CommentSectionBuilder(commentDeps) });
  registerArticleRoutes(app, { db: database.db, site, renderArticle });
  registerCommentRoutes(app, { ...commentDeps, renderArticle, t: () => site.pageContext() });
  registerAuthorRoutes(app, { db: database.db, site });
  registerDiscoveryRoutes(app, { db: database.db, clock, publicUrl: config.publicUrl });
  registerEditorialRoutes(app, { db: database.db, site, publicUrl: config.publicUrl });
  const mediaStore = options.mediaStore ?? new FileMediaStore(path.join(config.dataDir, 'media'));
  registerMediaRoutes(app, mediaStore);

  const auth = new AuthService(database.db, clock);
  await registerStaffArea(
    app,
    {
      db: database.db,
      dialect: database.dialect,
      clock,
      auth,
      csrf,
      cookies,
      site,
      publicUrl: config.publicUrl,
      deskStylesheet: assetUrl('desk.css'),
      deskScript: assetUrl('desk.js'),
      media: new MediaService(mediaStore),
    },
    { gate: registerGateRoutes, guarded: [registerLogoutRoute, registerDeskRoutes, registerArticleAdminRoutes, registerAuthorAdminRoutes, registerSectionAdminRoutes, registerSettingsRoutes, registerUserAdminRoutes, moderationRoutes(moderation), apiKeyRoutes(akismet)] },
  );

  const mailer = options.mailer ?? (config.smtpUrl ? new SmtpMailer(config.smtpUrl) : new FileMailer(path.join(config.dataDir, 'mail')));
  const mailWorker = new MailWorker(database.db, clock, mailer, config.mailFrom);
  const jobs: Job[] = [
    { name: 'mail', everyMs: 5_000, run: () => mailWorker.deliverDue() },
    { name: 'purge-spam-and-trash', everyMs: 3600_000, run: async () => ({ deleted: await moderation.purgeOldSpamAndTrash() }) },
    { name: 'expire-sessions', everyMs: 3600_000, run: async () => ({ deleted: await auth.deleteExpiredSessions() }) },
    { name: 'purge-spam-api-checks', everyMs: 3600_000, run: async () => ({ deleted: (await akismet.purgeOldChecks()) + (await akismet.purgeOldRateCounts()) }) },
    { name: 'purge-spam-fingerprints', everyMs: 3600_000, run: async () => ({ deleted: await siteModels.purgeOldFingerprints() }) },
    { name: 'recheck-spam', everyMs: 5 * 60_000, run: async () => moderation.recheckFailedSpamChecks(await language()) },
  ];
  app.decorate('jobs', jobs);
  app.decorate('mailWorker', mailWorker);
  const runner = new JobRunner(app.log);
  if (options.runJobs) {
    app.addHook('onReady', async () => {
      app.log.info({ mail: mailer.description }, 'background jobs started');
      runner.start(jobs);
    });
  }

  app.addHook('onClose', async () => {
    runner.stop();
    await database.close();
  });
  return app;
}
