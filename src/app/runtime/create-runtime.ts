import type { Redis } from 'ioredis';
import { createRedis } from '../../adapters/redis/redis-connection.js';
import { createHttpClient } from '../../adapters/http/http-client.js';
import { stateKeys } from '../../adapters/redis/keys.js';
import { HostPacing } from '../../adapters/redis/host-pacing.js';
import { FetchGate } from '../../adapters/robots/fetch-gate.js';
import { RobotsCache } from '../../adapters/robots/robots-cache.js';
import { createMailTransport } from '../../adapters/mail/mail-transport.js';
import { createQueues, closeQueues } from '../queues/create-queues.js';
import { createLogger, type Logger } from '../logging/create-logger.js';
import type { AppConfig } from '../config/load-config.js';
import { createStores } from './create-stores.js';
import { resolveTokenSecret } from './token-secret.js';
import { packageVersion } from './package-version.js';
import type { Deps } from './deps.js';

export interface Runtime {
  deps: Deps;
  /** Connection with maxRetriesPerRequest: null, as BullMQ workers require. */
  workerConnection: Redis;
  close(): Promise<void>;
}

/** Wires config to adapters once per process. */
export function createRuntime(config: AppConfig, options: { log?: Logger } = {}): Runtime {
  const log = options.log ?? createLogger(config.env.LOG_LEVEL);
  // Two connections: BullMQ's (queues and workers) and ours (stores, pacing, robots). BullMQ defines its
  // ~60 Lua scripts as commands on the connection it is given, and ioredis copies every defined command
  // onto each pipeline it creates — 30 µs and a dictionary-mode object per pipeline() instead of 5 µs,
  // paid by every job's batch of writes. Our writes never need to share a transaction with BullMQ's.
  const workerConnection = createRedis(config.redisUrl, 'worker');
  const redis = createRedis(config.redisUrl, 'worker');
  for (const c of [workerConnection, redis]) c.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
  const queues = createQueues(workerConnection, config.env.PACTWATCH_PREFIX, config.app.queues);
  const userAgent = config.app.http.userAgent.replace('{version}', packageVersion());
  const http = createHttpClient({
    userAgent,
    timeoutMs: Math.round(config.app.http.timeoutSeconds * 1000),
    bodyTimeoutMs: Math.round(config.app.http.bodyTimeoutSeconds * 1000),
    deadlineMs: Math.round(config.app.http.totalTimeoutSeconds * 1000),
    maxBytes: config.app.http.maxBytes,
    maxRedirects: config.app.http.maxRedirects,
    proxy: { httpProxy: config.env.HTTP_PROXY, httpsProxy: config.env.HTTPS_PROXY, noProxy: config.env.NO_PROXY },
  });
  const keys = stateKeys(config.env.PACTWATCH_PREFIX);
  const gate = new FetchGate(http, new RobotsCache(redis, keys.robots), new HostPacing(redis, keys.hostNextAt), {
    userAgent,
    perHostIntervalMs: config.app.http.perHostIntervalMs,
  });
  const mail = createMailTransport({
    smtpUrl: config.env.SMTP_URL ?? null,
    outboxDir: config.app.mail.outboxDir,
    from: config.env.MAIL_FROM,
    rateLimitPerSecond: config.app.mail.rateLimitPerSecond,
    logger: log,
  });
  const token = resolveTokenSecret(config.env.TOKEN_SECRET);
  if (token.generated) log.info({ file: token.file }, 'TOKEN_SECRET is unset: generated one for mail links (set TOKEN_SECRET when running several machines)');
  const deps: Deps = {
    config,
    redis,
    stores: createStores(redis, config.env.PACTWATCH_PREFIX),
    queues,
    http,
    gate,
    mail,
    log,
    tokenSecret: token.secret,
    clock: () => new Date(),
  };
  return {
    deps,
    workerConnection,
    async close() {
      await closeQueues(queues);
      await Promise.allSettled([http.close(), mail.close()]);
      await Promise.all([redis, workerConnection].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
