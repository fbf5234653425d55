import type { Redis } from 'ioredis';
import type { StateKeys } from './keys.js';

/**
 * One entry per (change, subscriber): absent → sending (with a lease) → sent | failed.
 * Claiming is one atomic script so two runs of the same notify job can never both send:
 * KEYS: outbox hash · ARGV: field, now ms, lease ms
 * Returns 'new' (claimed), 'resend' (a claim whose lease ran out: the send may have been in flight at a
 * crash, so it goes again — the one duplicate DESIGN §2 allows), 'busy' (another run holds the lease),
 * 'sent' or 'failed' (nothing to do).
 */
const CLAIM_LUA = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
local now = tonumber(ARGV[2])
local entry = cjson.encode({ state = 'sending', leaseUntil = now + tonumber(ARGV[3]) })
if not cur then redis.call('HSET', KEYS[1], ARGV[1], entry); return 'new' end
local e = cjson.decode(cur)
if e.state == 'sent' or e.state == 'failed' then return e.state end
if e.state == 'sending' and tonumber(e.leaseUntil) > now then return 'busy' end
redis.call('HSET', KEYS[1], ARGV[1], entry)
return 'resend'
`;

export type ClaimResult = 'new' | 'resend' | 'busy' | 'sent' | 'failed';

export class OutboxStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {
    if (!('pwOutboxClaim' in redis)) redis.defineCommand('pwOutboxClaim', { numberOfKeys: 1, lua: CLAIM_LUA });
  }

  private field(changeId: string, subscriberId: string): string {
    return `${changeId}:${subscriberId}`;
  }

  async claim(changeId: string, subscriberId: string, now: Date, leaseMs: number): Promise<ClaimResult> {
    return (this.redis as unknown as { pwOutboxClaim: (...a: (string | number)[]) => Promise<ClaimResult> }).pwOutboxClaim(
      this.keys.outbox,
      this.field(changeId, subscriberId),
      now.getTime(),
      leaseMs,
    );
  }

  async markSent(changeId: string, subscriberId: string, now: Date, messageId: string): Promise<void> {
    await this.redis.hset(this.keys.outbox, this.field(changeId, subscriberId), JSON.stringify({ state: 'sent', at: now.toISOString(), messageId }));
  }

  async markFailed(changeId: string, subscriberId: string, now: Date, reason: string): Promise<void> {
    await this.redis.hset(this.keys.outbox, this.field(changeId, subscriberId), JSON.stringify({ state: 'failed', at: now.toISOString(), reason }));
  }

  /** A temporary failure gives the claim back so the job's retry sends it as new. */
  async release(changeId: string, subscriberId: string): Promise<void> {
    await this.redis.hdel(this.keys.outbox, this.field(changeId, subscriberId));
  }

  async state(changeId: string, subscriberId: string): Promise<string | null> {
    const json = await this.redis.hget(this.keys.outbox, this.field(changeId, subscriberId));
    return json ? (JSON.parse(json) as { state: string }).state : null;
  }
}
