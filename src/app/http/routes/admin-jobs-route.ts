import type { FastifyInstance } from 'fastify';
import { QUEUE_NAMES, type QueueName } from '../../queues/queue-names.js';
import type { ServerDeps } from '../server-deps.js';

/** Failed jobs of every queue go back to waiting (kept failed jobs are the operator's to retry). */
export function registerAdminJobsRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.post('/jobs/retry-failed', async () => {
    const retried = {} as Record<QueueName, number>;
    for (const name of QUEUE_NAMES) {
      const queue = deps.queues[name];
      const { failed = 0 } = await queue.getJobCounts('failed');
      if (failed > 0) await queue.retryJobs({ state: 'failed', count: 500 });
      retried[name] = failed;
    }
    deps.log.info({ retried }, 'failed jobs retried by the operator');
    return { retried };
  });
}
