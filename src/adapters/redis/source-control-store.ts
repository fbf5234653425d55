import type { Redis } from 'ioredis';

/** Keys of the operator's controls, under the same `<prefix>:state:` namespace as the other stores. */
export function controlKeys(prefix: string) {
  const base = `${prefix}:state:control`;
  return {
    pausedSources: `${base}:paused-sources`,
    dismissedChanges: `${base}:dismissed-changes`,
  };
}

/**
 * What the operator decided through the admin API: sources paused (their scheduler keeps ticking, the
 * poll does nothing) and pending changes dismissed (reconcile never brings the same candidate back).
 */
export class SourceControlStore {
  private readonly keys: ReturnType<typeof controlKeys>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = controlKeys(prefix);
  }

  /** True when the flag changed. */
  async pause(sourceId: string): Promise<boolean> {
    return (await this.redis.sadd(this.keys.pausedSources, sourceId)) === 1;
  }

  async resume(sourceId: string): Promise<boolean> {
    return (await this.redis.srem(this.keys.pausedSources, sourceId)) === 1;
  }

  async isPaused(sourceId: string): Promise<boolean> {
    return (await this.redis.sismember(this.keys.pausedSources, sourceId)) === 1;
  }

  async pausedSources(): Promise<Set<string>> {
    return new Set(await this.redis.smembers(this.keys.pausedSources));
  }

  async dismiss(changeId: string): Promise<boolean> {
    return (await this.redis.sadd(this.keys.dismissedChanges, changeId)) === 1;
  }

  async dismissedChanges(): Promise<Set<string>> {
    return new Set(await this.redis.smembers(this.keys.dismissedChanges));
  }
}
