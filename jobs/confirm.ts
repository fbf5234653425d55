import type { Job } from 'bullmq';
import { ConfirmPayloadSchema } from '../src/app/queues/payloads.js';
import { renderConfirmationMail } from '../src/core/render/confirmation-mail.js';
import { confirmLink, mailLinks } from '../src/app/runtime/mail-links.js';
import { deliverOnce, outboxLeaseMs } from '../src/app/runtime/outbox-delivery.js';
import type { Deps } from '../src/app/runtime/deps.js';

export interface ConfirmResult {
  subscriberId: string;
  sent: boolean;
  reason?: string;
}

/**
 * confirm {subscriberId, nonce, kind}: the double opt-in mail of one sign-up (or, for an address
 * already active, a note with its manage link). Goes through the outbox under `confirm-<nonce>`, so a
 * retry never sends one sign-up's mail twice; a sign-up superseded by a newer one, confirmed meanwhile,
 * or removed is not mailed.
 */
export async function confirm(job: Job, deps: Deps): Promise<ConfirmResult> {
  const { subscriberId, nonce, kind } = ConfirmPayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  const subscriber = await stores.subscribers.get(subscriberId);
  const skip = (reason: string): ConfirmResult => {
    log.info({ subscriberId, kind, reason }, 'confirmation mail not sent');
    return { subscriberId, sent: false, reason };
  };
  if (!subscriber) return skip('the address was removed');
  if (subscriber.bouncing) return skip('the address is flagged as bouncing');
  if (kind === 'confirm' && (subscriber.state !== 'pending' || subscriber.confirmNonce !== nonce)) return skip('the sign-up was confirmed or superseded meanwhile');
  if (kind === 'already-subscribed' && subscriber.state !== 'active') return skip('the address is no longer active');

  // From the job's creation, not from this attempt: a retried mail carries the same link.
  const expiresAt = new Date(job.timestamp + config.app.subscriptions.confirmHours * 3600_000);
  const d = await deliverOnce(deps, `confirm-${nonce}`, subscriber, () =>
    renderConfirmationMail({
      kind,
      email: subscriber.email,
      subscriberId,
      nonce,
      preferences: subscriber,
      confirmUrl: confirmLink(config.env.PUBLIC_URL, deps.tokenSecret, subscriberId, nonce, expiresAt),
      manageUrl: mailLinks(config.env.PUBLIC_URL, deps.tokenSecret, subscriberId).manage,
      expiresAt,
      agreementLabel: config.app.agreement.label,
    }), outboxLeaseMs(config));
  if (d.outcome === 'pending') throw new Error(`confirmation mail not delivered yet (${d.reason}); retrying with backoff`);
  return d.outcome === 'sent' ? { subscriberId, sent: true } : { subscriberId, sent: false, reason: d.outcome === 'failed' ? d.reason : 'already sent' };
}
