import { createHash } from 'node:crypto';
import type { Job } from 'bullmq';
import { PollPayloadSchema } from '../src/app/queues/payloads.js';
import { errorMessage, forQueue } from '../src/app/queues/job-errors.js';
import { parseSourceDocument, matchesKeywords } from '../src/adapters/feed/index.js';
import { urlKey } from '../src/core/url/canonical-url.js';
import type { Deps } from '../src/app/runtime/deps.js';

export interface PollResult {
  sourceId: string;
  notModified: boolean;
  items: number;
  newItems: number;
}

/**
 * poll {sourceId}: conditional GET of a feed or listing page, then one article job per link not seen
 * before. Validators are saved only after the jobs are queued, so a crash in between re-reads the source.
 */
export async function poll(job: Job, deps: Deps): Promise<PollResult> {
  const { sourceId, runId } = PollPayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  const source = config.sources.find((s) => s.id === sourceId);
  if (!source) {
    log.warn({ sourceId }, 'poll for a source no longer in sources.yaml: skipped');
    return { sourceId, notModified: false, items: 0, newItems: 0 };
  }
  const started = deps.clock();
  const validators = await stores.sourceState.validators(sourceId);
  let httpStatus: number | null = null;
  let latencyMs: number | null = null;
  try {
    const res = await deps.http.get(source.url, { etag: validators.etag, lastModified: validators.lastModified, headers: source.headers });
    httpStatus = res.status;
    latencyMs = res.latencyMs;
    const bodyHash = res.notModified ? validators.bodyHash : createHash('sha256').update(res.body).digest('hex');
    if (res.notModified || bodyHash === validators.bodyHash) {
      await stores.sourceState.saveValidators(sourceId, { etag: res.etag ?? validators.etag, lastModified: res.lastModified ?? validators.lastModified, bodyHash });
      const result = { sourceId, notModified: true, items: 0, newItems: 0 };
      await finish(deps, runId, started, { ...result, httpStatus, latencyMs });
      return result;
    }
    const listing = parseSourceDocument({ body: res.body, contentType: res.contentType, url: res.url, kind: source.kind, links: source.links });
    const wanted = listing.items.filter((item) => matchesKeywords(item, source.keywords));
    const byKey = new Map(wanted.map((item) => [urlKey(item.url), item]));
    const fresh = await stores.seen.unseen([...byKey.keys()]);
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
      await stores.seen.markSeen([...fresh]);
    }
    await stores.sourceState.saveValidators(sourceId, { etag: res.etag, lastModified: res.lastModified, bodyHash });
    const result = { sourceId, notModified: false, items: listing.items.length, newItems: fresh.size };
    await finish(deps, runId, started, { ...result, httpStatus, latencyMs });
    log.info({ sourceId, items: result.items, newItems: result.newItems, format: listing.format }, 'source polled');
    return result;
  } catch (err) {
    const error = errorMessage(err);
    httpStatus ??= (err as { status?: number }).status ?? null;
    const health = await stores.sourceState.recordFailure(sourceId, deps.clock(), { error, httpStatus, latencyMs });
    await stores.counters.add('pollFailures');
    if (runId) await stores.runLog.record(runId, { sourceId, ok: false, notModified: false, items: 0, newItems: 0, httpStatus, latencyMs, error });
    log.warn({ sourceId, err: error, consecutiveFailures: health.consecutiveFailures }, 'source failed');
    throw forQueue(err);
  }
}

async function finish(
  deps: Deps,
  runId: string | undefined,
  at: Date,
  r: PollResult & { httpStatus: number | null; latencyMs: number | null },
): Promise<void> {
  await deps.stores.sourceState.recordSuccess(r.sourceId, at, { httpStatus: r.httpStatus ?? 0, latencyMs: r.latencyMs ?? 0, items: r.items, newItems: r.newItems, notModified: r.notModified });
  await deps.stores.counters.add('polls');
  if (runId) await deps.stores.runLog.record(runId, { ...r, ok: true, error: null });
}
