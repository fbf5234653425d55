import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, nextAttemptAt, type HealthState } from '../../src/adapters/redis/source-state-store.js';

const FIFTEEN_MIN = 15 * 60_000;
const at = '2024-06-13T10:00:00.000Z';
const h = (state: HealthState, consecutiveFailures: number) => ({ state, lastPollAt: at, consecutiveFailures });
const plus = (ms: number) => new Date(Date.parse(at) + ms).toISOString();

describe('nextAttemptAt — backoff of a failing source', () => {
  it('is null while the source is ok or only degraded: the normal schedule applies', () => {
    expect(nextAttemptAt(h('ok', 0), FIFTEEN_MIN, null)).toBeNull();
    expect(nextAttemptAt(h('degraded', 2), FIFTEEN_MIN, null)).toBeNull();
  });

  it.each([
    [3, 4 * FIFTEEN_MIN],
    [4, 8 * FIFTEEN_MIN],
    [5, 16 * FIFTEEN_MIN],
    [6, MAX_BACKOFF_MS],
    [40, MAX_BACKOFF_MS],
  ])('after %i failures waits interval × 2^(N-1), at most 6 h', (n, wait) => {
    expect(nextAttemptAt(h('failing', n), FIFTEEN_MIN, null)?.toISOString()).toBe(plus(wait));
  });

  it('keeps a server Retry-After when it is later than the backoff', () => {
    expect(nextAttemptAt(h('degraded', 1), FIFTEEN_MIN, plus(120_000))?.toISOString()).toBe(plus(120_000));
    expect(nextAttemptAt(h('failing', 3), FIFTEEN_MIN, plus(120_000))?.toISOString()).toBe(plus(4 * FIFTEEN_MIN));
  });

  it('cannot back off without an interval', () => {
    expect(nextAttemptAt(h('failing', 5), null, null)).toBeNull();
    expect(MAX_BACKOFF_MS).toBe(6 * 3_600_000);
  });
});
