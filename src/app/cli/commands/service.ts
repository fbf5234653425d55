import type { Command } from 'commander';
import { createRuntime, type Runtime } from '../../runtime/create-runtime.js';
import { startWorkers, type WorkerPool } from '../../queues/start-workers.js';
import { syncSchedulers } from '../../queues/sync-schedulers.js';
import { enqueueReconcile } from '../../queues/enqueue-reconcile.js';
import { createServer } from '../../http/create-server.js';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../runtime/embedded-redis.js';
import { createLogger } from '../../logging/create-logger.js';
import { describeRedisUrl, redisReachable } from '../../../adapters/redis/redis-connection.js';
import { loadConfigOrExit, requireRedis } from '../connect.js';
import type { FastifyInstance } from 'fastify';

type Role = 'start' | 'worker' | 'server';

/**
 * The long-running roles. `start` = worker + schedulers + dashboard in one process; `worker` and
 * `server` are the halves for scaling out. SIGINT/SIGTERM: stop HTTP, let jobs finish (or return them to
 * the queue at the deadline), close connections, exit 0. A second signal exits at once.
 */
async function runService(role: Role): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.env.LOG_LEVEL, { role });
  let embedded: EmbeddedRedis | null = null;
  if (role === 'start' && !config.redisUrlExplicit && !(await redisReachable(config.redisUrl)).ok) {
    embedded = await startEmbeddedRedis(config.redisUrl);
    log.info({ redis: config.redisUrl, dataDir: embedded.dataDir }, 'no Redis was reachable: started an embedded redis-server (set REDIS_URL to use your own)');
  } else await requireRedis(config);

  const runtime: Runtime = createRuntime(config, { log });
  const { deps } = runtime;
  let pool: WorkerPool | null = null;
  let server: FastifyInstance | null = null;

  if (role !== 'server') {
    const sync = await syncSchedulers(deps.queues.poll, deps.redis, deps.stores.keys.schedulerLock, config.sources);
    if (sync) log.info({ ...sync }, 'source schedulers in step with sources.yaml');
    await enqueueReconcile(deps.queues, 'start');
    pool = startWorkers(deps, runtime.workerConnection);
  }
  if (role !== 'worker') {
    server = await createServer({ ...deps, expectSchedulers: role === 'start' });
    await server.listen({ host: config.env.HOST, port: config.env.PORT });
  }
  const enabled = config.sources.filter((s) => s.enabled).length;
  log.info(
    { redis: describeRedisUrl(config.redisUrl), mail: deps.mail.describe(), sources: enabled, dashboard: server ? `http://${config.env.HOST}:${config.env.PORT}/` : null },
    `pactwatch ${role} running`,
  );
  if (process.stderr.isTTY && server)
    process.stderr.write(`\npactwatch is running: dashboard http://${config.env.HOST}:${config.env.PORT}/ · mail: ${deps.mail.describe()} · Ctrl-C stops\n\n`);

  await new Promise<void>((resolveStop) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        log.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      log.info({ signal }, 'shutting down: finishing jobs in flight');
      await server?.close();
      await pool?.close(25_000);
      await runtime.close();
      await embedded?.stop();
      log.info('stopped');
      resolveStop();
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}

export function registerServiceCommands(program: Command): void {
  program
    .command('start')
    .description('run worker, source schedulers and dashboard in one process (what `npm start` runs); starts an embedded redis-server when none is reachable')
    .action(() => runService('start'));
  program.command('worker').description('run the queue workers and keep source schedulers in step with sources.yaml (scale out: run several)').action(() => runService('worker'));
  program.command('server').description('run the dashboard and HTTP API only').action(() => runService('server'));
}
