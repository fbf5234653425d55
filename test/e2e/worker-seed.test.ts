import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { startSeedSite, SEED_KNOWN } from '../helpers/seed-site.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { BIN, runCli } from '../helpers/run-cli.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';
import type { FixtureServer } from '../helpers/fixture-server.js';

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));
}

describe('a running worker', () => {
  const prefix = uniquePrefix('worker');
  let site: FixtureServer;
  let smtp: SmtpSink;
  let env: Record<string, string>;

  beforeAll(async () => {
    site = await startSeedSite();
    smtp = await startSmtpSink();
    const dir = writeConfigDir({
      sources: { sources: [{ id: 'ledger', kind: 'feed', url: `${site.url}/feed.xml`, every: '2s' }] },
      signatories: SEED_KNOWN,
    });
    env = { REDIS_URL, PACTWATCH_PREFIX: prefix, PACTWATCH_CONFIG: dir, SMTP_URL: smtp.url, TOKEN_SECRET: 'test-secret-0123456789abcdef', LOG_LEVEL: 'info' };
    expect((await runCli(['subscribers', 'add', 'everything@example.org'], env)).code).toBe(0);
    expect((await runCli(['subscribers', 'add', 'us-only@example.org', '--parties', 'US'], env)).code).toBe(0);
  });
  afterAll(async () => {
    await site?.close();
    await smtp?.close();
    await deletePrefix(prefix);
  });

  it('polls on its schedule, mails the seed changes once, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'worker'], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    try {
      await smtp.waitFor(5, 40_000);
      expect(smtp.messages).toHaveLength(5);
      // Several more scheduled polls go by: the feed answers 304 and nothing is mailed again.
      const feedHits = site.hits.get('/feed.xml') ?? 0;
      const until = Date.now() + 15_000;
      while ((site.hits.get('/feed.xml') ?? 0) < feedHits + 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect(site.hits.get('/feed.xml')).toBeGreaterThanOrEqual(feedHits + 2);
      expect(smtp.messages).toHaveLength(5);
      expect(site.hits.get('/world/us-ukraine-security-pact-g7')).toBe(1);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exitOf(child)).toBe(0);
    expect(stderr).toMatch(/"msg":"stopped"/);
  });
});
