import type { Redis } from 'ioredis';
import type { RobotsRecord } from './robots-rules.js';

/** Origins whose last record is kept decoded in this process (a memo, not a cache: Redis decides). */
const MEMO_ORIGINS = 10_000;

/**
 * robots.txt per origin, shared by every worker, expiring on its own (PX). Redis is asked every time —
 * a record deleted or replaced there takes effect at once — but an unchanged record is not decoded
 * again: the same object comes back, so callers can memoise what they derive from it.
 */
export class RobotsCache {
  private readonly decoded = new Map<string, { raw: string; record: RobotsRecord }>();

  constructor(
    private readonly redis: Redis,
    private readonly keyOf: (origin: string) => string,
  ) {}

  async get(origin: string): Promise<RobotsRecord | null> {
    const raw = await this.redis.get(this.keyOf(origin));
    if (raw === null) return null;
    const memo = this.decoded.get(origin);
    if (memo !== undefined && memo.raw === raw) return memo.record;
    let record: RobotsRecord;
    try {
      record = JSON.parse(raw) as RobotsRecord;
    } catch {
      return null;
    }
    if (this.decoded.size >= MEMO_ORIGINS) this.decoded.clear();
    this.decoded.set(origin, { raw, record });
    return record;
  }

  async set(origin: string, record: RobotsRecord, ttlMs: number): Promise<void> {
    await this.redis.set(this.keyOf(origin), JSON.stringify(record), 'PX', ttlMs);
  }
}
