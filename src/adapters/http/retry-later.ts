/** The longest a job is held back for a server's Retry-After or a host's turn. */
export const MAX_RETRY_LATER_MS = 3_600_000;

// Throttled, or down for maintenance: the two statuses whose Retry-After means "come back then".
const RETRY_AFTER_STATUSES = new Set([429, 503]);

interface MaybeWait {
  code?: unknown;
  status?: unknown;
  retryAfterMs?: unknown;
  waitMs?: unknown;
}

/**
 * How long the job that hit `err` should wait before running again, in ms (at most an hour), or null
 * when the error is an ordinary failure for the queue's own retries. Duck-typed so the job layer needs
 * neither the HTTP nor the Redis adapter's classes: an HttpStatusError 429/503 with Retry-After, or
 * the pacing's HostBusyError.
 */
export function retryLaterMs(err: unknown): number | null {
  const e = (typeof err === 'object' && err !== null ? err : {}) as MaybeWait;
  let ms: number | null = null;
  if (e.code === 'HTTP_STATUS' && typeof e.status === 'number' && RETRY_AFTER_STATUSES.has(e.status) && typeof e.retryAfterMs === 'number')
    ms = e.retryAfterMs;
  else if (e.code === 'HOST_BUSY' && typeof e.waitMs === 'number') ms = e.waitMs;
  if (ms === null) return null;
  return Math.min(Math.max(ms, 0), MAX_RETRY_LATER_MS);
}
