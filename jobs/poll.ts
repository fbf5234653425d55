import { createHash } from 'node:crypto';
import type { Job } from 'bullmq';
import { PollPayloadSchema } from '../src/app/queues/payloads.js';
import { errorMessage, forQueue } from '../src/app/queues/job-errors.js';
import { MAX_POSTPONES, postpone, postponements } from '../src/app/queues/postpone-job.js';
import { retryLaterMs } from '../src/adapters/http/retry-later.js';
import { durationMs, type Source } from '../src/core/schemas/source.js';
import { matchesKeywords } from '../src/adapters/feed/keywords.js';
import { urlKey } from '../src/core/url/canonical-url.js';
import { execBatch, type Batch } from '../src/adapters/redis/batch.js';
import type { Deps } from '../src/app/runtime/deps.js';

export interface PollResult {
  sourceId: string;
  notModified: boolean;
  items: number;
  newItems: number;
  /** Set when a scheduled poll did not run: "backing off until <ISO time>". */
  skipped?: string;
}

/**
 * feedsmith and cheerio take ~0.1 s to load: they are loaded with the first document that changed, so a
 * quiet cycle (every source unchanged) never pays for them.
 */
let documentParser: Promise<typeof import('../src/adapters/feed/parse-source-document.js')> | undefined;
const loadDocumentParser = () => (documentParser ??= import('../src/adapters/feed/parse-source-document.js'));

/** In-process wait for the host's turn; a longer one delays the job instead of holding a worker slot. */
const MAX_SLEEP_MS = 2_000;
/** `check --once` cannot delay its polls (it waits only for what is queued now), so it waits longer here. */
const CHECK_MAX_SLEEP_MS = 30_000;

/**
 * poll {sourceId}: conditional GET of a feed or listing page, then one article job per link not seen
 * before. Validators are saved only after the jobs are queued, so a crash in between re-reads the source.
 * Round trips to Redis: the reads go out together, the writes of the outcome in one batch — a poll that
 * gets a 304 costs three (reads, robots.txt record, outcome) besides the queue's own.
 */
