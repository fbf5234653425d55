import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import { syncSchedulers, schedulerCount } from '../../src/app/queues/sync-schedulers.js';
import { SourceSchema, type Source } from '../../src/core/schemas/source.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

const prefix = uniquePrefix('sched');
let redis: Redis;
let queue: Queue;
const lock = `${prefix}:state:lock:schedulers`;
const src = (id: string, extra: Partial<Source> = {}) => SourceSchema.parse({ id, kind: 'feed', url: `https://example.org/${id}.xml`, every: '15m', ...extra });

beforeAll(() => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  queue = new Queue('poll', { connection: redis, prefix });
});
afterAll(async () => {
  await queue.close();
  redis.disconnect();
  await deletePrefix(prefix);
});

describe('source schedulers follow sources.yaml', () => {
  it('adds, leaves alone, changes and removes', async () => {
    expect(await syncSchedulers(queue, redis, lock, [src('a'), src('b'), src('off', { enabled: false })])).toEqual({ added: ['a', 'b'], updated: [], removed: [] });
    expect(await schedulerCount(queue)).toBe(2);
    expect(await syncSchedulers(queue, redis, lock, [src('a'), src('b')])).toEqual({ added: [], updated: [], removed: [] });
    expect(await syncSchedulers(queue, redis, lock, [src('a', { every: '5m' }), src('c', { every: undefined, cron: '0 */2 * * *' })])).toEqual({ added: ['c'], updated: ['a'], removed: ['b'] });
    const all = await queue.getJobSchedulers(0, -1, true);
    expect(all.map((s) => s.key).sort()).toEqual(['poll-a', 'poll-c']);
    expect(Number(all.find((s) => s.key === 'poll-a')!.every)).toBe(300_000);
    expect(all.find((s) => s.key === 'poll-c')!.pattern).toBe('0 */2 * * *');
  });

  it('lets only one process sync at a time', async () => {
    await redis.set(lock, 'someone-else', 'PX', 5_000);
    expect(await syncSchedulers(queue, redis, lock, [])).toBeNull();
    expect(await schedulerCount(queue)).toBe(2);
    await redis.del(lock);
  });
});
