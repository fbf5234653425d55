import { createRuntime, type Runtime } from '../runtime/create-runtime.js';
import { startWorkers, type WorkerPool } from '../queues/start-workers.js';
import { syncDigestSchedulers, syncSchedulers } from '../queues/sync-schedulers.js';
import { enqueueReconcile } from '../queues/enqueue-reconcile.js';
import { createServer } from '../http/create-server.js';
import { startEmbeddedRedis, type EmbeddedRedis } from '../runtime/embedded-redis.js';
import { createLogger } from '../logging/create-logger.js';
import { createRedis, describeRedisUrl, redisReachable } from '../../adapters/redis/redis-connection.js';
import { closeQueues, createQueues } from '../queues/create-queues.js';
import { createStores } from '../runtime/create-stores.js';
import { loadConfigOrExit, requireRedis } from '../cli/connect.js';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/load-config.js';
import type { Logger } from '../logging/create-logger.js';

export type Role = 'start' | 'worker' | 'server';

export interface RunningService {
  runtime: Runtime;
  server: FastifyInstance | null;
  /** The dashboard's URL (with the port actually bound), or null for a worker. */
  url: string | null;
  /** Stops HTTP, lets jobs in flight finish (cancelled at 25 s), closes connections. */
  stop(): Promise<void>;
}

/**
 * One role's machinery for a loaded config, without signals or process exit: `runService` and
 * `pactwatch demo` both run the service through this.
 */
export async function startService(config: AppConfig, role: Role, log: Logger): Promise<RunningService> {
  const runtime: Runtime = createRuntime(config, { log });
  const { deps } = runtime;
  let pool: WorkerPool | null = null;
  let server: FastifyInstance | null = null;

  if (role !== 'server') {
    const sync = await syncSchedulers(deps.queues.poll, deps.redis, deps.stores.keys.schedulerLock, config.sources);
    if (sync) log.info({ ...sync }, 'source schedulers in step with sources.yaml');
    const digests = await syncDigestSchedulers(deps.queues.digest, deps.redis, `${deps.stores.keys.schedulerLock}:digest`, config.app.digest, config.app.queues.notifyAttempts);
    if (digests?.length) log.info({ changed: digests, daily: config.app.digest.dailyCron, weekly: config.app.digest.weeklyCron }, 'digest schedulers in step with app.yaml');
    await enqueueReconcile(deps.queues, 'start');
    pool = startWorkers(deps, runtime.workerConnection);
  }
  // The HTTP side gets its own fail-fast connection: while Redis is away a page answers an error at
  // once instead of hanging on the workers' retry-forever connection.
  const httpRedis = role !== 'worker' ? createRedis(config.redisUrl, 'producer') : null;
  const httpQueues = httpRedis ? createQueues(httpRedis, config.env.PACTWATCH_PREFIX, config.app.queues) : null;
  if (httpRedis && httpQueues) {
    httpRedis.on('error', (err) => log.debug({ err: err.message }, 'http redis connection error'));
    const stores = createStores(httpRedis, config.env.PACTWATCH_PREFIX);
    server = await createServer({ ...deps, redis: httpRedis, stores, queues: httpQueues, expectSchedulers: role === 'start' });
    await server.listen({ host: config.env.HOST, port: config.env.PORT });
  }
  const enabled = config.sources.filter((s) => s.enabled).length;
  // The port actually bound (PORT=0 picks a free one).
  const address = server?.server.address();
  const url = server ? `http://${config.env.HOST}:${address && typeof address === 'object' ? address.port : config.env.PORT}/` : null;
  log.info({ redis: describeRedisUrl(config.redisUrl), mail: deps.mail.describe(), sources: enabled, dashboard: url }, `pactwatch ${role} running`);
  return {
    runtime,
    server,
    url,
    async stop() {
      await server?.close();
      if (httpQueues) await closeQueues(httpQueues);
      httpRedis?.disconnect();
      await pool?.close(25_000);
      await runtime.close();
    },
  };
}

/**
 * The long-running roles. `start` = worker + schedulers + dashboard in one process; `worker` and
 * `server` are the halves for scaling out. SIGINT/SIGTERM: stop HTTP, let jobs finish (or return them to
 * the queue at the deadline), close connections, exit 0. A second signal exits at once.
 */
export async function runService(role: Role): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.env.LOG_LEVEL, { role });
  let embedded: EmbeddedRedis | null = null;
  if (role === 'start' && !config.redisUrlExplicit && !(await redisReachable(config.redisUrl)).ok) {
    embedded = await startEmbeddedRedis(config.redisUrl);
    log.info({ redis: config.redisUrl, dataDir: embedded.dataDir }, 'no Redis was reachable: started an embedded redis-server (set REDIS_URL to use your own)');
  } else await requireRedis(config);

  const service = await startService(config, role, log);
  if (process.stderr.isTTY && service.url)
    process.stderr.write(`\npactwatch is running: dashboard ${service.url} · mail: ${service.runtime.deps.mail.describe()} · Ctrl-C stops\n\n`);

  await new Promise<void>((resolveStop) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        log.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      log.info({ signal }, 'shutting down: finishing jobs in flight');
      await service.stop();
      await embedded?.stop();
      log.info('stopped');
      resolveStop();
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}

