import type { Redis } from 'ioredis';

/**
 * Fixed-window counters with a TTL: `hit` counts one attempt and says whether it is within the limit.
 * KEYS: counter key · ARGV: limit, window seconds
 * Returns: { count, ttl seconds }. The window starts at the first hit and the key expires with it.
 */
const HIT_LUA = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]); ttl = tonumber(ARGV[2]) end
return { n, ttl }
`;

export type RateVerdict = { allowed: true; count: number } | { allowed: false; count: number; retryAfterSeconds: number };

export class RateLimitStore {
  private readonly base: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.base = `${prefix}:state:ratelimit`;
    if (!('pwRateHit' in redis)) redis.defineCommand('pwRateHit', { numberOfKeys: 1, lua: HIT_LUA });
  }

  /** `scope` names the limit (`signup-ip`), `subject` what is counted (an address hash, an IP). */
  async hit(scope: string, subject: string, limit: number, windowSeconds: number): Promise<RateVerdict> {
    const [count, ttl] = await (this.redis as unknown as { pwRateHit: (...a: (string | number)[]) => Promise<[number, number]> }).pwRateHit(
      `${this.base}:${scope}:${subject}`,
      limit,
      Math.max(1, Math.ceil(windowSeconds)),
    );
    return count <= limit ? { allowed: true, count } : { allowed: false, count, retryAfterSeconds: Math.max(1, ttl) };
  }
}
