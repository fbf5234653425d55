import { createHash, randomBytes } from 'node:crypto';
import { SubscriptionRequestSchema, describeIssues } from '../../../core/subscriptions/subscription-request.js';
import type { ServerDeps } from '../server-deps.js';

export type SignupAnswer =
  | { status: 202; email: string; message: string }
  | { status: 400; issues: Array<{ field: string; message: string }> }
  | { status: 429; retryAfterSeconds: number; message: string };

/**
 * One sign-up, for the API and the form alike: validate, count it against the client IP and the
 * address (Redis counters with a TTL), record a `pending` subscriber (an active one is left as is),
 * and queue the confirmation mail. The answer is the same whatever the address's state, so the form
 * does not reveal who is subscribed.
 */
export async function signUp(deps: ServerDeps, body: unknown, ip: string): Promise<SignupAnswer> {
  const parsed = SubscriptionRequestSchema.safeParse(body ?? {});
  if (!parsed.success) return { status: 400, issues: describeIssues(parsed.error) };
  const { email, ...prefs } = parsed.data;
  const limits = deps.config.app.subscriptions;

  const byIp = await deps.stores.rateLimits.hit('signup-ip', ip.replace(/[^0-9A-Fa-f.:]/g, '_'), limits.perIpPerHour, 3600);
  if (!byIp.allowed) return tooMany(byIp.retryAfterSeconds, 'too many sign-ups from your network');
  const addressKey = createHash('sha256').update(email).digest('hex').slice(0, 32);
  const byAddress = await deps.stores.rateLimits.hit('signup-address', addressKey, limits.perAddressPerHour, 3600);
  if (!byAddress.allowed) return tooMany(byAddress.retryAfterSeconds, 'too many sign-ups for this address');

  const nonce = randomBytes(12).toString('hex');
  const { subscriber, outcome } = await deps.stores.subscribers.requestSignup(email, prefs, nonce, deps.clock());
  const kind = outcome === 'already-active' ? 'already-subscribed' : 'confirm';
  await deps.queues.confirm.add(
    'confirm',
    { subscriberId: subscriber.id, nonce, kind },
    { jobId: `confirm-${subscriber.id}-${nonce}`, attempts: deps.config.app.queues.notifyAttempts },
  );
  deps.log.info({ subscriberId: subscriber.id, outcome }, 'sign-up received');
  return {
    status: 202,
    email,
    message: `Check your inbox: a mail to ${email} has the link that confirms the subscription (the link works for ${limits.confirmHours} hours). Nothing else is sent until it is confirmed.`,
  };
}

function tooMany(retryAfterSeconds: number, what: string): SignupAnswer {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return { status: 429, retryAfterSeconds, message: `${what}: please try again in ${minutes} minute${minutes === 1 ? '' : 's'}` };
}
