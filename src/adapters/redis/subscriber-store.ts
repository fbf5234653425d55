import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { SubscriberSchema, type Subscriber } from '../../core/schemas/subscriber.js';
import type { Preferences } from '../../core/subscriptions/subscription-request.js';
import type { StateKeys } from './keys.js';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Stable per address, so outbox keys and Message-IDs survive a remove and re-add. */
export function subscriberId(email: string): string {
  return 's' + createHash('sha256').update(normaliseEmail(email)).digest('hex').slice(0, 20);
}

/**
 * Compare-and-set of one subscriber: the TypeScript decides, this script writes only if nobody wrote
 * since we read — so a confirmation, an unsubscribe and a bounce count never overwrite each other.
 * KEYS: subscribers hash, by-email hash
 * ARGV: id, expected JSON ('' = absent), new JSON, email
 * Returns: 1 written, 0 the record moved (the caller re-reads and decides again).
 */
const CAS_LUA = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if (cur or '') ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[4], ARGV[1])
return 1
`;

export type SignupOutcome = 'created' | 'pending-again' | 'already-active';
export type ConfirmOutcome = 'activated' | 'already-active' | 'stale' | 'missing';

type SubscriberInput = Omit<Subscriber, 'id' | 'createdAt'> & { createdAt?: string };

export class SubscriberStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {
    if (!('pwSubscriberCas' in redis)) redis.defineCommand('pwSubscriberCas', { numberOfKeys: 2, lua: CAS_LUA });
  }

  /** Operator writes (CLI, admin API): sets the record as given, keeping createdAt. */
  async upsert(s: SubscriberInput, now: Date): Promise<{ subscriber: Subscriber; created: boolean }> {
    const email = normaliseEmail(s.email);
    let created = false;
    const subscriber = await this.update(subscriberId(email), (existing) => {
      created = !existing;
      const confirmedAt = s.state === 'active' ? (s.confirmedAt ?? existing?.confirmedAt ?? now.toISOString()) : (s.confirmedAt ?? existing?.confirmedAt ?? null);
      return { ...existing, ...s, email, confirmedAt, id: subscriberId(email), createdAt: existing?.createdAt ?? s.createdAt ?? now.toISOString() };
    });
    return { subscriber: subscriber!, created };
  }

  /**
   * Atomically applies `change` to the current record (null = absent); returning undefined leaves it
   * as it is. Retries on a concurrent write. Returns the record as stored afterwards.
   */
  async update(id: string, change: (current: Subscriber | null) => Subscriber | undefined): Promise<Subscriber | null> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const raw = await this.redis.hget(this.keys.subscribers, id);
      const current = raw ? SubscriberSchema.parse(JSON.parse(raw)) : null;
      const next = change(current);
      if (next === undefined) return current;
      const parsed = SubscriberSchema.parse(next);
      const ok = await (this.redis as unknown as { pwSubscriberCas: (...a: string[]) => Promise<number> }).pwSubscriberCas(
        this.keys.subscribers, this.keys.subscriberByEmail, id, raw ?? '', JSON.stringify(parsed), parsed.email,
      );
      if (ok === 1) return parsed;
    }
    throw new Error(`subscriber ${id} kept changing under concurrent writes; try again`);
  }

  /**
   * A sign-up from the public form: a new or unsubscribed address becomes `pending` with these
   * preferences and a fresh nonce (old confirmation links stop working); a pending one gets the new
   * preferences and nonce; an active one is left exactly as it is (a form must not downgrade or
   * re-configure a confirmed subscription — that is what the manage link is for).
   */
  async requestSignup(email: string, prefs: Preferences, nonce: string, now: Date): Promise<{ subscriber: Subscriber; outcome: SignupOutcome }> {
    const e = normaliseEmail(email);
    const id = subscriberId(e);
    let outcome: SignupOutcome = 'created';
    const subscriber = await this.update(id, (cur) => {
      if (cur?.state === 'active') {
        outcome = 'already-active';
        return undefined;
      }
      outcome = cur ? 'pending-again' : 'created';
      return {
        ...cur,
        id, email: e, state: 'pending', ...prefs, confirmNonce: nonce,
        createdAt: cur?.createdAt ?? now.toISOString(), confirmedAt: null, confirmedFrom: null,
      };
    });
    return { subscriber: subscriber!, outcome };
  }

  /** The confirmation POST: activates a pending sign-up whose nonce matches the link's. */
  async confirm(id: string, nonce: string, now: Date, from: string | null): Promise<{ outcome: ConfirmOutcome; subscriber: Subscriber | null }> {
    let outcome: ConfirmOutcome = 'missing';
    const subscriber = await this.update(id, (cur) => {
      if (!cur) {
        outcome = 'missing';
        return undefined;
      }
      if (cur.state === 'active') {
        outcome = 'already-active';
        return undefined;
      }
      if (cur.state !== 'pending' || !cur.confirmNonce || cur.confirmNonce !== nonce) {
        outcome = 'stale';
        return undefined;
      }
      outcome = 'activated';
      return { ...cur, state: 'active', confirmNonce: null, confirmedAt: now.toISOString(), confirmedFrom: from };
    });
    return { outcome, subscriber };
  }

  /** Unsubscribed stays on record (so the address is not mailed again without a new opt-in). */
  async unsubscribe(id: string): Promise<Subscriber | null> {
    return this.update(id, (cur) => (cur && cur.state !== 'unsubscribed' ? { ...cur, state: 'unsubscribed', confirmNonce: null } : undefined));
  }

  /** Counts a permanent refusal; at `threshold` in a row the subscriber is flagged `bouncing`. */
  async recordPermanentFailure(id: string, threshold: number): Promise<Subscriber | null> {
    return this.update(id, (cur) => {
      if (!cur) return undefined;
      const failures = (cur.permanentFailures ?? 0) + 1;
      return { ...cur, permanentFailures: failures, bouncing: cur.bouncing === true || failures >= threshold };
    });
  }

  /** A delivered mail ends a run of refusals. */
  async recordDelivered(id: string): Promise<void> {
    await this.update(id, (cur) => (cur && (cur.permanentFailures ?? 0) > 0 && !cur.bouncing ? { ...cur, permanentFailures: 0 } : undefined));
  }

  async get(id: string): Promise<Subscriber | null> {
    const json = await this.redis.hget(this.keys.subscribers, id);
    return json ? SubscriberSchema.parse(JSON.parse(json)) : null;
  }

  async byEmail(email: string): Promise<Subscriber | null> {
    const id = await this.redis.hget(this.keys.subscriberByEmail, normaliseEmail(email));
    return id ? this.get(id) : null;
  }

  async remove(email: string): Promise<boolean> {
    const e = normaliseEmail(email);
    const id = await this.redis.hget(this.keys.subscriberByEmail, e);
    if (!id) return false;
    await this.redis.multi().hdel(this.keys.subscribers, id).hdel(this.keys.subscriberByEmail, e).exec();
    return true;
  }

  async all(): Promise<Subscriber[]> {
    const rows = await this.redis.hvals(this.keys.subscribers);
    return rows.map((r) => SubscriberSchema.parse(JSON.parse(r))).sort((a, b) => a.email.localeCompare(b.email));
  }
}
