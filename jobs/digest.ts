import type { Job } from 'bullmq';
import { DigestPayloadSchema } from '../src/app/queues/payloads.js';
import { renderDigestMail } from '../src/core/render/digest-mail.js';
import { countSignatories } from '../src/core/registry/count-signatories.js';
import { isMailable, matchesFilters, wantsPending } from '../src/core/subscriptions/wants-change.js';
import { compareStreamIds, digestPeriodId, periodLengthMs, streamIdMs } from '../src/core/subscriptions/digest-period.js';
import { mailLinks } from '../src/app/runtime/mail-links.js';
import { deliverOnce, inParallel, outboxLeaseMs } from '../src/app/runtime/outbox-delivery.js';
import type { StoredChange } from '../src/adapters/redis/registry-store.js';
import type { DigestCursor } from '../src/adapters/redis/digest-cursor-store.js';
import type { Change } from '../src/core/schemas/registry.js';
import type { Subscriber } from '../src/core/schemas/subscriber.js';
import type { Deps } from '../src/app/runtime/deps.js';
import { NOTIFY_PARALLEL, PendingDeliveriesError } from './notify.js';

export interface DigestResult {
  cadence: 'daily' | 'weekly';
  periodId: string;
  subscribers: number;
  sent: number;
  /** Nothing new for them: no mail. */
  empty: number;
  skipped: number;
  failed: number;
}

const PAGE = 1_000;

/**
 * digest {cadence, at?}: for each active subscriber of this cadence, the confirmed changes that reached
 * the change stream since their last digest (their cursor) up to the period's end, plus — if they opted
 * into `pending` — unconfirmed changes first seen in that time. Nothing new → no mail.
 *
 * The period's end is the scheduled instant (BullMQ's `prevMillis`), so a retry hours later covers
 * exactly the same changes; the outbox key `digest-<periodId>:<subscriber>` stops a second send, and
 * the cursor moves only after the mail is sent (or refused for good).
 */
export async function digest(job: Job, deps: Deps): Promise<DigestResult> {
  const { cadence, at } = DigestPayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  const end = new Date(at ?? job.opts.prevMillis ?? job.timestamp);
  const endMs = end.getTime();
  const periodId = digestPeriodId(cadence, end);

  const ofCadence = (await stores.subscribers.all()).filter((s) => s.state === 'active' && s.cadence === cadence);
  const flagged = ofCadence.filter((s) => !isMailable(s));
  if (flagged.length) log.info({ periodId, skipped: flagged.length, subscriberIds: flagged.slice(0, 20).map((s) => s.id) }, 'skipping subscribers flagged as bouncing');
  const subscribers = ofCadence.filter(isMailable);
  const result: DigestResult = { cadence, periodId, subscribers: subscribers.length, sent: 0, empty: 0, skipped: 0, failed: 0 };
  if (!subscribers.length) return result;

  const cursors = await stores.digestCursors.getMany(subscribers.map((s) => s.id));
  // Where each subscriber's window opens: after their cursor; for a first digest, at their
  // confirmation, but at most one period back (a cadence change must not dump the whole history).
  const firstStart = (s: Subscriber) => Math.max(Date.parse(s.confirmedAt ?? s.createdAt) || 0, endMs - periodLengthMs(cadence));
  const opensAt = (s: Subscriber, c: DigestCursor | undefined) => (c ? (c.streamId ? (streamIdMs(c.streamId) ?? Date.parse(c.at)) : Date.parse(c.at)) : firstStart(s));
  const from = Math.min(...subscribers.map((s) => opensAt(s, cursors.get(s.id))));
  const entries = await readStream(deps, from, endMs);
  const lastEntry = entries.at(-1)?.streamId ?? null;
  const { state } = await stores.registry.load();
  const signatoryCount = countSignatories(state);
  const pendingAll = Object.values(state?.pending ?? {}).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
  const leaseMs = outboxLeaseMs(config);
  let pending = 0;
  let lastReason = '';

  await inParallel(subscribers, NOTIFY_PARALLEL, async (s) => {
    const cursor = cursors.get(s.id);
    const sinceMs = cursor ? Date.parse(cursor.at) : firstStart(s);
    const inWindow = (e: StoredChange) =>
      cursor?.streamId ? compareStreamIds(e.streamId, cursor.streamId) > 0 : (streamIdMs(e.streamId) ?? 0) > sinceMs;
    const changes: Change[] = entries.filter((e) => inWindow(e) && matchesFilters(s, e.change)).map((e) => e.change);
    const unconfirmed = pendingAll.filter((c) => {
      const t = Date.parse(c.detectedAt);
      return t > sinceMs && t <= endMs && wantsPending(s, c);
    });
    const advance = () => stores.digestCursors.advance(s.id, { streamId: lastEntry ?? cursor?.streamId ?? null, at: end.toISOString() });
    const mail = renderDigestMail({
      cadence, periodId, periodEnd: end, changes, pending: unconfirmed,
      hub: config.known.hub, signatoryCount, subscriber: s,
      links: mailLinks(config.env.PUBLIC_URL, deps.tokenSecret, s.id),
      agreementLabel: config.app.agreement.label, maxRows: config.app.digest.maxRows,
    });
    if (!mail) {
      result.empty++;
      await advance();
      return;
    }
    const d = await deliverOnce(deps, `digest-${periodId}`, s, () => mail, leaseMs);
    if (d.outcome === 'pending') {
      pending++;
      lastReason = d.reason;
      return;
    }
    result[d.outcome === 'sent' ? 'sent' : d.outcome === 'skipped' ? 'skipped' : 'failed']++;
    await advance();
  });
  log.info({ ...result, pending }, 'digests sent');
  if (pending) throw new PendingDeliveriesError(pending, subscribers.length, lastReason);
  return result;
}

/** Stream entries with a time in [fromMs, endMs], oldest first. */
async function readStream(deps: Deps, fromMs: number, endMs: number): Promise<StoredChange[]> {
  const out: StoredChange[] = [];
  let since = new Date(Math.max(0, fromMs)).toISOString();
  for (;;) {
    const page = await deps.stores.registry.changesSince(since, PAGE);
    for (const e of page) {
      if ((streamIdMs(e.streamId) ?? 0) > endMs) return out;
      out.push(e);
    }
    if (page.length < PAGE) return out;
    since = page.at(-1)!.streamId;
  }
}
