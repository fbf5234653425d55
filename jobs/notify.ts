import type { Job } from 'bullmq';
import { NotifyPayloadSchema } from '../src/app/queues/payloads.js';
import { renderChangeAlert } from '../src/core/render/alert-mail.js';
import { countSignatories } from '../src/core/registry/count-signatories.js';
import { isMailable, wantsChange } from '../src/core/subscriptions/wants-change.js';
import { mailLinks } from '../src/app/runtime/mail-links.js';
import { deliverOnce, inParallel, outboxLeaseMs } from '../src/app/runtime/outbox-delivery.js';
import type { Subscriber } from '../src/core/schemas/subscriber.js';
import type { Deps } from '../src/app/runtime/deps.js';

/**
 * Sends in flight at once; the SMTP pool bounds connections and rate below this. It is also the bound
 * on duplicates after a crash: at most this many claims can be unconfirmed when a process dies.
 */
export const NOTIFY_PARALLEL = 8;

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
 * change — except a message that was in flight when a process died (DESIGN §2). Subscribers flagged
 * `bouncing` are skipped (and said so in the log).
 */
export async function notify(job: Job, deps: Deps): Promise<NotifyResult> {
  const { changeId } = NotifyPayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  const change = await stores.registry.getChange(changeId);
  if (!change) throw new Error(`change ${changeId} is not stored yet`);
  const { state } = await stores.registry.load();
  const signatoryCount = countSignatories(state);
  const matching = (await stores.subscribers.all()).filter((s) => wantsChange(s, change, 'instant'));
  const bouncing = matching.filter((s) => !isMailable(s));
  if (bouncing.length) log.info({ changeId, skipped: bouncing.length, subscriberIds: bouncing.slice(0, 20).map((s) => s.id) }, 'skipping subscribers flagged as bouncing');
  const recipients = matching.filter(isMailable);
  const result: NotifyResult = { changeId, recipients: recipients.length, sent: 0, skipped: 0, failed: 0 };
  const leaseMs = outboxLeaseMs(config);
  let pending = 0;
  let lastReason = '';

  await inParallel(recipients, NOTIFY_PARALLEL, async (subscriber: Subscriber) => {
    const d = await deliverOnce(deps, changeId, subscriber, () =>
      renderChangeAlert({
        change,
        hub: config.known.hub,
        signatoryCount,
        subscriber,
        links: mailLinks(config.env.PUBLIC_URL, deps.tokenSecret, subscriber.id),
        agreementLabel: config.app.agreement.label,
      }), leaseMs);
    if (d.outcome === 'sent') result.sent++;
    else if (d.outcome === 'skipped') result.skipped++;
    else if (d.outcome === 'failed') result.failed++;
    else {
      pending++;
      lastReason = d.reason;
    }
  });
  log.info({ ...result, pending }, 'alerts sent');
  if (pending) throw new PendingDeliveriesError(pending, recipients.length, lastReason);
  return result;
}
