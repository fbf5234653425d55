import type { Redis } from 'ioredis';
import type { Logger } from '../logging/create-logger.js';
import type { AppConfig } from '../config/load-config.js';
import type { Queues } from '../queues/create-queues.js';
import type { StateKeys } from '../../adapters/redis/keys.js';
import type { RegistryStore } from '../../adapters/redis/registry-store.js';
import type { ClaimsInbox } from '../../adapters/redis/claims-inbox.js';
import type { SeenLinks } from '../../adapters/redis/seen-links.js';
import type { SourceStateStore } from '../../adapters/redis/source-state-store.js';
import type { SubscriberStore } from '../../adapters/redis/subscriber-store.js';
import type { OutboxStore } from '../../adapters/redis/outbox-store.js';
import type { Counters } from '../../adapters/redis/counters.js';
import type { RunLog } from '../../adapters/redis/run-log.js';
import type { RateLimitStore } from '../../adapters/redis/rate-limit-store.js';
import type { DigestCursorStore } from '../../adapters/redis/digest-cursor-store.js';
import type { SourceControlStore } from '../../adapters/redis/source-control-store.js';
import type { HttpClient } from '../../adapters/http/http-client.js';
import type { MailTransport } from '../../adapters/mail/mail-transport.js';
import type { FetchGate } from '../../adapters/robots/fetch-gate.js';

/** The stores over one Redis connection. */
export interface Stores {
  keys: StateKeys;
  registry: RegistryStore;
  inbox: ClaimsInbox;
  seen: SeenLinks;
  sourceState: SourceStateStore;
  subscribers: SubscriberStore;
  outbox: OutboxStore;
  counters: Counters;
  runLog: RunLog;
  /** Sign-up limits per address and per client IP. */
  rateLimits: RateLimitStore;
  /** How far each subscriber's digests reach. */
  digestCursors: DigestCursorStore;
  /** Operator controls: paused sources, dismissed pending changes. */
  control: SourceControlStore;
}

/** Everything a processor may touch, handed in (STYLE.md): no processor reaches for a global. */
export interface Deps {
  config: AppConfig;
  redis: Redis;
  stores: Stores;
  queues: Queues;
  http: HttpClient;
  /** robots.txt and per-host pacing, asked before every fetch of a source or article. */
  gate: FetchGate;
  mail: MailTransport;
  log: Logger;
  tokenSecret: string;
  clock: () => Date;
}
