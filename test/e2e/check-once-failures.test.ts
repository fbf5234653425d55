import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startSeedSite, SEED_KNOWN } from '../helpers/seed-site.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';
import { runCli } from '../helpers/run-cli.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';
import type { FixtureServer } from '../helpers/fixture-server.js';

async function freePort(): Promise<number> {
  const s: Server = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

describe('check --once when parts of the world fail', () => {
  const prefixes: string[] = [];
  let site: FixtureServer;

  beforeAll(async () => {
    site = await startSeedSite({
      '/broken.xml': { status: 500, headers: { 'content-type': 'text/plain' }, body: 'internal error' },
      '/garbage.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '\u0000\u0001 this is { not a feed ]]>' },
    });
  });
  afterAll(async () => {
    await site?.close();
    for (const p of prefixes) await deletePrefix(p);
  });

  it('reports failing sources with their reasons while the others complete', async () => {
    const prefix = uniquePrefix('fail');
    prefixes.push(prefix);
    const dir = writeConfigDir({
      sources: {
        sources: [
          { id: 'broken', kind: 'feed', url: `${site.url}/broken.xml`, every: '15m' },
          { id: 'garbage', kind: 'feed', url: `${site.url}/garbage.xml`, every: '15m' },
          { id: 'ledger', kind: 'feed', url: `${site.url}/feed.xml`, every: '15m' },
        ],
      },
      signatories: SEED_KNOWN,
    });
    const env = { REDIS_URL, PACTWATCH_PREFIX: prefix, PACTWATCH_CONFIG: dir, TOKEN_SECRET: 'test-secret-0123456789abcdef' , SMTP_URL: 'smtp://127.0.0.1:1' };
    const run = await runCli(['check', '--once', '--json'], env);
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout);
    expect(s.sources).toMatchObject({ total: 3, ok: 1, failed: 2 });
    const byId = Object.fromEntries(s.sources.results.map((r: { sourceId: string }) => [r.sourceId, r]));
    expect(byId.broken.error).toMatch(/HTTP 500/);
    expect(byId.garbage.error).toMatch(/feed/i);
    expect(byId.ledger).toMatchObject({ ok: true, newItems: 2 });
    expect(s.changes.confirmed).toBe(4);

    const human = await runCli(['check', '--once'], env);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/FAILED broken: .*HTTP 500/);
    expect(human.stdout).toMatch(/2 source\(s\) failed; the cycle completed for the others/);
  });

  it('delivers alerts once the mail server is back, exactly once', async () => {
    const prefix = uniquePrefix('smtp');
    prefixes.push(prefix);
    const port = await freePort();
    const dir = writeConfigDir({
      sources: { sources: [{ id: 'ledger', kind: 'feed', url: `${site.url}/feed.xml`, every: '15m' }] },
      signatories: SEED_KNOWN,
    });
    const env = { REDIS_URL, PACTWATCH_PREFIX: prefix, PACTWATCH_CONFIG: dir, SMTP_URL: `smtp://127.0.0.1:${port}`, TOKEN_SECRET: 'test-secret-0123456789abcdef' };
    expect((await runCli(['subscribers', 'add', 'reader@example.org'], env)).code).toBe(0);

    const down = await runCli(['check', '--once', '--json'], env);
    expect(down.code).toBe(3);
    const s1 = JSON.parse(down.stdout);
    expect(s1.changes.confirmed).toBe(4);
    expect(s1.mails.sent).toBe(0);
    expect(s1.mails.queued).toBeGreaterThan(0);
    expect(s1.mails.lastError).toMatch(/refused|ECONNREFUSED/i);

    const smtp = await startSmtpSink(port);
    try {
      const up = await runCli(['check', '--once', '--json'], env);
      expect(up.code).toBe(0);
      expect(JSON.parse(up.stdout).mails.sent).toBe(4);
      await smtp.waitFor(4);
      const again = await runCli(['check', '--once', '--json'], env);
      expect(JSON.parse(again.stdout).mails.sent).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.messages).toHaveLength(4);
      expect(new Set(smtp.messages.map((m) => m.subject)).size).toBe(4);
    } finally {
      await smtp.close();
    }
  });

  it('exits non-zero with the reason when Redis cannot be reached', async () => {
    const port = await freePort();
    const dir = writeConfigDir({ sources: { sources: [] }, signatories: SEED_KNOWN });
    const run = await runCli(['check', '--once'], { REDIS_URL: `redis://127.0.0.1:${port}`, PACTWATCH_CONFIG: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
