import type { RenderedMail } from '../../core/render/alert-mail.js';
import type { Subscriber } from '../../core/schemas/subscriber.js';
import { classifyDeliveryError } from '../../adapters/mail/delivery-error.js';
import type { AppConfig } from '../config/load-config.js';
import type { Deps } from './deps.js';

/** nodemailer's socketTimeout as set in adapters/mail/mail-transport.ts. */
export const SMTP_SOCKET_TIMEOUT_MS = 30_000;

/**
 * The outbox lease: how long a claim of (message, subscriber) that is not yet marked sent stops another
 * run of the same job from sending it again.
 *
 * Two runs of one job overlap only when a worker lost its BullMQ lock (died, or stalled past
 * `queues.lockSeconds`); the survivor starts at least one lock period after the last renewal. So:
 * - longer than one send can take (2 × the SMTP socket timeout), so a slow but live sender is never
 *   taken for a dead one, and
 * - at least the lock period, so a re-run after a crash finds the dead worker's claims expired (or
 *   nearly) and resends just those — the in-flight messages DESIGN §2 allows to arrive twice — instead
 *   of waiting out a long lease in backoff.
 * `mail.leaseSeconds` overrides it (tests shorten it together with `queues.lockSeconds`).
 */
export function outboxLeaseMs(config: AppConfig): number {
  const set = config.app.mail.leaseSeconds;
  return set !== undefined ? set * 1_000 : Math.max(2 * SMTP_SOCKET_TIMEOUT_MS, config.app.queues.lockSeconds * 1_000);
}

export type Delivery =
  | { outcome: 'sent' }
  | { outcome: 'skipped' }
  | { outcome: 'failed'; reason: string }
  | { outcome: 'pending'; reason: string };

/**
 * One message to one subscriber through the outbox: claim `key:subscriberId` (set-if-absent, with a
 * lease) → send → mark sent. A temporary failure gives the claim back (the job's retry sends it);
 * a permanent one marks it failed for good and counts against the subscriber, who is flagged
 * `bouncing` after `mail.bounceThreshold` in a row.
 */
export async function deliverOnce(deps: Deps, key: string, subscriber: Subscriber, render: () => RenderedMail, leaseMs: number): Promise<Delivery> {
  const { stores, log } = deps;
  const claim = await stores.outbox.claim(key, subscriber.id, deps.clock(), leaseMs);
  if (claim === 'sent' || claim === 'failed') return { outcome: 'skipped' };
  if (claim === 'busy') return { outcome: 'pending', reason: 'another worker is sending' };
  const mail = render();
  try {
    const sent = await deps.mail.send({ ...mail, to: subscriber.email });
    await stores.outbox.markSent(key, subscriber.id, deps.clock(), sent.messageId);
    await stores.counters.add('mailsSent');
    if ((subscriber.permanentFailures ?? 0) > 0) await stores.subscribers.recordDelivered(subscriber.id);
    return { outcome: 'sent' };
  } catch (err) {
    const verdict = classifyDeliveryError(err);
    if (!verdict.permanent) {
      await stores.outbox.release(key, subscriber.id);
      return { outcome: 'pending', reason: verdict.reason };
    }
    await stores.outbox.markFailed(key, subscriber.id, deps.clock(), verdict.reason);
    await stores.counters.add('mailsFailed');
    const after = await stores.subscribers.recordPermanentFailure(subscriber.id, deps.config.app.mail.bounceThreshold);
    log.warn({ key, subscriberId: subscriber.id, reason: verdict.reason, failures: after?.permanentFailures }, 'mail refused permanently');
    if (after?.bouncing && !subscriber.bouncing)
      log.warn({ subscriberId: subscriber.id, failures: after.permanentFailures }, 'subscriber flagged as bouncing: no more mail until an operator re-adds the address');
    return { outcome: 'failed', reason: verdict.reason };
  }
}

/** Runs `work` over `items` with at most `parallel` in flight. */
export async function inParallel<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
