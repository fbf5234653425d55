import type { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import { durationMs, type Source } from '../../core/schemas/source.js';

const SCHEDULER_PREFIX = 'poll-';

export interface SchedulerSync {
  added: string[];
  updated: string[];
  removed: string[];
}

/**
 * Runs `work` while holding a short Redis lock; null when another process holds it. Several processes
 * starting at once would upsert schedulers concurrently (a known source of duplicate scheduled jobs).
 */
async function underLock<T>(redis: Redis, lockKey: string, work: () => Promise<T>): Promise<T | null> {
  const token = String(Math.random());
  if ((await redis.set(lockKey, token, 'PX', 30_000, 'NX')) !== 'OK') return null;
  try {
    return await work();
  } finally {
    // Release only our own lock: a slow sync must not free a lock another process took since.
    if ((await redis.get(lockKey)) === token) await redis.del(lockKey);
  }
}

/**
 * One Job Scheduler per enabled source, kept in step with sources.yaml: added, changed, removed. Runs
 * under the lock; a process that loses it just skips the sync.
 */
export async function syncSchedulers(pollQueue: Queue, redis: Redis, lockKey: string, sources: Source[]): Promise<SchedulerSync | null> {
  return underLock(redis, lockKey, async () => {
    const result: SchedulerSync = { added: [], updated: [], removed: [] };
    const existing = new Map((await pollQueue.getJobSchedulers(0, -1, true)).map((s) => [s.key, s]));
    const wanted = new Set<string>();
    for (const s of sources.filter((x) => x.enabled)) {
      const id = SCHEDULER_PREFIX + s.id;
      wanted.add(id);
      const repeat = s.cron ? { pattern: s.cron, tz: 'UTC' } : { every: durationMs(s.every ?? '15m') };
      const prev = existing.get(id);
      const same = prev && (s.cron ? prev.pattern === s.cron : Number(prev.every) === (repeat as { every: number }).every);
      if (same) continue;
      await pollQueue.upsertJobScheduler(id, repeat, { name: 'poll', data: { sourceId: s.id } });
      (prev ? result.updated : result.added).push(s.id);
    }
    for (const key of existing.keys())
      if (key.startsWith(SCHEDULER_PREFIX) && !wanted.has(key)) {
        await pollQueue.removeJobScheduler(key);
        result.removed.push(key.slice(SCHEDULER_PREFIX.length));
      }
    return result;
  });
}

export async function schedulerCount(pollQueue: Queue): Promise<number> {
  return (await pollQueue.getJobSchedulers(0, -1, true)).filter((s) => s.key.startsWith(SCHEDULER_PREFIX)).length;
}

const DIGEST_SCHEDULERS = [
  { id: 'digest-daily', cadence: 'daily' },
  { id: 'digest-weekly', cadence: 'weekly' },
] as const;

/**
 * The two digest Job Schedulers (daily and weekly, cron in UTC from app.yaml `digest`), kept in step
 * with the config under their own lock. Digests retry as long as alerts do (`queues.notifyAttempts`).
 * Returns the schedulers changed, or null when another process holds the lock.
 */
export async function syncDigestSchedulers(
  digestQueue: Queue,
  redis: Redis,
  lockKey: string,
  digest: { dailyCron: string; weeklyCron: string },
  attempts: number,
): Promise<string[] | null> {
  return underLock(redis, lockKey, async () => {
    const existing = new Map((await digestQueue.getJobSchedulers(0, -1, true)).map((s) => [s.key, s]));
    const changed: string[] = [];
    for (const { id, cadence } of DIGEST_SCHEDULERS) {
      const pattern = cadence === 'daily' ? digest.dailyCron : digest.weeklyCron;
      const prev = existing.get(id);
      if (prev && prev.pattern === pattern && prev.tz === 'UTC') continue;
      await digestQueue.upsertJobScheduler(id, { pattern, tz: 'UTC' }, { name: 'digest', data: { cadence }, opts: { attempts } });
      changed.push(id);
    }
    return changed;
  });
}
