import type { Redis } from 'ioredis';
import { stateKeys } from '../../adapters/redis/keys.js';
import { RegistryStore } from '../../adapters/redis/registry-store.js';
import { ClaimsInbox } from '../../adapters/redis/claims-inbox.js';
import { SeenLinks } from '../../adapters/redis/seen-links.js';
import { SourceStateStore } from '../../adapters/redis/source-state-store.js';
import { SubscriberStore } from '../../adapters/redis/subscriber-store.js';
import { OutboxStore } from '../../adapters/redis/outbox-store.js';
import { Counters } from '../../adapters/redis/counters.js';
import { RunLog } from '../../adapters/redis/run-log.js';
import { RateLimitStore } from '../../adapters/redis/rate-limit-store.js';
import { DigestCursorStore } from '../../adapters/redis/digest-cursor-store.js';
import { SourceControlStore } from '../../adapters/redis/source-control-store.js';
import type { Stores } from './deps.js';

export function createStores(redis: Redis, prefix: string): Stores {
  const keys = stateKeys(prefix);
  return {
    keys,
    registry: new RegistryStore(redis, keys),
    inbox: new ClaimsInbox(redis, keys),
    seen: new SeenLinks(redis, keys),
    sourceState: new SourceStateStore(redis, keys),
    subscribers: new SubscriberStore(redis, keys),
    outbox: new OutboxStore(redis, keys),
    counters: new Counters(redis, keys),
    runLog: new RunLog(redis, keys),
    rateLimits: new RateLimitStore(redis, prefix),
    digestCursors: new DigestCursorStore(redis, prefix),
    control: new SourceControlStore(redis, prefix),
  };
}