export async function poll(job: Job, deps: Deps, token?: string): Promise<PollResult> {
  const { sourceId, runId } = PollPayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  // check --once is the operator asking now; a postponed job already waited for the server.
  const mayBackOff = !runId && postponements(job) === 0;
  const [paused, validators, health] = await Promise.all([
    stores.control.isPaused(sourceId),
    stores.sourceState.validators(sourceId),
    mayBackOff ? stores.sourceState.health(sourceId) : null,
  ]);
  // Paused by the operator (POST /api/admin/sources/:id/pause): the scheduler keeps ticking, the poll does nothing.
  if (paused) return { sourceId, notModified: false, items: 0, newItems: 0 };
  const source = config.sources.find((s) => s.id === sourceId);
  if (!source) {
    log.warn({ sourceId }, 'poll for a source no longer in sources.yaml: skipped');
    return { sourceId, notModified: false, items: 0, newItems: 0 };
  }
  const started = deps.clock();
  const intervalMs = pollIntervalMs(source);
  const nextAttemptAt = health?.nextAttemptAt ?? null;
  if (nextAttemptAt !== null && started.getTime() < Date.parse(nextAttemptAt)) {
    await stores.sourceState.recordSkip(sourceId, started);
    log.info({ sourceId, nextAttemptAt }, `source skipped: backing off until ${nextAttemptAt}`);
    return { sourceId, notModified: false, items: 0, newItems: 0, skipped: `backing off until ${nextAttemptAt}` };
  }
  const canPostpone = !runId && postponements(job) < MAX_POSTPONES;
  let httpStatus: number | null = null;
  let latencyMs: number | null = null;
  try {
    await deps.gate.admit(source.url, { maxWaitMs: runId ? CHECK_MAX_SLEEP_MS : MAX_SLEEP_MS });
    const res = await deps.http.get(source.url, { etag: validators.etag, lastModified: validators.lastModified, headers: source.headers });
    httpStatus = res.status;
    latencyMs = res.latencyMs;
    const bodyHash = res.notModified ? validators.bodyHash : createHash('sha256').update(res.body).digest('hex');
    if (res.notModified || bodyHash === validators.bodyHash) {
      const batch = deps.redis.pipeline();
      stores.sourceState.saveValidatorsIn(batch, sourceId, { etag: res.etag ?? validators.etag, lastModified: res.lastModified ?? validators.lastModified, bodyHash });
      const result = { sourceId, notModified: true, items: 0, newItems: 0 };
      await finish(deps, batch, runId, started, { ...result, httpStatus, latencyMs });
      return result;
    }
    const { parseSourceDocument } = await loadDocumentParser();
    const listing = parseSourceDocument({ body: res.body, contentType: res.contentType, url: res.url, kind: source.kind, links: source.links });
    const wanted = listing.items.filter((item) => matchesKeywords(item, source.keywords));
    const byKey = new Map(wanted.map((item) => [urlKey(item.url), item]));
    const fresh = await stores.seen.unseen([...byKey.keys()]);
    const batch = deps.redis.pipeline();
    if (fresh.size) {
      await deps.queues.article.addBulk(
        [...fresh].map((key) => {
          const item = byKey.get(key)!;
          return {
            name: 'article',
            data: { url: item.url, sourceId, hint: { title: item.title, published: item.published, summary: item.summary }, ...(runId ? { runId } : {}) },
            opts: { jobId: key },
          };
        }),
      );
      stores.seen.markSeenIn(batch, [...fresh]);
    }
    stores.sourceState.saveValidatorsIn(batch, sourceId, { etag: res.etag, lastModified: res.lastModified, bodyHash });
    const result = { sourceId, notModified: false, items: listing.items.length, newItems: fresh.size };
    await finish(deps, batch, runId, started, { ...result, httpStatus, latencyMs });
    log.info({ sourceId, items: result.items, newItems: result.newItems, format: listing.format }, 'source polled');
    return result;
  } catch (err) {
    const laterMs = retryLaterMs(err);
    // Waiting for the host's turn is not the source's failure: nothing was asked of it yet.
    const hostBusy = (err as { code?: unknown }).code === 'HOST_BUSY';
    if (hostBusy && laterMs !== null && canPostpone) return postpone(job, token, laterMs);
    const error = errorMessage(err);
    httpStatus ??= (err as { status?: number }).status ?? null;
    await stores.counters.add('pollFailures');
    if (runId) await stores.runLog.record(runId, { sourceId, ok: false, notModified: false, items: 0, newItems: 0, httpStatus, latencyMs, error });
    if (hostBusy) throw forQueue(err);
    const health = await stores.sourceState.recordFailure(sourceId, deps.clock(), { error, httpStatus, latencyMs, intervalMs, retryAfterMs: laterMs });
    log.warn({ sourceId, err: error, consecutiveFailures: health.consecutiveFailures }, 'source failed');
    // The server said when to come back (429/503 Retry-After): that, not the generic backoff.
    if (laterMs !== null && canPostpone) return postpone(job, token, laterMs);
    throw forQueue(err);
  }
}

/** Adds the poll's health, counter and run-log entry to `batch` and sends it: one round trip. */
async function finish(
  deps: Deps,
  batch: Batch,
  runId: string | undefined,
  at: Date,
  r: PollResult & { httpStatus: number | null; latencyMs: number | null },
): Promise<void> {
  const { stores } = deps;
  stores.sourceState.recordSuccessIn(batch, r.sourceId, at, { httpStatus: r.httpStatus ?? 0, latencyMs: r.latencyMs ?? 0, items: r.items, newItems: r.newItems, notModified: r.notModified });
  stores.counters.addIn(batch, 'polls');
  if (runId) stores.runLog.recordIn(batch, runId, { ...r, ok: true, error: null });
  await execBatch(batch);
}

// The backoff base of a cron source is a guess: its real interval would need a cron parser.
function pollIntervalMs(source: Source): number {
  return durationMs(source.every ?? '15m');
}
