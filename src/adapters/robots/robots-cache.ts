import type { Redis } from 'ioredis';
import type { RobotsRecord } from './robots-rules.js';

/** robots.txt per origin, shared by every worker, expiring on its own (PX). */
export class RobotsCache {
  constructor(
    private readonly redis: Redis,
    private readonly keyOf: (origin: string) => string,
  ) {}

  async get(origin: string): Promise<RobotsRecord | null> {
    const raw = await this.redis.get(this.keyOf(origin));
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as RobotsRecord;
    } catch {
      return null;
    }
  }

  async set(origin: string, record: RobotsRecord, ttlMs: number): Promise<void> {
    await this.redis.set(this.keyOf(origin), JSON.stringify(record), 'PX', ttlMs);
  }
}
