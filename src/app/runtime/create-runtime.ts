import type { Redis } from 'ioredis';
import { createRedis } from '../../adapters/redis/redis-connection.js';
import { createHttpClient } from '../../adapters/http/http-client.js';
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
  const redis = createRedis(config.redisUrl, 'worker');
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
  const workerConnection = redis;
  const queues = createQueues(redis, config.env.PACTWATCH_PREFIX, config.app.queues);
  const http = createHttpClient({
    userAgent: config.app.http.userAgent.replace('{version}', packageVersion()),
    timeoutMs: config.app.http.timeoutSeconds * 1000,
    bodyTimeoutMs: config.app.http.bodyTimeoutSeconds * 1000,
    maxBytes: config.app.http.maxBytes,
    maxRedirects: config.app.http.maxRedirects,
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
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
