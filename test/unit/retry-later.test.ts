import { describe, expect, it } from 'vitest';
import { FetchError, HttpStatusError, MAX_RETRY_LATER_MS, retryLaterMs } from '../../src/adapters/http/index.js';
import { HostBusyError } from '../../src/adapters/redis/host-pacing.js';

const status = (s: number, retryAfterMs: number | null) => new HttpStatusError({ status: s, url: 'https://x/', finalUrl: 'https://x/', retryAfterMs });

describe('retryLaterMs', () => {
  it('takes Retry-After of a 429 or 503', () => {
    expect(retryLaterMs(status(429, 120_000))).toBe(120_000);
    expect(retryLaterMs(status(503, 30_000))).toBe(30_000);
  });

  it('caps it at one hour', () => {
    expect(retryLaterMs(status(429, 86_400_000))).toBe(MAX_RETRY_LATER_MS);
    expect(MAX_RETRY_LATER_MS).toBe(3_600_000);
  });

  it('leaves other statuses and a missing Retry-After to the queue backoff', () => {
    expect(retryLaterMs(status(429, null))).toBeNull();
    expect(retryLaterMs(status(500, 10_000))).toBeNull();
    expect(retryLaterMs(status(502, 10_000))).toBeNull();
    expect(retryLaterMs(new FetchError('TIMEOUT', 't', 'https://x/'))).toBeNull();
    expect(retryLaterMs(new Error('boom'))).toBeNull();
    expect(retryLaterMs(undefined)).toBeNull();
  });

  it('waits for a paced host', () => {
    const busy = new HostBusyError('news.example', 7_500);
    expect(retryLaterMs(busy)).toBe(7_500);
    expect(busy.message).toBe('news.example is paced: next request allowed in 8 s');
  });
});
