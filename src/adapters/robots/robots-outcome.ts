import { FetchError, HttpStatusError } from '../http/errors.js';
import type { FetchResult } from '../http/http-client.js';
import type { RobotsRecord } from './robots-rules.js';

/** How long an answer about robots.txt is trusted (RFC 9309 §2.4: caching beyond 24 h is discouraged). */
export const ROBOTS_TTL_MS = 24 * 3_600_000;
/** A robots.txt we could not read is asked for again this soon, not after a day of crawling blind. */
export const ROBOTS_RETRY_MS = 10 * 60_000;

export interface RobotsOutcome {
  record: RobotsRecord;
  ttlMs: number;
}

/** The fetch of a robots.txt (a result, or the error it threw) → what to remember and for how long. */
export function robotsOutcome(fetched: FetchResult | unknown): RobotsOutcome {
  if (isResult(fetched)) {
    // A robots.txt is UTF-8 (RFC 9309 §2.3); a stray byte becomes U+FFFD, never a failure.
    return { record: { kind: 'rules', body: new TextDecoder().decode(fetched.body), note: `HTTP ${fetched.status}` }, ttlMs: ROBOTS_TTL_MS };
  }
  if (fetched instanceof HttpStatusError && fetched.status >= 400 && fetched.status < 500 && fetched.status !== 429)
    return { record: { kind: 'allow-all', body: '', note: `HTTP ${fetched.status}` }, ttlMs: ROBOTS_TTL_MS };
  // An empty 200 is a robots.txt with no rules.
  if (fetched instanceof FetchError && fetched.code === 'EMPTY')
    return { record: { kind: 'allow-all', body: '', note: 'empty robots.txt' }, ttlMs: ROBOTS_TTL_MS };
  const note = fetched instanceof Error ? fetched.message : String(fetched);
  return { record: { kind: 'unavailable', body: '', note }, ttlMs: ROBOTS_RETRY_MS };
}

function isResult(x: unknown): x is FetchResult {
  return typeof x === 'object' && x !== null && Buffer.isBuffer((x as FetchResult).body) && typeof (x as FetchResult).status === 'number';
}
