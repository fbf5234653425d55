import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { deletePrefix as deleteKeysUnder } from '../../src/adapters/redis/delete-prefix.js';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Each test file works under its own prefix on the shared Redis, and removes its keys afterwards. */
export function uniquePrefix(name: string): string {
  return `pwtest-${name}-${randomBytes(4).toString('hex')}`;
}

export async function deletePrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    await deleteKeysUnder(redis, prefix);
  } finally {
    redis.disconnect();
  }
}
