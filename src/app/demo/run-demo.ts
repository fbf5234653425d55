import { deletePrefix } from '../../adapters/redis/delete-prefix.js';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRedis, describeRedisUrl, redisReachable } from '../../adapters/redis/redis-connection.js';
import { stateKeys } from '../../adapters/redis/keys.js';
import { SubscriberStore } from '../../adapters/redis/subscriber-store.js';
import { loadConfig, DEFAULT_REDIS_URL } from '../config/load-config.js';
import { createLogger, type Logger } from '../logging/create-logger.js';
import { startEmbeddedRedis, type EmbeddedRedis } from '../runtime/embedded-redis.js';
import { startService, type RunningService } from '../service/run-service.js';
import { UserError } from '../cli/user-error.js';
import { startNewsFarm, type NewsFarm } from './news-farm.js';
import { startMailSink, type MailSink } from './mail-sink.js';
import { writeDemoConfig } from './demo-config.js';
import { OUTLETS, storyline } from './storyline.js';

export const DEMO_SUBSCRIBER = 'demo@example.org';

export interface DemoOptions {
  /** Dashboard port; 0 picks a free one. */
  port: number;
  /** Story seconds per real second (2 = twice as fast). */
  speed: number;
  /** Where the demo keeps its config, captured mail and (if needed) Redis data. */
  dir: string;
  /** Redis key prefix of the demo: wiped at start, so every demo tells the story from the beginning. */
  prefix: string;
  /** REDIS_URL from the environment, if any; otherwise the local default, or an embedded redis-server. */
  redisUrl?: string;
  logLevel: Parameters<typeof createLogger>[0];
  /** One line for the person watching (stdout). */
  say: (line: string) => void;
}

export interface RunningDemo {
  dashboard: string;
  mailDir: string;
  stop(): Promise<void>;
}

/** A path as the person at the terminal best reads it: relative when under the working directory. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function wipePrefix(url: string, prefix: string): Promise<void> {
  const redis = createRedis(url, 'producer');
  try {
    await deletePrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}

async function addSubscriber(url: string, prefix: string): Promise<void> {
  const redis = createRedis(url, 'producer');
  try {
    await new SubscriberStore(redis, stateKeys(prefix)).upsert({ email: DEMO_SUBSCRIBER, state: 'active', parties: [], kinds: [], cadence: 'instant' }, new Date());
  } finally {
    redis.disconnect();
  }
}

/**
 * `pactwatch demo`: a local news farm (RSS + article pages released over a few minutes), a local SMTP
 * sink writing .eml files, and the whole service (workers, schedulers polling every 10 story-seconds,
 * dashboard) on its own Redis prefix and config, with one instant subscriber. Nothing leaves 127.0.0.1.
 */
export async function runDemo(o: DemoOptions): Promise<RunningDemo> {
  if (!(o.speed > 0) || o.speed > 1000) throw new UserError(`--speed must be a number above 0 (1 = real time), not "${o.speed}"`, 2);
  const dir = resolve(o.dir);
  const mailDir = join(dir, 'mail');
  const cleanup: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const fn of cleanup.reverse()) await fn().catch(() => undefined);
    cleanup.length = 0;
  };
  try {
    let redisUrl = o.redisUrl ?? DEFAULT_REDIS_URL;
    let embedded: EmbeddedRedis | null = null;
    const reachable = await redisReachable(redisUrl);
    if (!reachable.ok) {
      if (o.redisUrl) throw new UserError(`cannot reach Redis at ${describeRedisUrl(redisUrl)} (${reachable.reason})`);
      redisUrl = `redis://127.0.0.1:${await freePort()}`;
      embedded = await startEmbeddedRedis(redisUrl, join(dir, 'redis'));
      cleanup.push(() => embedded!.stop());
      o.say(`no Redis was reachable: started redis-server on ${redisUrl} (data under ${shown(embedded.dataDir)})`);
    }
    await wipePrefix(redisUrl, o.prefix);

    const start = new Date();
    const articles = storyline(start);
    const farm: NewsFarm = await startNewsFarm({ articles, start, speed: o.speed });
    cleanup.push(() => farm.close());

    // Old captures would make the count misleading: each demo starts with an empty mailbox.
    mkdirSync(mailDir, { recursive: true });
    for (const f of readdirSync(mailDir)) if (f.endsWith('.eml')) rmSync(join(mailDir, f));
    const sink: MailSink = await startMailSink(mailDir, (m) => o.say(`mail #${m.n} to ${m.to.join(', ')}: ${m.subject}  → ${shown(m.file)}`));
    cleanup.push(() => sink.close());

    const port = o.port === 0 ? await freePort() : o.port;
    const everySeconds = Math.max(1, Math.round(10 / o.speed));
    const configDir = writeDemoConfig(join(dir, 'config'), farm.feedUrl, everySeconds);
    const adminToken = randomBytes(12).toString('hex');
    const config = loadConfig({
      REDIS_URL: redisUrl,
      SMTP_URL: sink.url,
      MAIL_FROM: 'pactwatch demo <alerts@demo.localhost>',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      ADMIN_TOKEN: adminToken,
      PACTWATCH_CONFIG: configDir,
      PACTWATCH_PREFIX: o.prefix,
      TOKEN_SECRET: randomBytes(24).toString('hex'),
      LOG_LEVEL: o.logLevel,
    });
    await addSubscriber(redisUrl, o.prefix);

    const log: Logger = createLogger(o.logLevel, { role: 'demo' });
    const service: RunningService = await startService(config, 'start', log);
    cleanup.push(() => service.stop());
    const dashboard = service.url ?? `http://127.0.0.1:${port}/`;

    o.say('');
    o.say('pactwatch demo — the whole flow on this machine, nothing leaves 127.0.0.1');
    o.say(`  dashboard     ${dashboard}`);
    o.say(`  queue board   ${dashboard}admin/queues?token=${adminToken}`);
    o.say(`  news farm     ${farm.url}/  (${OUTLETS.map((x) => x.name).join(', ')}; polled every ${everySeconds} s)`);
    o.say(`  captured mail ${shown(mailDir)}/*.eml  (subscriber ${DEMO_SUBSCRIBER}, instant alerts)`);
    o.say(`  story         ${articles.length} articles over ${Math.ceil(Math.max(...articles.map((a) => a.at)) / o.speed)} s${o.speed !== 1 ? ` (speed ×${o.speed})` : ''}; Ctrl-C stops`);
    o.say('');

    // Narrate the story as it is published, so the alerts that follow make sense.
    let told = 0;
    const narrate = () => {
      const out = farm.released();
      for (const a of out.slice(told)) o.say(`news: ${OUTLETS.find((x) => x.id === a.outlet)?.name ?? a.outlet} — “${a.title}”`);
      told = out.length;
      if (told === articles.length) clearInterval(timer);
    };
    const timer = setInterval(narrate, 250);
    narrate();
    cleanup.push(async () => clearInterval(timer));

    return { dashboard, mailDir, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
