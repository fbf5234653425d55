import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeedSite } from '../helpers/seed-site.js';
import { runCli } from '../helpers/run-cli.js';
import type { FixtureServer } from '../helpers/fixture-server.js';

// `extract <url>` goes through the pipeline's fetcher: redirects, charset and errors as a poll sees them.
describe('pactwatch extract <url>', () => {
  let site: FixtureServer;
  beforeAll(async () => {
    site = await startSeedSite({
      '/moved': (_req, res) => void res.writeHead(301, { location: '/world/us-ukraine-security-pact-g7' }).end(),
    });
  });
  afterAll(async () => site?.close());

  it('reads an article page after a redirect and prints its claims', async () => {
    const run = await runCli(['extract', `${site.url}/moved`], {});
    expect(run.code).toBe(0);
    const claims = JSON.parse(run.stdout) as Array<{ party: string; status: string; date: string | null; url: string }>;
    expect(claims.map((c) => `${c.party} ${c.status} ${c.date}`)).toContain('US planned 2024-06-13');
    expect(claims.map((c) => `${c.party} ${c.status} ${c.date}`)).toContain('ES signed 2024-05-27');
    expect(claims.some((c) => c.party === 'PL')).toBe(false);
  });

  it('says why a URL cannot be read, without a stack trace', async () => {
    const run = await runCli(['extract', `${site.url}/missing`], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot fetch http:\/\/127\.0\.0\.1:\d+\/missing: .*404/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
