/**
 * Fan-out benchmark: mails per second for one change sent to N subscribers (default 10,000) through the
 * real notify job — outbox claims in Redis, pooled SMTP — into a local `smtp-server` sink that accepts
 * everything. Prints one JSON object on stdout, `{"subscribers", "mailsPerSec", "seconds"}`, and a
 * readable line on stderr.
 *
 *   node dist/bench/fanout.js [--subscribers N] [--rate PER_SECOND]
 *
 * Needs Redis (REDIS_URL, default redis://127.0.0.1:6379); works under its own key prefix and deletes
 * it afterwards. The provider rate limit (`mail.rateLimitPerSecond`) is lifted unless `--rate` is given:
 * this measures what pactwatch itself can push.
 */
import { deletePrefix } from '../src/adapters/redis/delete-prefix.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { Job } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../src/app/config/load-config.js';
import { createRuntime } from '../src/app/runtime/create-runtime.js';
import { createLogger } from '../src/app/logging/create-logger.js';
import { notify } from '../jobs/notify.js';
import type { Change } from '../src/core/schemas/registry.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--${name} must be a positive integer\n`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const subscribers = arg('subscribers', 10_000);
  const rate = arg('rate', 1_000_000);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `pwbench-${randomBytes(4).toString('hex')}`;

  let received = 0;
  const sink = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, cb) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        cb();
      });
    },
  });
  sink.on('error', () => undefined);
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
  const port = (sink.server.address() as AddressInfo).port;

  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-bench-'));
  writeFileSync(join(dir, 'sources.yaml'), 'sources: []\n');
  writeFileSync(join(dir, 'signatories.yaml'), 'hub: UA\nasOf: 2024-06-01\nsignatories: []\n');
  writeFileSync(join(dir, 'app.yaml'), `mail:\n  rateLimitPerSecond: ${rate}\n`);
  const config = loadConfig({ PACTWATCH_CONFIG: dir, PACTWATCH_PREFIX: prefix, REDIS_URL: redisUrl, SMTP_URL: `smtp://127.0.0.1:${port}`, TOKEN_SECRET: 'bench-secret-0123456789abcdef', PUBLIC_URL: 'https://alerts.example.org' });
  const runtime = createRuntime(config, { log: createLogger('silent') });
  const { stores } = runtime.deps;
  try {
    for (let i = 0; i < subscribers; i += 500)
      await Promise.all(Array.from({ length: Math.min(500, subscribers - i) }, (_, j) =>
        stores.subscribers.upsert({ email: `reader${i + j}@bench.example`, state: 'active', parties: [], kinds: [], cadence: 'instant' }, new Date())));
    const change: Change = {
      id: 'cbench000000000000000001', party: 'ES', kind: 'new', from: null, to: { status: 'signed', date: '2024-05-27' }, confirmed: true,
      detectedAt: '2024-05-27T12:00:00.000Z', confirmedAt: '2024-05-27T12:00:00.000Z',
      claims: [{ evidence: 'Spain and Ukraine signed a bilateral security agreement in Madrid.', url: 'https://news.example/es', sourceId: 'bench', site: 'news.example', trust: 'press', published: '2024-05-27', confidence: 0.9, status: 'signed', date: '2024-05-27' }],
    };
    await stores.registry.saveChanges([change]);

    const started = process.hrtime.bigint();
    const result = await notify({ data: { changeId: change.id } } as Job, runtime.deps);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.sent !== subscribers || received !== subscribers) throw new Error(`sent ${result.sent}, sink received ${received}, expected ${subscribers}`);
    const mailsPerSec = Math.round((subscribers / seconds) * 10) / 10;
    process.stderr.write(`fan-out: ${subscribers} mails in ${seconds.toFixed(2)} s = ${mailsPerSec} mails/s (outbox in Redis, pooled SMTP, local sink)\n`);
    process.stdout.write(`${JSON.stringify({ subscribers, mailsPerSec, seconds: Math.round(seconds * 1000) / 1000 })}\n`);
  } finally {
    await runtime.close();
    await new Promise<void>((r) => sink.close(() => r()));
    await deleteKeys(redisUrl, prefix);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function deleteKeys(url: string, prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    await deletePrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
