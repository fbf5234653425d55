import type { Job } from 'bullmq';
import { ArticlePayloadSchema } from '../src/app/queues/payloads.js';
import { forQueue } from '../src/app/queues/job-errors.js';
import { decodeBody } from '../src/adapters/feed/index.js';
import { parseArticlePage } from '../src/adapters/html/article-page.js';
import { extractClaims } from '../src/core/extract/index.js';
import { canonicalUrl, urlKey } from '../src/core/url/canonical-url.js';
import { enqueueReconcile } from '../src/app/queues/enqueue-reconcile.js';
import type { Deps } from '../src/app/runtime/deps.js';

export interface ArticleResult {
  url: string;
  claims: number;
  skipped?: 'duplicate';
}

/** article {url, sourceId, hint}: fetch, read the main text, extract claims, hand them to reconcile. */
export async function article(job: Job, deps: Deps): Promise<ArticleResult> {
  const { url, sourceId, hint } = ArticlePayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  const source = config.sources.find((s) => s.id === sourceId);
  try {
    const res = await deps.http.get(url, { headers: source?.headers });
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
    await stores.inbox.push(claims.map((c) => ({ ...c, trust })));
    await stores.counters.add('articles');
    await stores.counters.add('claims', claims.length);
    if (claims.length) await enqueueReconcile(deps.queues, 'claims');
    log.info({ url: canonical, sourceId, claims: claims.length }, 'article read');
    return { url: canonical, claims: claims.length };
  } catch (err) {
    await stores.counters.add('articleFailures');
    log.warn({ url, sourceId, err: (err as Error).message }, 'article failed');
    throw forQueue(err);
  }
}
