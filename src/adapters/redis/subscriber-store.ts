import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { SubscriberSchema, type Subscriber } from '../../core/schemas/subscriber.js';
import type { StateKeys } from './keys.js';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Stable per address, so outbox keys and Message-IDs survive a remove and re-add. */
export function subscriberId(email: string): string {
  return 's' + createHash('sha256').update(normaliseEmail(email)).digest('hex').slice(0, 20);
}

export class SubscriberStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {}

  async upsert(s: Omit<Subscriber, 'id' | 'createdAt'> & { createdAt?: string }, now: Date): Promise<{ subscriber: Subscriber; created: boolean }> {
    const email = normaliseEmail(s.email);
    const id = subscriberId(email);
    const existing = await this.get(id);
    const subscriber: Subscriber = SubscriberSchema.parse({ ...s, email, id, createdAt: existing?.createdAt ?? s.createdAt ?? now.toISOString() });
    await this.redis.multi().hset(this.keys.subscribers, id, JSON.stringify(subscriber)).hset(this.keys.subscriberByEmail, email, id).exec();
    return { subscriber, created: !existing };
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
