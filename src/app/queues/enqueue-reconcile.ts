import type { Queues } from './create-queues.js';

/**
 * At most one reconcile runs and one waits (BullMQ `keepLastIfActive`): claims that arrive while one
 * runs are picked up by the next, and two reconciles never race on the registry.
 */
export async function enqueueReconcile(queues: Queues, reason: string): Promise<void> {
  await queues.reconcile.add('reconcile', { reason }, { deduplication: { id: 'reconcile', keepLastIfActive: true } });
}
