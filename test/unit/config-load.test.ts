import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config/load-config.js';
import { ConfigError } from '../../src/app/config/config-error.js';
import { writeConfigDir } from '../helpers/config-dir.js';

const known = { hub: 'UA', asOf: '2024-06-01', signatories: [{ party: 'GB', status: 'signed', date: '2024-01-12' }] };
const source = { id: 'a', kind: 'feed', url: 'https://example.org/feed.xml', every: '15m' };

function failure(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reads the repository config with its defaults', () => {
    const c = loadConfig({});
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(c.redisUrlExplicit).toBe(false);
    expect(c.env.PACTWATCH_PREFIX).toBe('pw');
    expect(c.known.hub).toBe('UA');
    expect(c.known.signatories.length).toBeGreaterThanOrEqual(28);
    expect(c.known.signatories.find((s) => s.party === 'US')).toMatchObject({ status: 'signed', date: '2024-06-13' });
    expect(c.sources.every((s) => s.enabled)).toBe(true);
    expect(c.app.policy.minSources).toBe(2);
  });

  it('lets the environment override', () => {
    const dir = writeConfigDir({ sources: { sources: [source] }, signatories: known });
    const c = loadConfig({ PACTWATCH_CONFIG: dir, REDIS_URL: 'redis://10.0.0.1:6380/2', PORT: '9090', PACTWATCH_PREFIX: 'alt' });
    expect(c.redisUrl).toBe('redis://10.0.0.1:6380/2');
    expect(c.redisUrlExplicit).toBe(true);
    expect(c.env.PORT).toBe(9090);
    expect(c.env.PACTWATCH_PREFIX).toBe('alt');
  });

  it('accepts an empty known list and unquoted YAML dates', () => {
    const dir = writeConfigDir({ sources: { sources: [source] }, signatories: { hub: 'UA', asOf: '2024-06-01', signatories: [] } });
    expect(loadConfig({ PACTWATCH_CONFIG: dir }).known.signatories).toEqual([]);
  });

  it.each([
    [{ sources: [source, { ...source }] }, 'sources[1] (a).id', /duplicate id "a"/],
    [{ sources: [{ ...source, trust: 'gossip' }] }, 'sources[0] (a).trust', /official|press|aggregator/],
    [{ sources: [{ ...source, every: '15m', cron: '* * * * *' }] }, 'sources[0] (a).every', /either `every` or `cron`/],
    [{ sources: [{ ...source, colour: 'red' }] }, 'sources[0] (a)', /colour/],
  ])('rejects a bad source with file and field (%#)', (sources, field, reason) => {
    const dir = writeConfigDir({ sources, signatories: known });
    const err = failure(() => loadConfig({ PACTWATCH_CONFIG: dir }));
    expect(err.file).toBe(join(dir, 'sources.yaml'));
    expect(err.field).toBe(field);
    expect(err.reason).toMatch(reason);
  });

  it('rejects the hub listed as its own partner, and duplicates', () => {
    const dir = writeConfigDir({ sources: { sources: [source] }, signatories: { ...known, signatories: [{ party: 'UA', status: 'signed', date: null }] } });
    expect(failure(() => loadConfig({ PACTWATCH_CONFIG: dir })).reason).toMatch(/UA is the hub itself/);
    const dir2 = writeConfigDir({ sources: { sources: [source] }, signatories: { ...known, signatories: [known.signatories[0], known.signatories[0]] } });
    expect(failure(() => loadConfig({ PACTWATCH_CONFIG: dir2 })).reason).toMatch(/GB is listed twice/);
  });

  it('rejects a bad app.yaml value', () => {
    const dir = writeConfigDir({ sources: { sources: [source] }, signatories: known, app: { policy: { minSources: 0 } } });
    const err = failure(() => loadConfig({ PACTWATCH_CONFIG: dir }));
    expect(err.file).toBe(join(dir, 'app.yaml'));
    expect(err.field).toBe('policy.minSources');
  });
});
