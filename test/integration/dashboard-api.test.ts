import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer as createNetServer } from 'node:net';
import { Redis } from 'ioredis';
import type { Job } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { parseAtomFeed } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { createServer } from '../../src/app/http/create-server.js';
import { createStores } from '../../src/app/runtime/create-stores.js';
import { createQueues, closeQueues, type Queues } from '../../src/app/queues/create-queues.js';
import { createLogger } from '../../src/app/logging/create-logger.js';
import { loadConfig, type AppConfig } from '../../src/app/config/load-config.js';
import { applyKnownList } from '../../src/core/known-list/apply-known-list.js';
import { changeId } from '../../src/core/reconcile/change-id.js';
import type { Change } from '../../src/core/schemas/registry.js';
import type { Deps } from '../../src/app/runtime/deps.js';
import type { ServerDeps } from '../../src/app/http/server-deps.js';
import type { InboxClaim } from '../../src/adapters/redis/claims-inbox.js';
import { poll } from '../../jobs/poll.js';
import { reconcile } from '../../jobs/reconcile.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { SEED_KNOWN } from '../helpers/seed-site.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

const prefix = uniquePrefix('dash');
const TOKEN = 'admin-token-0123456789abcdef';
const HOSTILE = '<script>alert(1)</script> & "quotes" \u0001 ]]>';

let redis: Redis;
let queues: Queues;
let stores: ReturnType<typeof createStores>;
let config: AppConfig;
let deps: ServerDeps;
const servers: FastifyInstance[] = [];
let base: string;
let baseNoAdmin: string;

const log = createLogger('silent');

