import type { Redis } from 'ioredis';

/**
 * KEYS[1]  the host's "next request allowed at", ms since the epoch (absent = now)
 * ARGV[1]  minimum interval between two requests to the host, ms
 * ARGV[2]  longest wait a caller accepts, ms
 * Returns  wait >= 0: a slot at now + wait is reserved for the caller, the key moved to slot + interval;
 *          wait < 0:  nothing reserved, the host is booked for another -wait ms.
 * The clock is Redis's TIME, so workers on machines with skewed clocks still agree.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nextAt)
local wait = slot - now
if wait > tonumber(ARGV[2]) then return -wait end
redis.call('SET', KEYS[1], slot + interval, 'PX', wait + interval + 1000)
return wait
`;

/** Control flow, not a failure: the host is booked for longer than the caller may sleep. */
export class HostBusyError extends Error {
  readonly code = 'HOST_BUSY';
  readonly host: string;
  readonly waitMs: number;

  constructor(host: string, waitMs: number) {
    super(`${host} is paced: next request allowed in ${Math.ceil(waitMs / 1000)} s`);
    this.name = 'HostBusyError';
    this.host = host;
    this.waitMs = waitMs;
  }
}

/**
 * A minimum interval between requests to one host across every worker process. Short waits are
 * reserved and slept here; a longer one is handed back (HostBusyError) so the job queue can hold the
 * job instead of a worker slot.
 */
export class HostPacing {
  constructor(
    private readonly redis: Redis,
    private readonly keyOf: (host: string) => string,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    // EVALSHA after the first call: the script text is not sent with every request.
    if (!('pwHostReserve' in redis)) redis.defineCommand('pwHostReserve', { numberOfKeys: 1, lua: RESERVE });
  }

  /** Resolves when a request to `host` may start; throws HostBusyError when that is over `maxWaitMs` away. */
  async acquire(host: string, intervalMs: number, maxWaitMs: number): Promise<void> {
    if (intervalMs <= 0) return;
    const reserve = (this.redis as unknown as { pwHostReserve: (...a: (string | number)[]) => Promise<number> }).pwHostReserve;
    const wait = Number(await reserve.call(this.redis, this.keyOf(host), Math.round(intervalMs), Math.round(maxWaitMs)));
    if (wait < 0) throw new HostBusyError(host, -wait);
    if (wait > 0) await this.sleep(wait);
  }
}
