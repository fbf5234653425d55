import { Redis, type RedisOptions } from 'ioredis';

/**
 * Workers block and must retry forever (BullMQ refuses otherwise); producers on a request path or in a
 * CLI must fail fast instead of queueing commands while Redis is away.
 */
export function createRedis(url: string, role: 'worker' | 'producer', extra: RedisOptions = {}): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, ...extra }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 5_000, ...extra };
  return new Redis(url, { lazyConnect: false, ...options });
}

/** True when a PING answers within `ms`; never throws, never leaves a connection behind. */
export async function redisReachable(url: string, ms = 1_500): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: ms, retryStrategy: () => null, enableOfflineQueue: false });
  client.on('error', () => undefined); // the connect() rejection below carries the reason
  try {
    await client.connect();
    await client.ping();
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: (err as Error).message || String(err) };
  } finally {
    client.disconnect();
  }
}

/** Redacts the password of a redis:// URL for logs and messages. */
export function describeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
