import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/run-cli.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

// `pactwatch demo` as a newcomer runs it, sped up: the first alert must arrive, the dashboard answer,
// and Ctrl-C stop everything. Bounded well under a minute.
describe('pactwatch demo', () => {
  const prefix = uniquePrefix('demo');
  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-demo-'));
  let child: ChildProcess | null = null;
  let stdout = '';
  let stderr = '';

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    await deletePrefix(prefix);
  });

  const waitFor = async (pattern: RegExp, ms: number): Promise<RegExpMatchArray> => {
    const until = Date.now() + ms;
    for (;;) {
      const m = stdout.match(pattern);
      if (m) return m;
      if (Date.now() > until || child?.exitCode !== null) throw new Error(`no ${pattern} within ${ms} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('tells the story: news, an alert mail, the dashboard; Ctrl-C stops it', { timeout: 55_000 }, async () => {
    child = spawn(process.execPath, [BIN, 'demo', '--speed', '20', '--port', '0', '--dir', dir, '--prefix', prefix], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', REDIS_URL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));

    const [, dashboard] = await waitFor(/dashboard\s+(http:\/\/127\.0\.0\.1:\d+\/)/, 20_000);
    await waitFor(/news: The Harbour Times — “New Zealand and Ukraine to sign/, 5_000);
    const [, subject] = await waitFor(/mail #1 to demo@example\.org: (.+?)  →/, 30_000);
    expect(subject).toMatch(/New Zealand (plans to sign|signed) a bilateral security agreement with Ukraine/);

    const emls = readdirSync(join(dir, 'mail')).filter((f) => f.endsWith('.eml'));
    expect(emls.length).toBeGreaterThanOrEqual(1);
    const eml = readFileSync(join(dir, 'mail', emls.sort()[0]!), 'utf8');
    expect(eml).toMatch(/^To: demo@example\.org/m);
    expect(eml).toMatch(/List-Unsubscribe:\s+<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=/);

    const res = await fetch(dashboard!);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<tr data-party="NZ">');
    expect(html).toContain('<svg class="timeline"');
    expect(html).toMatch(/data-source="harbour">.*?h-ok/);

    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(r, 15_000, 'hung'))]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/stopped\. Captured mail stays in/);
    expect(stderr).not.toMatch(/at .*\.js:\d+/); // no stack traces
  });
});
