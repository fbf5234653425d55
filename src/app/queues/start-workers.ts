import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { poll } from '../../../jobs/poll.js';
import { article } from '../../../jobs/article.js';
import { reconcile } from '../../../jobs/reconcile.js';
import { notify } from '../../../jobs/notify.js';
import { digest } from '../../../jobs/digest.js';
import { confirm } from '../../../jobs/confirm.js';
import type { Deps } from '../runtime/deps.js';
import { QUEUE_NAMES, type QueueName } from './queue-names.js';

// `token` is the job's lock token: poll and article need it to move a job to delayed (Retry-After, pacing).
const PROCESSORS: Record<QueueName, (job: Job, deps: Deps, token?: string) => Promise<unknown>> = { poll, article, reconcile, notify, digest, confirm };

export interface WorkerPool {
  workers: Worker[];
  /** Stops taking jobs and lets active ones finish; past `deadlineMs` they are cancelled (back to the queue). */
  close(deadlineMs?: number): Promise<void>;
}

function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(r, ms, false).unref())]);
}

export function startWorkers(deps: Deps, connection: Redis, queues: readonly QueueName[] = QUEUE_NAMES): WorkerPool {
  const { config, log } = deps;
  const concurrency: Record<QueueName, number> = { ...config.app.queues.concurrency, reconcile: 1, digest: 1, confirm: 2 };
  const workers = queues.map((name) => {
    const worker = new Worker(name, (job, token) => PROCESSORS[name](job, deps, token), {
      connection,
      prefix: config.env.PACTWATCH_PREFIX,
      concurrency: concurrency[name],
      // A dead worker's job runs again after one to two lock periods (see outboxLeaseMs for notify).
      lockDuration: config.app.queues.lockSeconds * 1_000,
      stalledInterval: config.app.queues.lockSeconds * 1_000,
      removeOnComplete: { count: config.app.queues.keepCompleted },
      removeOnFail: { count: config.app.queues.keepFailed },
    });
    worker.on('error', (err) => log.error({ queue: name, err: err.message }, 'worker error'));
    worker.on('failed', (job, err) =>
      log.warn({ queue: name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
    );
    return worker;
  });
  return {
    workers,
    async close(deadlineMs = 25_000) {
      const closed = await within(Promise.all(workers.map((w) => w.close())), deadlineMs);
      if (!closed) {
        log.warn({ deadlineMs }, 'jobs still running at the shutdown deadline: cancelling them (they go back to the queue)');
        for (const w of workers) w.cancelAllJobs('shutdown');
        await within(Promise.all(workers.map((w) => w.close(true))), 5_000);
      }
    },
  };
}
