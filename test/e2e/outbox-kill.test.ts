import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { SMTPServer } from 'smtp-server';
import { BIN } from '../helpers/run-cli.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { SEED_KNOWN } from '../helpers/seed-site.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';
import { loadConfig } from '../../src/app/config/load-config.js';
import { createStores } from '../../src/app/runtime/create-stores.js';
import { createQueues, closeQueues } from '../../src/app/queues/create-queues.js';
import { NOTIFY_PARALLEL } from '../../jobs/notify.js';
import type { Change } from '../../src/core/schemas/index.js';

const SUBSCRIBERS = 1_000;
const KILL_AFTER = 300;
const DATA_DELAY_MS = 5;

/** A real SMTP sink that takes ~5 ms per message and keeps each accepted (recipient, Message-ID). */
async function startSlowSink() {
  const accepted: Array<{ to: string; messageId: string }> = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, cb) {
      let head = '';
      stream.on('data', (d: Buffer) => { if (head.length < 4096) head += d.toString('latin1'); });
      stream.on('end', () => {
        setTimeout(() => {
          const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? '';
          for (const r of session.envelope.rcptTo) accepted.push({ to: r.address, messageId });
          cb();
        }, DATA_DELAY_MS);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, accepted, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));
}
async function until(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return cond();
}

describe('the outbox guarantee', () => {
  const prefix = uniquePrefix('kill');
  let sink: Awaited<ReturnType<typeof startSlowSink>>;
  let env: Record<string, string>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    sink = await startSlowSink();
    const dir = writeConfigDir({
      sources: { sources: [{ id: 'ledger', kind: 'feed', url: 'https://news.example/feed.xml', every: '15m', enabled: false }] },
      signatories: SEED_KNOWN,
      // A short worker lock and outbox lease so the restarted worker takes the killed one's job over
      // within seconds (defaults: 30 s lock, max(60 s, lock) lease).
      app: { queues: { lockSeconds: 2, backoffSeconds: 0.5 }, mail: { rateLimitPerSecond: 100000, leaseSeconds: 3 } },
    });
    env = { REDIS_URL, PACTWATCH_PREFIX: prefix, PACTWATCH_CONFIG: dir, SMTP_URL: sink.url, TOKEN_SECRET: 'kill-secret-0123456789abcdef', LOG_LEVEL: 'warn' };

    const config = loadConfig(env);
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const stores = createStores(redis, prefix);
    for (let i = 0; i < SUBSCRIBERS; i += 100)
      await Promise.all(Array.from({ length: 100 }, (_, j) =>
        stores.subscribers.upsert({ email: `reader${String(i + j).padStart(4, '0')}@example.org`, state: 'active', parties: [], kinds: [], cadence: 'instant' }, new Date())));
    const change: Change = {
      id: 'ckill0000000000000000001', party: 'ES', kind: 'new', from: null, to: { status: 'signed', date: '2024-05-27' }, confirmed: true,
      detectedAt: '2024-05-27T12:00:00.000Z', confirmedAt: '2024-05-27T12:00:00.000Z',
      claims: [{ evidence: 'Spain and Ukraine signed a bilateral security agreement.', url: 'https://news.example/es', sourceId: 'ledger', site: 'news.example', trust: 'press', published: '2024-05-27', confidence: 0.9, status: 'signed', date: '2024-05-27' }],
    };
    await stores.registry.saveChanges([change]);
    const queues = createQueues(redis, prefix, config.app.queues);
    await queues.notify.add('notify', { changeId: change.id }, { jobId: change.id });
    await closeQueues(queues);
    redis.disconnect();
  }, 60_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await sink?.close();
    await deletePrefix(prefix);
  });

  const startWorker = () => {
    const child = spawn(process.execPath, [BIN, 'worker'], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    children.push(child);
    return { child, stderr: () => stderr };
  };

  it('a worker killed mid-fan-out and restarted mails everyone; only in-flight messages arrive twice', async () => {
    const first = startWorker();
    expect(await until(() => sink.accepted.length >= KILL_AFTER, 60_000)).toBe(true);
    first.child.kill('SIGKILL');
    await exitOf(first.child);
    const atKill = sink.accepted.length;
    await new Promise((r) => setTimeout(r, 200)); // messages the sink was still taking in
    const afterKill = sink.accepted.length;
    expect(afterKill).toBeLessThan(SUBSCRIBERS); // it really died midway
    // Claims the dead worker left unconfirmed: the only messages that may go out twice.
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const outbox = Object.values(await redis.hgetall(`${prefix}:state:outbox`)).map((v) => (JSON.parse(v) as { state: string }).state);
    const inFlight = outbox.filter((st) => st === 'sending').length;
    expect(outbox.filter((st) => st === 'sent').length).toBeLessThanOrEqual(afterKill);
    expect(inFlight).toBeLessThanOrEqual(NOTIFY_PARALLEL);

    const second = startWorker();
    const unique = () => new Set(sink.accepted.map((a) => a.to)).size;
    const done = await until(() => unique() === SUBSCRIBERS, 90_000);
    await new Promise((r) => setTimeout(r, 1_000)); // stragglers
    second.child.kill('SIGTERM');
    expect(await exitOf(second.child)).toBe(0);
    expect(done, second.stderr()).toBe(true);

    const final = Object.values(await redis.hgetall(`${prefix}:state:outbox`)).map((v) => (JSON.parse(v) as { state: string }).state);
    redis.disconnect();
    expect(final.filter((st) => st === 'sent')).toHaveLength(SUBSCRIBERS);
    const counts = new Map<string, number>();
    for (const a of sink.accepted) counts.set(a.to, (counts.get(a.to) ?? 0) + 1);
    const duplicates = sink.accepted.length - counts.size;
    console.log(`outbox-kill: ${SUBSCRIBERS} subscribers, killed after ${atKill} accepted (${afterKill} incl. in flight; ${inFlight} claims unconfirmed), ${sink.accepted.length} accepted in all, ${duplicates} duplicate(s) (bound ${NOTIFY_PARALLEL} in flight × 2)`);
    expect(counts.size).toBe(SUBSCRIBERS);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(duplicates).toBeLessThanOrEqual(NOTIFY_PARALLEL * 2);
    // A resend is the same message: same Message-ID, so receivers can tell.
    const byTo = new Map<string, Set<string>>();
    for (const a of sink.accepted) byTo.set(a.to, (byTo.get(a.to) ?? new Set()).add(a.messageId));
    expect([...byTo.values()].every((ids) => ids.size === 1)).toBe(true);
  }, 180_000);
});
