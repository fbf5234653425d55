import type { Redis } from 'ioredis';
import { ClaimSchema, type Claim } from '../../core/schemas/claim.js';
import { TrustSchema, type Trust } from '../../core/schemas/trust.js';
import type { Batch } from './batch.js';
import type { StateKeys } from './keys.js';

export type InboxClaim = Claim & { trust: Trust };
const InboxClaimSchema = ClaimSchema.extend({ trust: TrustSchema });

/** Claims waiting for reconcile, in arrival order; reconcile trims what it consumed when it commits. */
export class ClaimsInbox {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {}

  async push(claims: InboxClaim[]): Promise<void> {
    if (claims.length) await this.redis.rpush(this.keys.claimsInbox, ...claims.map((c) => JSON.stringify(c)));
  }

  /** push as part of a caller's batch. */
  pushIn(batch: Batch, claims: InboxClaim[]): Batch {
    return claims.length ? batch.rpush(this.keys.claimsInbox, ...claims.map((c) => JSON.stringify(c))) : batch;
  }

  async peek(max: number): Promise<InboxClaim[]> {
    const rows = await this.redis.lrange(this.keys.claimsInbox, 0, max - 1);
    return rows.map((r) => InboxClaimSchema.parse(JSON.parse(r)));
  }

  async size(): Promise<number> {
    return this.redis.llen(this.keys.claimsInbox);
  }
}
