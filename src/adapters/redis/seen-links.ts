import type { Redis } from 'ioredis';
import type { Batch } from './batch.js';
import type { StateKeys } from './keys.js';

/** Article links already handed to the article queue (by URL key), so a poll only forwards new ones. */
export class SeenLinks {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {}

  async unseen(urlKeys: string[]): Promise<Set<string>> {
    if (!urlKeys.length) return new Set();
    const flags = await this.redis.smismember(this.keys.seenLinks, ...urlKeys);
    return new Set(urlKeys.filter((_, i) => flags[i] === 0));
  }

  /** True when the key was new: the one caller that gets true reads the article. */
  async markIfNew(urlKey: string): Promise<boolean> {
    return (await this.redis.sadd(this.keys.seenLinks, urlKey)) === 1;
  }

  async markSeen(urlKeys: string[]): Promise<void> {
    if (urlKeys.length) await this.redis.sadd(this.keys.seenLinks, ...urlKeys);
  }

  /** markSeen as part of a caller's batch. */
  markSeenIn(batch: Batch, urlKeys: string[]): Batch {
    return urlKeys.length ? batch.sadd(this.keys.seenLinks, ...urlKeys) : batch;
  }
}
