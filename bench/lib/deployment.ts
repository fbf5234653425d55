import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { stateKeys } from '../../src/adapters/redis/keys.js';
import { urlKey } from '../../src/core/url/canonical-url.js';
import type { BenchFarm } from './news-farm.js';

/**
 * A throwaway pactwatch deployment for one measurement: its own config folder and its own Redis key
 * prefix, deleted afterwards.
 *
 * Bench settings (app.yaml), and why:
 * - `http.perHostIntervalMs: 0` — every farm feed lives on 127.0.0.1, so the default 1 s per-host spacing
 *   would make 2,000 requests take 2,000 s. A real deployment spreads its sources over many hosts.
 * - sources use `cron: "0 0 29 2 *"` (29 February): a `pactwatch worker` started for the scale-out run
 *   keeps its schedulers in step with sources.yaml, and a cron scheduler's first poll waits for its date
 *   — so the only polls are the cycle's own. `check --once` ignores schedules.
 * Everything else is pactwatch's defaults (concurrency poll 8, article 4).
 */
export interface Deployment {
  dir: string;
  prefix: string;
  env: Record<string, string>;
  /** Marks the farm's old links seen, as a deployment that has been running would have them. */
  seedSeen(links: string[]): Promise<void>;
  /** Sum of MEMORY USAGE over the prefix's keys, in MB (what the deployment itself keeps in Redis). */
  redisUsedMB(): Promise<number>;
  /** used_memory of the whole server, in MB (for the delta over a run). */
  serverUsedMB(): Promise<number>;
  close(): Promise<void>;
}

export async function createDeployment(farm: BenchFarm, feeds: number, redisUrl: string): Promise<Deployment> {
  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-bench-'));
  const prefix = `pwbench-${randomBytes(4).toString('hex')}`;
  const sources = Array.from(
    { length: feeds },
    (_, i) => `  - id: f${String(i).padStart(4, '0')}\n    kind: feed\n    url: ${farm.feedUrl(i)}\n    cron: "0 0 29 2 *"\n    trust: press\n`,
  ).join('');
  writeFileSync(join(dir, 'sources.yaml'), `sources:\n${sources}`);
  writeFileSync(join(dir, 'signatories.yaml'), 'hub: UA\nasOf: 2024-05-01\nsignatories: []\n');
  writeFileSync(join(dir, 'app.yaml'), `http:\n  perHostIntervalMs: 0\nmail:\n  outboxDir: ${JSON.stringify(join(dir, 'outbox'))}\n`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    REDIS_URL: redisUrl,
    PACTWATCH_CONFIG: dir,
    PACTWATCH_PREFIX: prefix,
    TOKEN_SECRET: 'bench-secret-0123456789abcdef',
    LOG_LEVEL: 'warn',
  };
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const scanKeys = async (each: (keys: string[]) => Promise<void>) => {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await each(keys);
    } while (cursor !== '0');
  };
  return {
    dir,
    prefix,
    env,
    async seedSeen(links) {
      const key = stateKeys(prefix).seenLinks;
      for (let i = 0; i < links.length; i += 5_000) await redis.sadd(key, ...links.slice(i, i + 5_000).map(urlKey));
    },
    async redisUsedMB() {
      let bytes = 0;
      await scanKeys(async (keys) => {
        const p = redis.pipeline();
        for (const k of keys) p.memory('USAGE', k);
        for (const [, v] of (await p.exec()) ?? []) bytes += Number(v ?? 0);
      });
      return Math.round((bytes / 1024 / 1024) * 10) / 10;
    },
    async serverUsedMB() {
      const info = await redis.info('memory');
      return Math.round((Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0) / 1024 / 1024) * 10) / 10;
    },
    async close() {
      try {
        await scanKeys(async (keys) => void (await redis.unlink(...keys)));
      } finally {
        redis.disconnect();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
