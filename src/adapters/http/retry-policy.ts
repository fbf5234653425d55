import type { RetryHandler } from 'undici';
import type { ResolvedHttpClientOptions } from './options.js';
import { parseRetryAfter } from './retry-after.js';

// Throttling and gateway trouble pass within seconds; a 500 is usually a bug that a retry repeats.
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
// A connection that was reset or closed under us; a refused connection means nobody is listening.
const RETRY_ERROR_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

type RetryOptions = Pick<ResolvedHttpClientOptions, 'maxRetries' | 'retryDelayMs' | 'maxRetryWaitMs'>;

interface RetryableError {
  code?: unknown;
  statusCode?: unknown;
  headers?: unknown;
}

/**
 * How long to wait before attempt `counter + 1`, or null to give up and surface the failure.
 * `counter` is undici's: 1 after the first failed attempt. A Retry-After longer than maxRetryWaitMs is
 * not slept on here — the caller gets it in HttpStatusError.retryAfterMs and the job queue waits instead,
 * without holding a worker slot.
 */
export function retryDelayMs(err: RetryableError, counter: number, options: RetryOptions, nowMs: number): number | null {
  if (counter > options.maxRetries) return null;
  const backoff = options.retryDelayMs * 2 ** (counter - 1);
  if (err.code === 'UND_ERR_REQ_RETRY') {
    if (typeof err.statusCode !== 'number' || !RETRY_STATUSES.has(err.statusCode)) return null;
    const headers = (typeof err.headers === 'object' && err.headers !== null ? err.headers : {}) as Record<string, unknown>;
    const raw = headers['retry-after'];
    const retryAfter = parseRetryAfter(typeof raw === 'string' ? raw : null, nowMs);
    if (retryAfter === null) return backoff;
    return retryAfter > options.maxRetryWaitMs ? null : retryAfter;
  }
  return typeof err.code === 'string' && RETRY_ERROR_CODES.has(err.code) ? backoff : null;
}

export function createRetryCallback(options: RetryOptions): RetryHandler.RetryCallback {
  return (err, { state }, callback) => {
    const delay = retryDelayMs(err as RetryableError, state.counter, options, Date.now());
    if (delay === null) callback(err);
    else setTimeout(() => callback(null), delay);
  };
}
