import type { Redis } from 'ioredis';
import type { Batch } from './batch.js';
import type { StateKeys } from './keys.js';

export const COUNTERS = ['polls', 'pollFailures', 'articles', 'articleFailures', 'claims', 'changes', 'pendingChanges', 'mailsSent', 'mailsFailed'] as const;
export type Counter = (typeof COUNTERS)[number];

/** Lifetime totals; `check --once` reports a run as the difference of two snapshots. */
export class Counters {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {}

  async add(counter: Counter, by = 1): Promise<void> {
    if (by) await this.redis.hincrby(this.keys.counters, counter, by);
  }

  /** add as part of a caller's batch. */
  addIn(batch: Batch, counter: Counter, by = 1): Batch {
    return by ? batch.hincrby(this.keys.counters, counter, by) : batch;
  }

  async snapshot(): Promise<Record<Counter, number>> {
    const raw = await this.redis.hgetall(this.keys.counters);
    return Object.fromEntries(COUNTERS.map((c) => [c, Number(raw[c] ?? 0)])) as Record<Counter, number>;
  }
}
