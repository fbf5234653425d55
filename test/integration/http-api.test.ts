import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/app/http/create-server.js';
import { createStores } from '../../src/app/runtime/create-stores.js';
import { createQueues, closeQueues, type Queues } from '../../src/app/queues/create-queues.js';
import { createLogger } from '../../src/app/logging/create-logger.js';
import { loadConfig } from '../../src/app/config/load-config.js';
import { applyKnownList } from '../../src/core/known-list/apply-known-list.js';
import { mailLinks } from '../../src/app/runtime/mail-links.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { SEED_KNOWN } from '../helpers/seed-site.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

const prefix = uniquePrefix('http');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
const json = async (r: Response): Promise<any> => r.json();
const secret = 'http-test-secret-0123456789';
let redis: Redis;
let queues: Queues;
let app: FastifyInstance;
let base: string;
let stores: ReturnType<typeof createStores>;

beforeAll(async () => {
  const dir = writeConfigDir({
    sources: { sources: [{ id: 'ledger', kind: 'feed', url: 'https://news.example/feed.xml', every: '15m' }] },
    signatories: SEED_KNOWN,
  });
  const config = loadConfig({ PACTWATCH_CONFIG: dir, PACTWATCH_PREFIX: prefix, REDIS_URL });
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  queues = createQueues(redis, prefix, config.app.queues);
  stores = createStores(redis, prefix);
  const state = applyKnownList(null, config.known);
  state.entries.ES = { ...state.entries.GB!, party: 'ES', date: '2024-05-27', place: null, seeded: false, claims: [
    { evidence: '<script>alert(1)</script> signed', url: 'javascript:alert(1)', sourceId: 'ledger', site: 'evil.example', trust: 'press', published: '2024-06-12', confidence: 0.9, status: 'signed', date: '2024-05-27' },
  ] };
  await stores.registry.commit({ expectedVersion: '0', state, changes: [], consumedClaims: 0 });
  app = await createServer({ config, redis, stores, queues, log: createLogger('silent'), tokenSecret: secret, clock: () => new Date(), expectSchedulers: true });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
});

afterAll(async () => {
  await app?.close();
  await closeQueues(queues);
  redis.disconnect();
  await deletePrefix(prefix);
});

describe('HTTP API', () => {
  it('serves health, and readiness that names what is missing', async () => {
    expect(await json(await fetch(`${base}/healthz`))).toEqual({ ok: true });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect((await json(ready)).reason).toMatch(/0 of 1 source schedulers registered/);
  });

  it('serves the registry as JSON and CSV', async () => {
    const view = await json(await fetch(`${base}/api/registry`));
    expect(view.signatories).toBe(4);
    expect(view.entries.map((e: { party: string }) => e.party)).toEqual(['GB', 'DE', 'FR', 'ES']);
    const csv = await fetch(`${base}/registry.csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).split('\r\n')[4]).toMatch(/^ES,Spain,signed,2024-05-27/);
  });

  it('lists sources with their health', async () => {
    const { sources } = await json(await fetch(`${base}/api/sources`));
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ id: 'ledger', health: { state: 'unknown' } });
  });

  it('renders the dashboard with fetched text escaped and no foreign resources', async () => {
    const res = await fetch(`${base}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    expect(html).toMatch(/>4<\/strong>\s*signatories/);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toMatch(/href="javascript:/);
    // Links out to articles are fine; nothing may be loaded from elsewhere.
    expect(html).not.toMatch(/\ssrc="https?:/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/<script/);
  });

  it('unsubscribes in one click with a valid token only', async () => {
    const { subscriber } = await stores.subscribers.upsert({ email: 'Reader@Example.org', state: 'active', parties: [], kinds: [], cadence: 'instant' }, new Date());
    const link = mailLinks(base, secret, subscriber.id).unsubscribe;
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form method="post"/);
    expect((await stores.subscribers.get(subscriber.id))?.state).toBe('active'); // a GET changes nothing
    const bad = await fetch(link.replace(/token=[^&]+/, 'token=unsubscribe.' + subscriber.id + '.0.forged'), { method: 'POST' });
    expect(bad.status).toBe(400);
    const post = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click', redirect: 'manual' });
    expect(post.status).toBe(200);
    expect((await stores.subscribers.get(subscriber.id))?.state).toBe('unsubscribed');
    await stores.subscribers.remove('reader@example.org');
    expect((await fetch(link, { method: 'POST' })).status).toBe(404);
  });
});
