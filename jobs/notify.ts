import type { Job } from 'bullmq';
import { NotifyPayloadSchema } from '../src/app/queues/payloads.js';
import { renderChangeAlert } from '../src/core/render/alert-mail.js';
import { countSignatories } from '../src/core/registry/count-signatories.js';
import { wantsChange } from '../src/core/subscriptions/wants-change.js';
import { classifyDeliveryError } from '../src/adapters/mail/delivery-error.js';
import { mailLinks } from '../src/app/runtime/mail-links.js';
import type { Subscriber } from '../src/core/schemas/subscriber.js';
import type { Deps } from '../src/app/runtime/deps.js';

/** Longer than one SMTP send can take (socket timeout 30 s): a live sender is never taken for a dead one. */
const LEASE_MS = 120_000;
/** Sends in flight at once; the SMTP pool bounds connections and rate below this. */
const PARALLEL = 8;

export class PendingDeliveriesError extends Error {
  readonly code = 'MAIL_PENDING';
  constructor(readonly pending: number, readonly total: number, readonly reason: string) {
    super(`${pending} of ${total} alerts not delivered yet (${reason}); retrying with backoff`);
  }
}

export interface NotifyResult {
  changeId: string;
  recipients: number;
  sent: number;
  skipped: number;
  failed: number;
}

/**
 * notify {changeId}: one mail per matching active instant subscriber. Each (change, subscriber) passes
 * through the outbox (claim → send → sent), so retries and restarts never mail anyone twice for one
 * change — except a message that was in flight when a process died (DESIGN §2).
 */
export async function notify(job: Job, deps: Deps): Promise<NotifyResult> {
  const { changeId } = NotifyPayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  const change = await stores.registry.getChange(changeId);
  if (!change) throw new Error(`change ${changeId} is not stored yet`);
  const { state } = await stores.registry.load();
  const signatoryCount = countSignatories(state);
  const recipients = (await stores.subscribers.all()).filter((s) => wantsChange(s, change, 'instant'));
  const result: NotifyResult = { changeId, recipients: recipients.length, sent: 0, skipped: 0, failed: 0 };
  let pending = 0;
  let lastReason = '';

  const deliver = async (subscriber: Subscriber): Promise<void> => {
    const claim = await stores.outbox.claim(changeId, subscriber.id, deps.clock(), LEASE_MS);
    if (claim === 'sent' || claim === 'failed') {
      result.skipped++;
      return;
    }
    if (claim === 'busy') {
      pending++;
      lastReason = 'another worker is sending';
      return;
    }
    const mail = renderChangeAlert({
      change,
      hub: config.known.hub,
      signatoryCount,
      subscriber,
      links: mailLinks(config.env.PUBLIC_URL, deps.tokenSecret, subscriber.id),
      agreementLabel: config.app.agreement.label,
    });
    try {
      const sent = await deps.mail.send({ ...mail, to: subscriber.email });
      await stores.outbox.markSent(changeId, subscriber.id, deps.clock(), sent.messageId);
      await stores.counters.add('mailsSent');
      result.sent++;
    } catch (err) {
      const verdict = classifyDeliveryError(err);
      if (verdict.permanent) {
        await stores.outbox.markFailed(changeId, subscriber.id, deps.clock(), verdict.reason);
        await stores.counters.add('mailsFailed');
        result.failed++;
        log.warn({ changeId, subscriberId: subscriber.id, reason: verdict.reason }, 'alert refused permanently');
      } else {
        await stores.outbox.release(changeId, subscriber.id);
        pending++;
        lastReason = verdict.reason;
      }
    }
  };

  const queue = [...recipients];
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) await deliver(s);
    }),
  );
  log.info({ ...result, pending }, 'alerts sent');
  if (pending) throw new PendingDeliveriesError(pending, recipients.length, lastReason);
  return result;
}
