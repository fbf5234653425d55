import type { Redis } from 'ioredis';
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
}

/** Consecutive failures before a source counts as failing rather than degraded. */
const FAILING_AFTER = 3;

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
    await this.redis.hset(this.keys.sourceHttp(sourceId), { etag: v.etag ?? '', lastModified: v.lastModified ?? '', bodyHash: v.bodyHash ?? '' });
  }

  async recordSuccess(sourceId: string, at: Date, r: { httpStatus: number; latencyMs: number; items: number; newItems: number; notModified: boolean }): Promise<void> {
    await this.redis.hset(this.keys.sourceHealth(sourceId), {
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
    });
  }

  async recordFailure(sourceId: string, at: Date, r: { error: string; httpStatus: number | null; latencyMs: number | null }): Promise<SourceHealth> {
    const key = this.keys.sourceHealth(sourceId);
    const failures = await this.redis.hincrby(key, 'consecutiveFailures', 1);
    await this.redis.hset(key, {
      state: failures >= FAILING_AFTER ? 'failing' : 'degraded',
      lastPollAt: at.toISOString(),
      httpStatus: r.httpStatus ?? '',
      latencyMs: r.latencyMs === null ? '' : Math.round(r.latencyMs),
      lastError: r.error,
      newItems: 0,
    });
    return this.health(sourceId);
  }

  async health(sourceId: string): Promise<SourceHealth> {
    const h = await this.redis.hgetall(this.keys.sourceHealth(sourceId));
    const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
    return {
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
  }
}
