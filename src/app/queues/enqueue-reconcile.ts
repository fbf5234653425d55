import type { Queues } from './create-queues.js';

/**
 * How long a reconcile asked for by new claims waits before it runs. Claims that arrive meanwhile are
 * folded into the same run (the add is deduplicated while the job waits), so a burst of articles costs
 * one registry read, parse and commit instead of one per article — the registry JSON grows with every
 * pending change, and back-to-back reconciles re-parsed it hundreds of times per cycle. The wait is
 * never extended: a steady stream of claims still gets a reconcile at least every
 * `RECONCILE_DEBOUNCE_MS` + one run.
 */
export const RECONCILE_DEBOUNCE_MS = 250;

/**
 * At most one reconcile runs and one waits (BullMQ `keepLastIfActive`): claims that arrive while one
 * runs are picked up by the next, and two reconciles never race on the registry. `debounce` delays the
 * job (see RECONCILE_DEBOUNCE_MS); a follow-up stored while one runs keeps that delay.
 */
export async function enqueueReconcile(queues: Queues, reason: string, options: { debounce?: boolean } = {}): Promise<void> {
  await queues.reconcile.add(
    'reconcile',
    { reason },
    { deduplication: { id: 'reconcile', keepLastIfActive: true }, ...(options.debounce ? { delay: RECONCILE_DEBOUNCE_MS } : {}) },
  );
}
