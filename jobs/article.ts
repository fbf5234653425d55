import type { Job } from 'bullmq';
import { ArticlePayloadSchema } from '../src/app/queues/payloads.js';
import { forQueue } from '../src/app/queues/job-errors.js';
import { MAX_POSTPONES, postpone, postponements } from '../src/app/queues/postpone-job.js';
import { retryLaterMs } from '../src/adapters/http/retry-later.js';
import { decodeBody } from '../src/adapters/feed/decode-body.js';
import { canonicalUrl, urlKey } from '../src/core/url/canonical-url.js';
import { enqueueReconcile } from '../src/app/queues/enqueue-reconcile.js';
import { execBatch } from '../src/adapters/redis/batch.js';
import type { Deps } from '../src/app/runtime/deps.js';

export interface ArticleResult {
  url: string;
  claims: number;
  skipped?: 'duplicate';
}

/** article {url, sourceId, hint}: fetch, read the main text, extract claims, hand them to reconcile. */
/** In-process wait for the host's turn; a longer one delays the job instead of holding a worker slot. */
const MAX_SLEEP_MS = 2_000;

/** cheerio and the extractor load with the first article, not with every worker (a quiet cycle reads none). */
let readers: Promise<[typeof import('../src/adapters/html/article-page.js'), typeof import('../src/core/extract/index.js')]> | undefined;
const loadReaders = () => (readers ??= Promise.all([import('../src/adapters/html/article-page.js'), import('../src/core/extract/index.js')]));

export async function article(job: Job, deps: Deps, token?: string): Promise<ArticleResult> {
  const { url, sourceId, hint } = ArticlePayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  const source = config.sources.find((s) => s.id === sourceId);
  try {
    await deps.gate.admit(url, { maxWaitMs: MAX_SLEEP_MS });
    const res = await deps.http.get(url, { headers: source?.headers });
    const [{ parseArticlePage }, { extractClaims }] = await loadReaders();
    const page = parseArticlePage(decodeBody(res.body, res.contentType), res.url);
    // The same story reached by two links (AMP, tracking variants, a redirect) is read once.
    const canonical = (page.canonicalUrl && canonicalUrl(page.canonicalUrl, res.url)) || canonicalUrl(res.url) || url;
    if (urlKey(canonical) !== urlKey(url) && !(await stores.seen.markIfNew(urlKey(canonical)))) {
      log.debug({ url, canonical }, 'article already read under another URL');
      return { url, claims: 0, skipped: 'duplicate' };
    }
    const published = page.published ?? hint.published ?? null;
    const claims = extractClaims(
      { title: page.title ?? hint.title ?? null, text: page.text, published, url: canonical, sourceId },
      { hub: config.known.hub },
    );
    const trust = source?.trust ?? 'press';
    // The claims and the counters in one round trip.
    const batch = deps.redis.pipeline();
    stores.inbox.pushIn(batch, claims.map((c) => ({ ...c, trust })));
    stores.counters.addIn(batch, 'articles');
    stores.counters.addIn(batch, 'claims', claims.length);
    await execBatch(batch);
    if (claims.length) await enqueueReconcile(deps.queues, 'claims', { debounce: true });
    log.info({ url: canonical, sourceId, claims: claims.length }, 'article read');
    return { url: canonical, claims: claims.length };
  } catch (err) {
    // Retry-After of a 429/503, or the host's turn: delayed jobs still count as outstanding in check --once.
    const laterMs = retryLaterMs(err);
    if (laterMs !== null && postponements(job) < MAX_POSTPONES) {
      log.info({ url, sourceId, waitMs: laterMs, reason: (err as Error).message }, 'article postponed');
      return postpone(job, token, laterMs);
    }
    await stores.counters.add('articleFailures');
    log.warn({ url, sourceId, err: (err as Error).message }, 'article failed');
    throw forQueue(err);
  }
}
