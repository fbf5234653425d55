/** DESIGN §2: one queue per step. */
export const QUEUE_NAMES = ['poll', 'article', 'reconcile', 'notify'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
