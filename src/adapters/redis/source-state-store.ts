import type { Redis } from 'ioredis';
import { execBatch, type Batch } from './batch.js';
import type { StateKeys } from './keys.js';

export interface HttpValidators {
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the last body: many sites send no validators, so an unchanged body is detected here. */
  bodyHash: string | null;
}

export type HealthState = 'ok' | 'degraded' | 'failing' | 'unknown';

export interface SourceHealth {
  state: HealthState;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  httpStatus: number | null;
  latencyMs: number | null;
  items: number | null;
  newItems: number | null;
  notModified: boolean;
  lastError: string | null;
  consecutiveFailures: number;
  /** Scheduled polls before this are skipped (backoff of a failing source, or the server's Retry-After). */
  nextAttemptAt: string | null;
  /** The last scheduled poll skipped because of that backoff. */
  lastSkippedAt: string | null;
}

/** Consecutive failures before a source counts as failing rather than degraded. */
const FAILING_AFTER = 3;
/** A dead source is still tried at least this often, so its recovery is noticed within hours. */
export const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * When a failing source may be polled again: `lastPollAt + min(interval × 2^(N-1), 6 h)` for N
 * consecutive failures, or later if the server asked (Retry-After). Null: poll on the normal schedule.
 */
export function nextAttemptAt(h: { state: HealthState; lastPollAt: string | null; consecutiveFailures: number }, intervalMs: number | null, retryAt: string | null): Date | null {
  let until: number | null = null;
  if (h.state === 'failing' && h.lastPollAt !== null && intervalMs !== null && h.consecutiveFailures > 0)
    until = Date.parse(h.lastPollAt) + Math.min(intervalMs * 2 ** (h.consecutiveFailures - 1), MAX_BACKOFF_MS);
  if (retryAt !== null) until = Math.max(until ?? 0, Date.parse(retryAt));
  return until === null || Number.isNaN(until) ? null : new Date(until);
}

/**
 * KEYS[1]  the source's health hash
 * ARGV[1]  consecutive failures from which the state is `failing` (below: `degraded`)
 * ARGV[2…] field, value pairs to set with it
 * Returns  the new count of consecutive failures
 */
const RECORD_FAILURE = `
local n = redis.call('HINCRBY', KEYS[1], 'consecutiveFailures', 1)
local state = 'degraded'
if n >= tonumber(ARGV[1]) then state = 'failing' end
redis.call('HSET', KEYS[1], 'state', state, unpack(ARGV, 2))
return n
`;

export interface FailureReport {
  error: string;
  httpStatus: number | null;
  latencyMs: number | null;
  /** The source's polling interval: the base of its backoff. */
  intervalMs?: number | null;
  /** The server's Retry-After, when it sent one. */
  retryAfterMs?: number | null;
}

export interface SuccessReport {
  httpStatus: number;
  latencyMs: number;
  items: number;
  newItems: number;
  notModified: boolean;
}

export class SourceStateStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {}

  async validators(sourceId: string): Promise<HttpValidators> {
    const h = await this.redis.hgetall(this.keys.sourceHttp(sourceId));
    return { etag: h.etag || null, lastModified: h.lastModified || null, bodyHash: h.bodyHash || null };
  }

  async saveValidators(sourceId: string, v: HttpValidators): Promise<void> {
    await execBatch(this.saveValidatorsIn(this.redis.pipeline(), sourceId, v));
  }

  /** saveValidators as part of a caller's batch. */
  saveValidatorsIn(batch: Batch, sourceId: string, v: HttpValidators): Batch {
    return batch.hset(this.keys.sourceHttp(sourceId), { etag: v.etag ?? '', lastModified: v.lastModified ?? '', bodyHash: v.bodyHash ?? '' });
  }

  async recordSuccess(sourceId: string, at: Date, r: SuccessReport): Promise<void> {
    await execBatch(this.recordSuccessIn(this.redis.pipeline(), sourceId, at, r));
  }

  /** recordSuccess as part of a caller's batch. */
  recordSuccessIn(batch: Batch, sourceId: string, at: Date, r: SuccessReport): Batch {
    return batch.hset(this.keys.sourceHealth(sourceId), {
      state: 'ok',
      lastPollAt: at.toISOString(),
      lastSuccessAt: at.toISOString(),
      httpStatus: r.httpStatus,
      latencyMs: Math.round(r.latencyMs),
      items: r.items,
      newItems: r.newItems,
      notModified: r.notModified ? '1' : '0',
      lastError: '',
      consecutiveFailures: 0,
      retryAt: '',
    });
  }

  /** One atomic increment-and-classify, so two workers failing at once both count. */
  async recordFailure(sourceId: string, at: Date, r: FailureReport): Promise<SourceHealth> {
    const fields: Record<string, string | number> = {
      lastPollAt: at.toISOString(),
      httpStatus: r.httpStatus ?? '',
      latencyMs: r.latencyMs === null ? '' : Math.round(r.latencyMs),
      lastError: r.error,
      newItems: 0,
      retryAt: r.retryAfterMs == null ? '' : new Date(at.getTime() + r.retryAfterMs).toISOString(),
    };
    if (r.intervalMs != null) fields.intervalMs = r.intervalMs;
    await this.redis.eval(RECORD_FAILURE, 1, this.keys.sourceHealth(sourceId), FAILING_AFTER, ...Object.entries(fields).flat());
    return this.health(sourceId);
  }

  async recordSkip(sourceId: string, at: Date): Promise<void> {
    await this.redis.hset(this.keys.sourceHealth(sourceId), 'lastSkippedAt', at.toISOString());
  }

  async health(sourceId: string): Promise<SourceHealth> {
    const h = await this.redis.hgetall(this.keys.sourceHealth(sourceId));
    const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
    const base = {
      state: (h.state as HealthState) || 'unknown',
      lastPollAt: h.lastPollAt || null,
      lastSuccessAt: h.lastSuccessAt || null,
      httpStatus: num(h.httpStatus),
      latencyMs: num(h.latencyMs),
      items: num(h.items),
      newItems: num(h.newItems),
      notModified: h.notModified === '1',
      lastError: h.lastError || null,
      consecutiveFailures: Number(h.consecutiveFailures ?? 0),
    };
    const next = nextAttemptAt(base, num(h.intervalMs), h.retryAt || null);
    return { ...base, nextAttemptAt: next?.toISOString() ?? null, lastSkippedAt: h.lastSkippedAt || null };
  }
}
