import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { SEED_KNOWN } from '../helpers/seed-site.js';
import { REDIS_URL } from '../helpers/redis-prefix.js';

const good = { sources: [{ id: 'a', kind: 'feed', url: 'https://example.org/feed.xml', every: '15m' }] };

describe('a bad config stops the start with file, field and reason', () => {
  it.each([
    ['sources.yaml', { sources: [{ id: 'a', kind: 'feed', url: 'not a url', every: '15m' }] }, /sources\.yaml: sources\[0\] \(a\)\.url: url must be an absolute http\(s\) URL/],
    ['sources.yaml', { sources: [{ id: 'a', kind: 'html', url: 'https://example.org/', every: '15m' }] }, /sources\.yaml: sources\[0\] \(a\)\.links: an html source needs `links`/],
    ['sources.yaml', { sources: [{ id: 'a', kind: 'feed', url: 'https://example.org/', every: 'often' }] }, /sources\[0\] \(a\)\.every: every is a number and a unit/],
    ['signatories.yaml', { hub: 'UA', asOf: '2024-06-01', signatories: [{ party: 'Spain', status: 'signed', date: null }] }, /signatories\.yaml: signatories\[0\] \(Spain\)\.party: a party is an ISO 3166-1 alpha-2 code/],
    ['signatories.yaml', { hub: 'UA', asOf: '2024-06-01', signatories: [{ party: 'ES', status: 'singed', date: null }] }, /signatories\.yaml: signatories\[0\] \(ES\)\.status: .*signed/],
  ])('%s with a bad field', async (file, content, message) => {
    const dir = writeConfigDir(file === 'sources.yaml' ? { sources: content, signatories: SEED_KNOWN } : { sources: good, signatories: content });
    for (const cmd of [['check', '--once'], ['start']]) {
      const run = await runCli(cmd, { REDIS_URL, PACTWATCH_CONFIG: dir }, { timeoutMs: 30_000 });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(join(dir, file));
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('names the line of a YAML syntax error', async () => {
    const dir = writeConfigDir({ sources: good, signatories: SEED_KNOWN });
    writeFileSync(join(dir, 'sources.yaml'), 'sources:\n  - id: a\n    url: [unclosed\n');
    const run = await runCli(['check', '--once'], { REDIS_URL, PACTWATCH_CONFIG: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/sources\.yaml: line \d+, column \d+: not valid YAML/);
  });

  it('names a bad environment variable', async () => {
    const dir = writeConfigDir({ sources: good, signatories: SEED_KNOWN });
    const run = await runCli(['check', '--once'], { REDIS_URL: 'http://nope', PACTWATCH_CONFIG: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/environment: REDIS_URL: REDIS_URL must start with redis:\/\//);
  });

  it('says where it looked when the config folder is missing', async () => {
    const run = await runCli(['check', '--once'], { REDIS_URL, PACTWATCH_CONFIG: '/nonexistent/pactwatch' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\/nonexistent\/pactwatch\/sources\.yaml: file not found/);
  });
});
