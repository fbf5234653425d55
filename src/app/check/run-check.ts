import { randomBytes } from 'node:crypto';
import type { Runtime } from '../runtime/create-runtime.js';
import { startWorkers } from '../queues/start-workers.js';
import { enqueueReconcile } from '../queues/enqueue-reconcile.js';
import { QUEUE_NAMES, SCHEDULED_QUEUES } from '../queues/queue-names.js';
import type { SourceRunResult } from '../../adapters/redis/run-log.js';
import { countSignatories } from '../../core/registry/count-signatories.js';
import type { Change } from '../../core/schemas/registry.js';

export interface CheckSummary {
  ok: boolean;
  runId: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  timedOut: boolean;
  /** Alerts could not be delivered yet and wait for a retry (by the next run or a worker). */
  mailRetriesPending: boolean;
  sources: { total: number; polled: number; ok: number; notModified: number; failed: number; results: SourceRunResult[] };
  articles: { read: number; failed: number };
  claims: number;
  changes: { confirmed: number; pending: number; list: Array<Pick<Change, 'id' | 'party' | 'kind' | 'from' | 'to'>> };
  mails: { sent: number; failed: number; queued: number; lastError: string | null };
  signatories: number;
  /** Jobs still queued when the run stopped waiting (retries in backoff, typically mail). */
  outstanding: Record<string, number>;
}

/** How long a run waits on alerts in retry backoff once all else is done. */
const MAIL_RETRY_GRACE_MS = 15_000;

export interface CheckOptions {
  timeoutMs: number;
  onProgress?: (text: string) => void;
}

/**
 * One full cycle through the same queues the service uses, with an in-process worker: poll every
 * enabled source once, then wait until article, reconcile and notify have drained.
 */
export async function runCheck(runtime: Runtime, options: CheckOptions): Promise<CheckSummary> {
  const { deps } = runtime;
  const { stores, queues, config } = deps;
  const started = deps.clock();
  const runId = started.toISOString().replace(/\D/g, '').slice(0, 14) + '-' + randomBytes(3).toString('hex');
  const before = await stores.counters.snapshot();
  const streamStart = started.getTime() - 1;
  const enabled = config.sources.filter((s) => s.enabled);

  const pool = startWorkers(deps, runtime.workerConnection);
  // The wait below recounts as soon as one of our workers finds its queue empty, rather than on its next
  // tick: the end of a cycle is noticed at once, not up to 200 ms later.
  let wake: (() => void) | null = null;
  for (const w of pool.workers) w.on('drained', () => wake?.());
  let timedOut = false;
  let mailRetriesPending = false;
  let outstanding: Record<string, number> = {};
  try {
    // Applies the known list even when no article turns up, so the registry is never empty after a run.
    await enqueueReconcile(queues, 'check');
    // Alerts left waiting by an earlier run (mail server down) are retried now, not after their backoff:
    // a cron run is the operator asking for a cycle, and the outbox keeps the retry from mailing twice.
    await queues.notify.promoteJobs();
    // A completed poll of this run is not kept: the run log records what each source did, and keeping
    // them would cost every job its share of trimming the completed list — and push the service's
    // scheduled polls out of the history the queue board shows.
    await queues.poll.addBulk(
      enabled.map((s) => ({ name: 'poll', data: { sourceId: s.id, runId }, opts: { jobId: `check-${runId}-${s.id}`, attempts: 1, removeOnComplete: true } })),
    );
    const waitStart = Date.now();
    const deadline = waitStart + options.timeoutMs;
    let retryWaitUntil: number | null = null;
    let lastLine = '';
    for (;;) {
      outstanding = await countOutstanding(runtime);
      const total = Object.values(outstanding).reduce((a, b) => a + b, 0);
      if (total === 0) break;
      if (Date.now() > deadline) {
        timedOut = true;
        break;
      }
      // Everything drained but alerts waiting out a retry (mail server down): give them a short grace,
      // then report them queued rather than sit through the whole backoff.
      const onlyMailRetries = total === outstanding.notify && (await queues.notify.getJobCounts('waiting', 'active', 'prioritized').then((c) => c.waiting! + c.active! + c.prioritized!)) === 0;
      if (onlyMailRetries) {
        retryWaitUntil ??= Date.now() + Math.min(MAIL_RETRY_GRACE_MS, options.timeoutMs);
        if (Date.now() > retryWaitUntil) {
          mailRetriesPending = true;
          break;
        }
      } else retryWaitUntil = null;
      if (options.onProgress) {
        const done = await stores.runLog.count(runId);
        const line = `polled ${done}/${enabled.length} sources; queued: ${QUEUE_NAMES.map((q) => `${q} ${outstanding[q]}`).join(', ')}`;
        if (line !== lastLine) options.onProgress(line);
        lastLine = line;
      }
      // Short runs (a quiet cycle is a fraction of a second) are not rounded up to the next 200 ms.
      await new Promise<void>((r) => {
        const timer = setTimeout(done, Math.min(200, 25 + (Date.now() - waitStart) / 10));
        function done() {
          clearTimeout(timer);
          wake = null;
          r();
        }
        wake = done;
      });
    }
  } finally {
    await pool.close(10_000);
  }

  const after = await stores.counters.snapshot();
  const results = (await stores.runLog.results(runId)).sort((a, b) => a.sourceId.localeCompare(b.sourceId));
  const changes = (await stores.registry.changesSince(String(streamStart), 10_000)).map((c) => c.change);
  const { state } = await stores.registry.load();
  const finished = deps.clock();
  const diff = (k: keyof typeof after) => after[k] - before[k];
  const queued = outstanding.notify ?? 0;
  const lastError = queued ? ((await queues.notify.getDelayed(0, 0))[0]?.failedReason ?? null) : null;
  return {
    ok: !timedOut && !mailRetriesPending,
    runId,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    seconds: Math.round((finished.getTime() - started.getTime()) / 100) / 10,
    timedOut,
    mailRetriesPending,
    sources: {
      total: enabled.length,
      polled: results.length,
      ok: results.filter((r) => r.ok).length,
      notModified: results.filter((r) => r.ok && r.notModified).length,
      failed: results.filter((r) => !r.ok).length,
      results,
    },
    articles: { read: diff('articles'), failed: diff('articleFailures') },
    claims: diff('claims'),
    changes: {
      confirmed: changes.length,
      pending: Object.keys(state?.pending ?? {}).length,
      list: changes.map(({ id, party, kind, from, to }) => ({ id, party, kind, from, to })),
    },
    mails: { sent: diff('mailsSent'), failed: diff('mailsFailed'), queued, lastError },
    signatories: countSignatories(state),
    outstanding,
  };
}

/** Scheduler-made polls wait as delayed jobs for their next turn: they are not part of this run. */
async function countOutstanding(runtime: Runtime): Promise<Record<string, number>> {
  const q = runtime.deps.queues;
  const out: Record<string, number> = {};
  // All queues asked at once: one round trip, not one per queue.
  await Promise.all(
    QUEUE_NAMES.map(async (name) => {
      const states = SCHEDULED_QUEUES.includes(name) ? (['waiting', 'active', 'prioritized'] as const) : (['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const);
      const counts = await q[name].getJobCounts(...states);
      out[name] = Object.values(counts).reduce((a, b) => a + b, 0);
    }),
  );
  return Object.fromEntries(QUEUE_NAMES.map((name) => [name, out[name]!]));
}
