import { describe, expect, it } from 'vitest';
import { FetchError, HttpStatusError } from '../../src/adapters/http/errors.js';
import type { FetchResult } from '../../src/adapters/http/http-client.js';
import { productToken, robotsOutcome, robotsRules, robotsUrlFor, ROBOTS_RETRY_MS, ROBOTS_TTL_MS, type RobotsRecord } from '../../src/adapters/robots/index.js';

const UA = 'pactwatch/0.1.0 (+https://github.com/pactwatch/pactwatch)';
const ROBOTS = 'https://news.example/robots.txt';
const rules = (body: string) => robotsRules({ kind: 'rules', body, note: 'HTTP 200' }, ROBOTS, UA);

function ok(body: string): FetchResult {
  return { status: 200, notModified: false, url: ROBOTS, body: Buffer.from(body), contentType: 'text/plain', etag: null, lastModified: null, latencyMs: 3 };
}

describe('robots rules', () => {
  it('matches our group by product token, case-insensitively, before the * group', () => {
    expect(productToken(UA)).toBe('pactwatch');
    const r = rules('User-agent: *\nDisallow: /\n\nUser-agent: PactWatch\nDisallow: /private/\nCrawl-delay: 5\n');
    expect(r.isAllowed('https://news.example/world/story')).toBe(true);
    expect(r.isAllowed('https://news.example/private/feed.xml')).toBe(false);
    expect(r.crawlDelayMs()).toBe(5_000);
  });

  it('falls back to the * group, and has no crawl delay when none is given', () => {
    const r = rules('User-agent: *\nDisallow: /search\nAllow: /search/about\n');
    expect(r.isAllowed('https://news.example/search?q=ukraine')).toBe(false);
    expect(r.isAllowed('https://news.example/search/about')).toBe(true);
    expect(r.crawlDelayMs()).toBeNull();
  });

  it('does not judge URLs of another origin', () => {
    expect(rules('User-agent: *\nDisallow: /').isAllowed('https://other.example/x')).toBe(true);
  });

  it.each<RobotsRecord['kind']>(['allow-all', 'unavailable'])('allows everything for a %s record', (kind) => {
    const r = robotsRules({ kind, body: '', note: '' }, ROBOTS, UA);
    expect(r.isAllowed('https://news.example/private/x')).toBe(true);
    expect(r.crawlDelayMs()).toBeNull();
  });

  it('names one robots.txt per scheme, host and port', () => {
    expect(robotsUrlFor('https://news.example:8443/a/b?c=1')).toBe('https://news.example:8443/robots.txt');
  });
});

describe('robotsOutcome — what a robots.txt fetch means, and for how long', () => {
  it('keeps a 200 body as rules for 24 h', () => {
    expect(robotsOutcome(ok('User-agent: *\nDisallow: /x'))).toEqual({ record: { kind: 'rules', body: 'User-agent: *\nDisallow: /x', note: 'HTTP 200' }, ttlMs: ROBOTS_TTL_MS });
  });

  it.each([401, 403, 404, 410])('treats HTTP %i as "no robots.txt": allow all, for 24 h', (status) => {
    const out = robotsOutcome(new HttpStatusError({ status, url: ROBOTS, finalUrl: ROBOTS, retryAfterMs: null }));
    expect(out).toEqual({ record: { kind: 'allow-all', body: '', note: `HTTP ${status}` }, ttlMs: ROBOTS_TTL_MS });
  });

  it('treats an empty robots.txt as allow all', () => {
    expect(robotsOutcome(new FetchError('EMPTY', 'empty', ROBOTS)).record.kind).toBe('allow-all');
  });

  it.each([
    new HttpStatusError({ status: 503, url: ROBOTS, finalUrl: ROBOTS, retryAfterMs: null }),
    new HttpStatusError({ status: 429, url: ROBOTS, finalUrl: ROBOTS, retryAfterMs: 60_000 }),
    new FetchError('TIMEOUT', 'timed out after 5 s waiting for headers', ROBOTS),
    new FetchError('CONNECTION', 'connection refused', ROBOTS),
  ])('allows but asks again in 10 minutes after $message', (err) => {
    const out = robotsOutcome(err);
    expect(out.record).toMatchObject({ kind: 'unavailable', note: err.message });
    expect(out.ttlMs).toBe(ROBOTS_RETRY_MS);
    expect(ROBOTS_RETRY_MS).toBe(600_000);
  });
});
