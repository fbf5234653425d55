/**
 * DESIGN §2: one queue per step. `digest` is started by Job Schedulers (daily/weekly); `confirm` sends
 * double opt-in mails for sign-ups taken by the HTTP server.
 */
export const QUEUE_NAMES = ['poll', 'article', 'reconcile', 'notify', 'digest', 'confirm'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** Queues whose delayed jobs are the next scheduled run, not outstanding work (`check --once` skips them). */
export const SCHEDULED_QUEUES: readonly QueueName[] = ['poll', 'digest'];