async function listen(d: ServerDeps): Promise<string> {
  const app = await createServer(d);
  await app.listen({ host: '127.0.0.1', port: 0 });
  servers.push(app);
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

/** Response bodies of this API, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (r: Response): Promise<any> => r.json();

const admin = (path: string, token: string | null = TOKEN, root = () => base) =>
  fetch(`${root()}${path}`, { method: 'POST', headers: token === null ? {} : { authorization: `Bearer ${token}` } });

function claim(party: string, status: InboxClaim['status'], date: string | null, url: string, confidence: number): InboxClaim {
  return { party, status, date, evidence: `${party} ${status} ${HOSTILE}`, url, sourceId: 'ledger', published: '2024-06-20', confidence, trust: 'press' };
}

/** The processors take (job, deps); these tests hand them what they touch and a fetcher that must not be used. */
function processorDeps(fetched: string[]): Deps {
  const http = { get: async (url: string) => (fetched.push(url), Promise.reject(new Error('no network in this test'))), close: async () => undefined };
  return { ...deps, http, mail: {} } as unknown as Deps;
}

const job = (data: unknown) => ({ data, id: 'test', attemptsMade: 0 }) as unknown as Job;

beforeAll(async () => {
  const dir = writeConfigDir({
    sources: {
      sources: [
        { id: 'ledger', kind: 'feed', url: 'https://news.example/feed.xml', every: '15m' },
        { id: 'gazette', kind: 'feed', url: 'https://gazette.example/rss', every: '30m', trust: 'official' },
      ],
    },
    signatories: SEED_KNOWN,
  });
  config = loadConfig({ PACTWATCH_CONFIG: dir, PACTWATCH_PREFIX: prefix, REDIS_URL, ADMIN_TOKEN: TOKEN, PUBLIC_URL: 'https://alerts.example.org' });
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  queues = createQueues(redis, prefix, config.app.queues);
  stores = createStores(redis, prefix);

  // The registry: the known list, plus Spain found by pactwatch, confirmed, on the change stream.
  const state = applyKnownList(null, config.known);
  const spainEvidence = { evidence: `Spain signed it. ${HOSTILE}`, url: 'https://news.example/spain', sourceId: 'ledger', site: 'news.example', trust: 'press' as const, published: '2024-05-28', confidence: 0.9, status: 'signed' as const, date: '2024-05-27' };
  const spain: Change = {
    id: changeId('ES', 'new', { status: 'signed', date: '2024-05-27' }),
    party: 'ES',
    kind: 'new',
    from: null,
    to: { status: 'signed', date: '2024-05-27' },
    confirmed: true,
    detectedAt: '2024-05-28T10:00:00.000Z',
    confirmedAt: '2024-05-28T10:00:00.000Z',
    claims: [spainEvidence, { ...spainEvidence, url: 'javascript:alert(1)', site: 'evil.example' }],
  };
  state.entries.ES = { party: 'ES', status: 'signed', date: '2024-05-27', place: 'Madrid', firstSeen: spain.detectedAt, lastSeen: spain.detectedAt, seeded: false, sources: [], claims: spain.claims };
  await stores.registry.commit({ expectedVersion: '0', state, changes: [spain], consumedClaims: 0 });
  await stores.registry.saveChanges([spain]);
  await stores.counters.add('polls', 7);
  await stores.counters.add('pollFailures', 2);
  await stores.counters.add('mailsSent', 3);
  await stores.sourceState.recordSuccess('ledger', new Date(), { httpStatus: 200, latencyMs: 123, items: 12, newItems: 2, notModified: false });
  await stores.subscribers.upsert({ email: 'a@example.org', state: 'active', parties: [], kinds: [], cadence: 'instant' }, new Date());
  await stores.subscribers.upsert({ email: 'b@example.org', state: 'pending', parties: [], kinds: [], cadence: 'instant' }, new Date());

  deps = { config, redis, stores, queues, log, tokenSecret: 'dash-test-secret-0123456789', clock: () => new Date(), expectSchedulers: false };
  base = await listen(deps);
  baseNoAdmin = await listen({ ...deps, config: { ...config, env: { ...config.env, ADMIN_TOKEN: undefined } } });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await closeQueues(queues);
  redis.disconnect();
  await deletePrefix(prefix);
});

describe('GET /feed.atom', () => {
  it('is well-formed Atom 1.0 of the confirmed changes, with everything escaped', async () => {
    const res = await fetch(`${base}/feed.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0001');
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe('https://alerts.example.org/feed.atom');
    expect(feed.title?.value).toMatch(/bilateral security agreement/);
    expect(feed.updated).toBe('2024-05-28T10:00:00.000Z');
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe('https://alerts.example.org/feed.atom');
    expect(feed.entries).toHaveLength(1);
    const entry = feed.entries![0]!;
    expect(entry.id).toBe(`urn:pactwatch:change:${changeId('ES', 'new', { status: 'signed', date: '2024-05-27' })}`);
    expect(entry.title?.value).toBe('Spain signed a bilateral security agreement with Ukraine on 27 May 2024');
    // content is escaped HTML: once unescaped by the XML parser it is HTML whose text is still escaped.
    const content = String(entry.content?.value);
    expect(entry.content?.type).toBe('html');
    expect(content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(content).toContain('<a href="https://news.example/spain">news.example</a>');
    expect(content).not.toContain('javascript:');
  });
});

describe('GET /metrics', () => {
  it('exposes the Redis lifetime counters, queue depths, source health and default metrics', async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^# TYPE pactwatch_polls_total counter$/m);
    expect(text).toMatch(/^pactwatch_polls_total 7$/m);
    expect(text).toMatch(/^pactwatch_poll_failures_total 2$/m);
    expect(text).toMatch(/^pactwatch_mails_sent_total 3$/m);
    expect(text).toMatch(/^pactwatch_mails_failed_total 0$/m);
    expect(text).toMatch(/^pactwatch_claims_total 0$/m);
    expect(text).toMatch(/^pactwatch_queue_jobs\{queue="notify",state="waiting"\} \d+$/m);
    expect(text).toMatch(/^pactwatch_source_fetch_latency_seconds\{source="ledger"\} 0\.123$/m);
    expect(text).toMatch(/^pactwatch_source_up\{source="ledger"\} 1$/m);
    expect(text).toMatch(/^pactwatch_subscribers\{state="active"\} 1$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    // Counters are read at scrape time: another process's increments show up.
    await stores.counters.add('polls', 3);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/^pactwatch_polls_total 10$/m);
  });
});

describe('dashboard', () => {
  it('renders the registry table, the timeline, health, queues and subscribers, all escaped', async () => {
    const res = await fetch(`${base}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    expect(html).toMatch(/<strong id="signatory-count">4<\/strong> signatories/);
    for (const p of ['GB', 'DE', 'FR', 'ES']) expect(html).toContain(`<tr data-party="${p}">`);
    expect(html.match(/<circle class="t-dot"/g)).toHaveLength(4); // the four dated signings
    expect(html).toContain('<svg class="timeline"');
    expect(html).toMatch(/data-source="ledger">.*?h-ok/);
    expect(html).toContain('123 ms');
    expect(html).toMatch(/<dt>active<\/dt><dd>1<\/dd>/);
    expect(html).toMatch(/<dt>pending<\/dt><dd>1<\/dd>/);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/(src|href)="https?:\/\/(?!news\.example|gazette\.example)/);
  });
});

describe('admin guard', () => {
  it('refuses with 403 and says why when ADMIN_TOKEN is unset', async () => {
    const res = await admin('/api/admin/jobs/retry-failed', TOKEN, () => baseNoAdmin);
    expect(res.status).toBe(403);
    expect((await json(res)).error).toBe('admin routes are disabled: set ADMIN_TOKEN');
    expect((await fetch(`${baseNoAdmin}/admin/queues`)).status).toBe(403);
  });

  it('answers 401 with a plain reason for a missing or wrong token', async () => {
    const missing = await admin('/api/admin/jobs/retry-failed', null);
    expect(missing.status).toBe(401);
    expect((await json(missing)).error).toMatch(/admin token required/);
    const wrong = await admin('/api/admin/jobs/retry-failed', 'not-the-token-at-all');
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).error).toBe('wrong admin token');
    const malformed = await fetch(`${base}/api/admin/jobs/retry-failed`, { method: 'POST', headers: { authorization: `Basic ${TOKEN}` } });
    expect(malformed.status).toBe(401);
  });

  it('serves the queue board with the token, and once with ?token= through an HttpOnly cookie', async () => {
    expect((await fetch(`${base}/admin/queues`)).status).toBe(401);
    const api = await fetch(`${base}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(api.status).toBe(200);
    expect(((await api.json()) as { queues: Array<{ name: string }> }).queues.map((q) => q.name).sort()).toEqual(expect.arrayContaining(['article', 'notify', 'poll', 'reconcile']));
    const first = await fetch(`${base}/admin/queues?token=${TOKEN}`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/admin/queues');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const page = await fetch(`${base}/admin/queues`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('__UI_CONFIG__');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await fetch(`${base}/admin/queues?token=wrong-token-wrong-token`, { redirect: 'manual' })).status).toBe(401);
    // The strict policy stays everywhere else.
    expect((await fetch(`${base}/`)).headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });
});

describe('admin: sources', () => {
  it('pauses a source so its polls do nothing, and resumes it', async () => {
    expect((await admin('/api/admin/sources/nope/pause')).status).toBe(404);
    const paused = await admin('/api/admin/sources/ledger/pause');
    expect(paused.status).toBe(200);
    expect(await paused.json()).toMatchObject({ source: 'ledger', paused: true, changed: true });
    expect(await stores.control.isPaused('ledger')).toBe(true);
    expect(await (await fetch(`${base}/`)).text()).toMatch(/data-source="ledger">.*?<span class="badge h-paused">paused<\/span>/);

    const fetched: string[] = [];
    const before = await stores.sourceState.health('ledger');
    await poll(job({ sourceId: 'ledger' }), processorDeps(fetched));
    expect(fetched).toEqual([]); // skipped: nothing fetched, nothing recorded
    expect(await stores.sourceState.health('ledger')).toEqual(before);
    expect((await admin('/api/admin/sources/ledger/poll')).status).toBe(409);

    expect(await (await admin('/api/admin/sources/ledger/resume')).json()).toMatchObject({ paused: false, changed: true });
    await poll(job({ sourceId: 'ledger' }), processorDeps(fetched)).catch(() => undefined); // this test's fetcher always fails
    expect((await stores.sourceState.health('ledger')).lastPollAt).not.toBe(before.lastPollAt); // polled again
  });

  it('polls now, once however often asked while the job waits', async () => {
    const a = await admin('/api/admin/sources/gazette/poll');
    expect(a.status).toBe(202);
    const b = await admin('/api/admin/sources/gazette/poll');
    expect(b.status).toBe(202);
    const waiting = await queues.poll.getWaiting();
    expect(waiting.filter((j) => j.data.sourceId === 'gazette')).toHaveLength(1);
    expect(await queues.poll.getDeduplicationJobId('poll-now-gazette')).toBe(waiting.find((j) => j.data.sourceId === 'gazette')!.id);
    await queues.poll.drain();
  });

  it('changes nothing on GET', async () => {
    expect((await fetch(`${base}/api/admin/sources/ledger/pause`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    expect(await stores.control.isPaused('ledger')).toBe(false);
  });
});

describe('admin: pending changes', () => {
  const usId = changeId('US', 'new', { status: 'planned', date: '2024-06-13' });
  const plId = changeId('PL', 'new', { status: 'signed', date: '2024-07-08' });

  it('shows low-confidence single-site candidates as pending', async () => {
    await stores.inbox.push([claim('US', 'planned', '2024-06-13', 'https://news.example/us', 0.3), claim('PL', 'signed', '2024-07-08', 'https://news.example/pl', 0.3)]);
    await reconcile(job({}), processorDeps([]));
    const view = await json(await fetch(`${base}/api/registry`));
    expect(view.pending.map((p: { id: string }) => p.id).sort()).toEqual([usId, plId].sort());
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain(`id="pending-${usId}"`);
  });

  it('confirms one: into the registry, onto the change stream, its alert queued', async () => {
    expect((await admin(`/api/admin/changes/cdoesnotexist/confirm`)).status).toBe(404);
    const res = await admin(`/api/admin/changes/${usId}/confirm`);
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ confirmed: true, change: { id: usId, confirmed: true, to: { status: 'planned', date: '2024-06-13' } } });
    const view = await json(await fetch(`${base}/api/registry`));
    expect(view.entries.find((e: { party: string }) => e.party === 'US')).toMatchObject({ status: 'planned', date: '2024-06-13' });
    expect(view.pending.map((p: { id: string }) => p.id)).toEqual([plId]);
    const { changes } = await json(await fetch(`${base}/api/changes`));
    expect(changes.map((c: { id: string }) => c.id)).toContain(usId);
    expect((await queues.notify.getJob(usId))?.data).toEqual({ changeId: usId });
    // Again: already confirmed, the same (deduplicated) alert job.
    expect(await (await admin(`/api/admin/changes/${usId}/confirm`)).json()).toMatchObject({ confirmed: true, already: true });
    expect(await queues.notify.getJobCountByTypes('waiting', 'delayed', 'prioritized')).toBe(1);
    const atom = parseAtomFeed(await (await fetch(`${base}/feed.atom`)).text());
    expect(atom.entries?.[0]?.id).toBe(`urn:pactwatch:change:${usId}`);
  });

  it('dismisses one, and reconcile does not bring the same candidate back', async () => {
    expect((await admin(`/api/admin/changes/${plId}/dismiss`, 'wrong-token-wrong-token')).status).toBe(401);
    const res = await admin(`/api/admin/changes/${plId}/dismiss`);
    expect(res.status).toBe(200);
    expect((await json(await fetch(`${base}/api/registry`))).pending).toEqual([]);
    expect((await admin(`/api/admin/changes/${plId}/dismiss`)).status).toBe(404);

    await stores.inbox.push([claim('PL', 'signed', '2024-07-08', 'https://news.example/pl-again', 0.3), claim('CZ', 'signed', '2024-07-18', 'https://news.example/cz', 0.3)]);
    const result = await reconcile(job({}), processorDeps([]));
    expect(result.pending).toBe(1);
    const view = await json(await fetch(`${base}/api/registry`));
    expect(view.pending.map((p: { party: string }) => p.party)).toEqual(['CZ']);
  });
});

describe('admin: failed jobs', () => {
  it('retries the failed jobs of every queue', async () => {
    const failing = await queues.article.add('article', { url: 'https://x.example/a', sourceId: 'ledger' }, { jobId: 'will-fail' });
    await redis.multi().lrem(`${prefix}:article:wait`, 0, failing.id!).zadd(`${prefix}:article:failed`, Date.now(), failing.id!).exec();
    expect(await queues.article.getJobCountByTypes('failed')).toBe(1);
    const res = await admin('/api/admin/jobs/retry-failed');
    expect(res.status).toBe(200);
    expect((await json(res)).retried).toMatchObject({ article: 1, poll: 0 });
    expect(await queues.article.getJobCountByTypes('failed')).toBe(0);
    expect(await queues.article.getJobCountByTypes('waiting')).toBe(1);
  });
});

describe('GET /readyz', () => {
  it('answers 503 with the reason when Redis is unreachable', async () => {
    const closed = createNetServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    // The service's own kind of connection (queues commands forever): readiness must still answer.
    const dead = new Redis(`redis://127.0.0.1:${port}`, { maxRetriesPerRequest: null, lazyConnect: true });
    dead.on('error', () => undefined);
    void dead.connect().catch(() => undefined);
    const deadQueues = createQueues(dead, prefix, config.app.queues);
    try {
      const url = await listen({ ...deps, redis: dead, queues: deadQueues, stores: createStores(dead, prefix), expectSchedulers: true });
      const started = Date.now();
      const res = await fetch(`${url}/readyz`);
      expect(res.status).toBe(503);
      expect((await json(res)).reason).toMatch(/^Redis unreachable/);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
    } finally {
      dead.disconnect();
    }
  });
});
