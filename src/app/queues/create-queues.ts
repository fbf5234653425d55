import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import type { AppFile } from '../config/app-file.js';
import { QUEUE_NAMES, type QueueName } from './queue-names.js';

export type Queues = Record<QueueName, Queue>;

/** Retries with exponential backoff everywhere; completed jobs trimmed, failed ones kept for the operator. */
export function defaultJobOptions(q: AppFile['queues']): DefaultJobOptions {
  return {
    attempts: q.attempts,
    backoff: { type: 'exponential', delay: q.backoffSeconds * 1_000, jitter: 0.2 },
    removeOnComplete: { count: q.keepCompleted },
    removeOnFail: { count: q.keepFailed },
  };
}

export function createQueues(connection: ConnectionOptions, prefix: string, q: AppFile['queues']): Queues {
  const entries = QUEUE_NAMES.map((name) => {
    const defaults = defaultJobOptions(q);
    if (name === 'notify') defaults.attempts = q.notifyAttempts;
    const queue = new Queue(name, { connection, prefix, defaultJobOptions: defaults });
    queue.on('error', () => undefined); // connection errors surface through the workers' logs and readiness
    return [name, queue] as const;
  });
  return Object.fromEntries(entries) as Queues;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.allSettled(Object.values(queues).map((q) => q.close()));
}
