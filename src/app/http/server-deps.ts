import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/load-config.js';
import type { Queues } from '../queues/create-queues.js';
import type { Stores } from '../runtime/deps.js';
import type { Logger } from '../logging/create-logger.js';

export interface ServerDeps {
  config: AppConfig;
  redis: Redis;
  stores: Stores;
  queues: Queues;
  log: Logger;
  tokenSecret: string;
  clock: () => Date;
  /** Whether this deployment registers Job Schedulers (readiness checks them only then). */
  expectSchedulers: boolean;
}
