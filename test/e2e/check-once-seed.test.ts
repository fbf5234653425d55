import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeedSite, SEED_KNOWN } from '../helpers/seed-site.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { runCli } from '../helpers/run-cli.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';
import type { FixtureServer } from '../helpers/fixture-server.js';

// The acceptance case of issue 2, through the built CLI against real Redis, HTTP and SMTP.
describe('check --once: the seed case', () => {
  const prefix = uniquePrefix('seed');
  let site: FixtureServer;
  let smtp: SmtpSink;
  let env: Record<string, string>;

  beforeAll(async () => {
    site = await startSeedSite();
    smtp = await startSmtpSink();
    const dir = writeConfigDir({
      sources: { sources: [{ id: 'ledger', kind: 'feed', url: `${site.url}/feed.xml`, every: '15m', trust: 'press' }] },
      signatories: SEED_KNOWN,
    });
    env = { REDIS_URL, PACTWATCH_PREFIX: prefix, PACTWATCH_CONFIG: dir, SMTP_URL: smtp.url, TOKEN_SECRET: 'test-secret-0123456789abcdef', PUBLIC_URL: 'https://alerts.example.org' };
    expect((await runCli(['subscribers', 'add', 'everything@example.org'], env)).code).toBe(0);
    expect((await runCli(['subscribers', 'add', 'us-only@example.org', '--parties', 'US'], env)).code).toBe(0);
  });

  afterAll(async () => {
    await site?.close();
    await smtp?.close();
    await deletePrefix(prefix);
  });

  it('records the four new facts and mails them, and only them', async () => {
    const run = await runCli(['check', '--once', '--json'], env);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack traces
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.sources).toMatchObject({ total: 1, ok: 1, failed: 0 });
    expect(summary.articles.read).toBe(2);
    const changes = summary.changes.list.map((c: { party: string; to: { status: string; date: string | null } }) => `${c.party} ${c.to.status} ${c.to.date}`).sort();
    expect(changes).toEqual(['CA signed null', 'ES signed 2024-05-27', 'NL signed null', 'US planned 2024-06-13']);
    expect(summary.mails).toMatchObject({ sent: 5, failed: 0, queued: 0 });

    const mails = await smtp.waitFor(5);
    expect(mails).toHaveLength(5);
    const to = (m: (typeof mails)[number]) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;
    const everything = mails.filter((m) => to(m) === 'everything@example.org');
    const usOnly = mails.filter((m) => to(m) === 'us-only@example.org');
    expect(everything).toHaveLength(4);
    expect(usOnly).toHaveLength(1);
    expect(usOnly[0]!.subject).toMatch(/United States/);
    expect(usOnly[0]!.subject).toMatch(/13 June 2024/);
    const subjects = everything.map((m) => m.subject ?? '');
    for (const name of [/United States/, /Spain/, /Canada/, /Netherlands/]) expect(subjects.some((s) => name.test(s))).toBe(true);
    for (const known of [/United Kingdom/, /Germany/, /France/]) expect(subjects.some((s) => known.test(s))).toBe(false);
    const spain = everything.find((m) => /Spain/.test(m.subject ?? ''))!;
    expect(spain.subject).toMatch(/27 May 2024/);
    expect(spain.text).toContain('signed a 10-year bilateral security agreement on May 27');
    expect(spain.text).toContain(`${site.url}/world/us-ukraine-security-pact-g7`);
    expect(spain.text).toMatch(/\b6 signatories\b/); // GB, DE, FR + ES, CA, NL (the US only planned)
    const unsubscribe = spain.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    expect(unsubscribe).toMatch(/<https:\/\/alerts\.example\.org\/unsubscribe\?token=[^>]+>/);

    const registry = JSON.parse((await runCli(['registry', '--json'], env)).stdout);
    const row = (p: string) => registry.entries.find((e: { party: string }) => e.party === p);
    expect(row('US')).toMatchObject({ status: 'planned', date: '2024-06-13' });
    expect(row('ES')).toMatchObject({ status: 'signed', date: '2024-05-27' });
    expect(row('CA')).toMatchObject({ status: 'signed', date: null });
    expect(row('NL')).toMatchObject({ status: 'signed', date: null });
    expect(row('PL')).toBeUndefined(); // the "Read more" box is not the article
  });

  it('mails nothing on a second run, and does not fetch the articles again', async () => {
    const articleHits = site.hits.get('/world/us-ukraine-security-pact-g7');
    const run = await runCli(['check', '--once', '--json'], env);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.sources.notModified).toBe(1);
    expect(summary.changes.confirmed).toBe(0);
    expect(summary.mails.sent).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages).toHaveLength(5);
    expect(site.hits.get('/world/us-ukraine-security-pact-g7')).toBe(articleHits);
  });

  it('prints a human summary without --json', async () => {
    const run = await runCli(['check', '--once'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/sources:\s+1 ok \(1 unchanged\), 0 failed/);
    expect(run.stdout).toMatch(/registry: 6 signatories/);
  });
});
