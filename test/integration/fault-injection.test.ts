import { once } from 'node:events';
import { readFileSync, mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { DelayedError, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from '../../jobs/poll.js';
import { article } from '../../jobs/article.js';
import { runCheck, type CheckSummary } from '../../src/app/check/run-check.js';
import { loadConfig } from '../../src/app/config/load-config.js';
import { createLogger } from '../../src/app/logging/create-logger.js';
import { createRuntime, type Runtime } from '../../src/app/runtime/create-runtime.js';
import { packageVersion } from '../../src/app/runtime/package-version.js';
import { HostBusyError, HostPacing } from '../../src/adapters/redis/host-pacing.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

// The faults of the real web, each on a path of one local news farm (plus one server that resets every
// connection), run through the real processors, queues and Redis.
const MiB = 1024 * 1024;
const UA = 'pactwatch/{version} (+https://example.org/pactwatch-contact)';
const seedFixture = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const requests: IncomingMessage[] = [];
const sockets = new Set<Socket>();
const hits = (path: string) => requests.filter((r) => new URL(r.url ?? '/', 'http://x').pathname === path).length;
let farm: Server;
let base: string;
let resetter: NetServer;
let resetUrl: string;
let bomb: Buffer;
const prefix = uniquePrefix('faults');
let runtime: Runtime;

function cp1251(text: string): Buffer {
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'і') return 0xb3;
    throw new Error(`no windows-1251 byte for ${ch}`);
  }));
}

const rss = (items: Array<{ title: string; link: string }>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>farm</title>${items
    .map((i) => `<item><title>${i.title}</title><link>${base}${i.link}</link><pubDate>Wed, 12 Jun 2024 16:40:00 GMT</pubDate></item>`)
    .join('')}</channel></rss>`;

const send = (status: number, headers: Record<string, string>, body: string | Buffer = ''): Handler => (_req, res) => {
  res.writeHead(status, headers).end(body);
};

// Writes `total` bytes in 64 KiB chunks, honouring backpressure, and stops when the client hangs up.
function stream(total: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };
}

function trickle(everyMs: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    const timer = setInterval(() => res.write(' '), everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

async function gzipOfZeros(bytes: number): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const zeros = Buffer.alloc(MiB);
  for (let i = 0; i < bytes / MiB; i++) if (!gz.write(zeros)) await once(gz, 'drain');
  gz.end();
  await once(gz, 'end');
  return Buffer.concat(out);
}

function jobLike(data: Record<string, unknown>) {
  const calls = { delayedTo: null as number | null, token: null as string | null | undefined };
  const job = {
    id: 'test-job',
    data,
    async updateData(d: Record<string, unknown>) {
      job.data = d;
    },
    async moveToDelayed(ts: number, token?: string) {
      calls.delayedTo = ts;
      calls.token = token;
    },
  };
  return { job: job as unknown as Job, calls, current: () => job.data };
}

beforeAll(async () => {
  bomb = await gzipOfZeros(512 * MiB);
  farm = createServer((req, res) => {
    requests.push(req);
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  farm.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  farm.listen(0, '127.0.0.1');
  await once(farm, 'listening');
  base = `http://127.0.0.1:${(farm.address() as AddressInfo).port}`;
  resetter = createNetServer((s) => s.resetAndDestroy());
  resetter.listen(0, '127.0.0.1');
  await once(resetter, 'listening');
  resetUrl = `http://127.0.0.1:${(resetter.address() as AddressInfo).port}/feed.xml`;

  const g7 = seedFixture('us-ukraine-g7.html').replaceAll('{{BASE}}', base);
  routes.set('/robots.txt', send(200, { 'content-type': 'text/plain' }, 'User-agent: *\nAllow: /\n\nUser-agent: pactwatch\nDisallow: /private/\n'));
  routes.set('/ok/feed.xml', send(200, { 'content-type': 'application/rss+xml; charset=utf-8' }, rss([{ title: 'US and Ukraine to sign security pact at G7', link: '/ok/g7-story' }])));
  // An article with no useful Content-Type: the bytes are still HTML.
  routes.set('/ok/g7-story', send(200, { 'content-type': 'application/octet-stream' }, g7));
  routes.set('/err/500.xml', send(500, { 'content-type': 'text/plain' }, 'internal error'));
  routes.set('/err/429.xml', send(429, { 'retry-after': '120' }, 'slow down'));
  routes.set('/err/slowloris.xml', trickle(300));
  routes.set('/err/drip.xml', trickle(2_500));
  routes.set('/err/huge.xml', stream(50 * MiB));
  routes.set('/err/bomb.xml', send(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }, bomb));
  routes.set('/err/loop-a', send(302, { location: '/err/loop-b' }));
  routes.set('/err/loop-b', send(302, { location: '/err/loop-a' }));
  routes.set('/err/invalid.xml', send(200, { 'content-type': 'application/rss+xml' }, '<?xml version="1.0"?><rss version="2.0"><channel><item><title>unclosed</channel></rss>'));
  routes.set('/err/empty.xml', send(200, { 'content-type': 'application/rss+xml', 'content-length': '0' }));
  routes.set('/private/feed.xml', send(200, { 'content-type': 'application/rss+xml' }, rss([])));
  // windows-1251 declared only in <meta>, no charset in the header.
  routes.set('/cp1251/list.html', send(200, { 'content-type': 'text/html' }, cp1251('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Новини</title></head><body><ul><li><a class="story" href="/cp1251/story">Угода про безпеку</a></li></ul></body></html>')));
  routes.set('/cp1251/story', send(200, { 'content-type': 'text/html' }, cp1251('<html><head><meta charset="windows-1251"><title>Угода</title></head><body><article><p>Текст статті.</p></article></body></html>')));
  // UTF-8 bytes under a latin-1 label.
  routes.set('/mislabelled/feed.xml', send(200, { 'content-type': 'application/rss+xml; charset=iso-8859-1' }, Buffer.from(rss([{ title: 'Зеленський і Макрон — café talks', link: '/mislabelled/story' }]), 'utf8')));
  routes.set('/mislabelled/story', send(200, { 'content-type': 'text/html; charset=utf-8' }, '<html><body><article><p>Nothing about agreements.</p></article></body></html>'));

  const source = (id: string, url: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'feed', url, every: '15m', ...extra });
  const dir = writeConfigDir({
    sources: {
      sources: [
        source('ok', `${base}/ok/feed.xml`),
        source('e500', `${base}/err/500.xml`),
        source('e429', `${base}/err/429.xml`),
        source('slowloris', `${base}/err/slowloris.xml`),
        source('drip', `${base}/err/drip.xml`),
        source('huge', `${base}/err/huge.xml`),
        source('bomb', `${base}/err/bomb.xml`),
        source('loop', `${base}/err/loop-a`),
        source('invalid', `${base}/err/invalid.xml`),
        source('empty', `${base}/err/empty.xml`),
        source('reset', resetUrl),
        source('private', `${base}/private/feed.xml`),
        source('cp1251', `${base}/cp1251/list.html`, { kind: 'html', links: 'a.story' }),
        source('mislabelled', `${base}/mislabelled/feed.xml`),
      ],
    },
    signatories: { hub: 'UA', asOf: '2024-06-01', signatories: [] },
    app: {
      http: { userAgent: UA, timeoutSeconds: 1, bodyTimeoutSeconds: 1, totalTimeoutSeconds: 2, maxBytes: 5 * MiB, perHostIntervalMs: 10 },
      queues: { attempts: 2, backoffSeconds: 0.2 },
      mail: { outboxDir: mkdtempSync(join(tmpdir(), 'pactwatch-outbox-')) },
      check: { timeoutSeconds: 60 },
    },
  });
  const config = loadConfig({ REDIS_URL, PACTWATCH_PREFIX: prefix, PACTWATCH_CONFIG: dir, TOKEN_SECRET: 'test-secret-0123456789abcdef' });
  runtime = createRuntime(config, { log: createLogger('silent') });
});

afterAll(async () => {
  await runtime?.close();
  for (const s of sockets) s.destroy();
  farm?.close();
  resetter?.close();
  await deletePrefix(prefix);
});

describe('fault injection: one check --once cycle against a hostile web', () => {
  let summary: CheckSummary;
  let peakRss = 0;
  let baselineRss = 0;

  beforeAll(async () => {
    baselineRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    try {
      summary = await runCheck(runtime, { timeoutMs: 60_000 });
    } finally {
      clearInterval(sampler);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  });

  it('ends every fault as a source error a human can act on, and the good sources complete', () => {
    const byId = Object.fromEntries(summary.sources.results.map((r) => [r.sourceId, r]));
    const port = new URL(base).port;
    expect(summary.timedOut).toBe(false);
    expect(summary.sources).toMatchObject({ total: 14, polled: 14, ok: 3, failed: 11 });
    expect(byId.ok).toMatchObject({ ok: true, newItems: 1 });
    expect(byId.cp1251).toMatchObject({ ok: true, items: 1 });
    expect(byId.mislabelled).toMatchObject({ ok: true, items: 1 });
    const errors = Object.fromEntries(summary.sources.results.filter((r) => !r.ok).map((r) => [r.sourceId, r.error]));
    expect(errors).toEqual({
      e500: `HTTP 500 from ${base}/err/500.xml`,
      e429: `HTTP 429 from ${base}/err/429.xml; server asks to retry after 120 s`,
      slowloris: `gave up on ${base}/err/slowloris.xml after 2 s in total (the server was still sending)`,
      drip: `timed out: no body data for 1 s from ${base}/err/drip.xml`,
      huge: `response larger than 5 MiB from ${base}/err/huge.xml`,
      bomb: `response larger than 5 MiB from ${base}/err/bomb.xml (after decompression)`,
      loop: `redirect loop: ${base}/err/loop-a redirects back to a URL it already visited`,
      invalid: expect.stringMatching(/^not a feed: malformed XML that the cheap repairs could not fix .*\(http:\/\/127\.0\.0\.1:\d+\/err\/invalid\.xml\)$/),
      empty: `HTTP 200 from ${base}/err/empty.xml with an empty body`,
      reset: expect.stringMatching(new RegExp(`^connection to 127\\.0\\.0\\.1:\\d+ dropped before the response was complete \\(ECONNRESET`)),
      private: `disallowed by ${base}/robots.txt for pactwatch (${base}/private/feed.xml)`,
    });
    expect(byId.e500!.httpStatus).toBe(500);
    expect(port).not.toBe('');
  });

  it('reads an HTML article sent as application/octet-stream', () => {
    expect(hits('/ok/g7-story')).toBe(1);
    expect(summary.articles).toEqual({ read: 3, failed: 0 });
    expect(summary.claims).toBeGreaterThan(0);
  });

  it('decodes a <meta> windows-1251 page and a UTF-8 feed mislabelled latin-1', async () => {
    const jobs = await runtime.deps.queues.article.getJobs(['completed', 'failed']);
    const titles = jobs.map((j) => (j.data as { hint?: { title?: string } }).hint?.title).sort();
    expect(titles).toEqual(['US and Ukraine to sign security pact at G7', 'Угода про безпеку', 'Зеленський і Макрон — café talks'].sort());
  });

  it('never buffers a 50 MB body or a 512 MiB gzip bomb whole', () => {
    const maxRssMiB = process.resourceUsage().maxRSS / 1024;
    console.log(
      `fault cycle: peak RSS sampled every 50 ms = ${(peakRss / MiB).toFixed(1)} MiB (${(baselineRss / MiB).toFixed(1)} MiB before the cycle); process maxRSS = ${maxRssMiB.toFixed(1)} MiB`,
    );
    expect(peakRss).toBeLessThan(400 * MiB);
    expect(maxRssMiB).toBeLessThan(400);
    // Buffering the 50 MiB body whole would cost about twice that (chunks + the concatenated copy), the
    // bomb 512 MiB; reading stops at maxBytes (5 MiB) instead. The slack is for GC lag and parsing.
    expect(peakRss - baselineRss).toBeLessThan(90 * MiB);
  });

  it('sends the configured User-Agent, and reads robots.txt once per origin', async () => {
    const wanted = UA.replace('{version}', packageVersion());
    const agents = new Set(requests.map((r) => r.headers['user-agent']));
    expect([...agents]).toEqual([wanted]);
    expect(hits('/robots.txt')).toBe(1);
    const ttl = await runtime.deps.redis.pttl(runtime.deps.stores.keys.robots(base));
    expect(ttl).toBeGreaterThan(23 * 3_600_000);
    // The resetting server's robots.txt could not be read: crawl allowed, asked again within 10 min.
    const resetTtl = await runtime.deps.redis.pttl(runtime.deps.stores.keys.robots(new URL(resetUrl).origin));
    expect(resetTtl).toBeGreaterThan(0);
    expect(resetTtl).toBeLessThanOrEqual(600_000);
  });

  it('records the failures in source health', async () => {
    const health = await runtime.deps.stores.sourceState.health('e500');
    expect(health).toMatchObject({ state: 'degraded', consecutiveFailures: 1, lastError: `HTTP 500 from ${base}/err/500.xml`, nextAttemptAt: null });
    expect((await runtime.deps.stores.sourceState.health('ok')).state).toBe('ok');
  });
});

describe('scheduled polls: Retry-After, backoff of a dead source, pacing', () => {
  it('skips scheduled polls until the Retry-After the check run was given', async () => {
    const health = await runtime.deps.stores.sourceState.health('e429');
    expect(health).toMatchObject({ state: 'degraded', consecutiveFailures: 1 });
    expect(Date.parse(health.nextAttemptAt!) - Date.parse(health.lastPollAt!)).toBe(120_000);
    const hitsBefore = hits('/err/429.xml');
    expect(await poll(jobLike({ sourceId: 'e429' }).job, runtime.deps)).toMatchObject({ skipped: `backing off until ${health.nextAttemptAt}` });
    expect(hits('/err/429.xml')).toBe(hitsBefore);
  });

  it('delays a throttled poll by Retry-After instead of failing it', async () => {
    await runtime.deps.redis.del(runtime.deps.stores.keys.sourceHealth('e429'));
    const { job, calls, current } = jobLike({ sourceId: 'e429' });
    const before = Date.now();
    await expect(poll(job, runtime.deps, 'lock-token')).rejects.toBeInstanceOf(DelayedError);
    expect(calls.token).toBe('lock-token');
    expect(calls.delayedTo! - before).toBeGreaterThanOrEqual(119_000);
    expect(calls.delayedTo! - Date.now()).toBeLessThanOrEqual(120_000);
    expect(current()).toEqual({ sourceId: 'e429', postponed: 1 });
    const health = await runtime.deps.stores.sourceState.health('e429');
    expect(Date.parse(health.nextAttemptAt!) - before).toBeGreaterThanOrEqual(119_000);
    expect(health.lastError).toBe(`HTTP 429 from ${base}/err/429.xml; server asks to retry after 120 s`);
  });

  it('delays an article by a 503 Retry-After', async () => {
    routes.set('/busy/story', send(503, { 'retry-after': '30' }, 'maintenance'));
    const { job, calls } = jobLike({ url: `${base}/busy/story`, sourceId: 'ok', hint: {} });
    const before = Date.now();
    await expect(article(job, runtime.deps, 't')).rejects.toBeInstanceOf(DelayedError);
    expect(calls.delayedTo! - before).toBeGreaterThanOrEqual(29_000);
    expect(calls.delayedTo! - Date.now()).toBeLessThanOrEqual(30_000);
  });

  it('backs off a failing source, skips its scheduled polls, and recovers on the first success', async () => {
    const failing = () => poll(jobLike({ sourceId: 'e500' }).job, runtime.deps);
    await runtime.deps.redis.del(runtime.deps.stores.keys.sourceHealth('e500'));
    for (let i = 0; i < 3; i++) await expect(failing()).rejects.toThrow('HTTP 500');
    const hitsBefore = hits('/err/500.xml');
    const health = await runtime.deps.stores.sourceState.health('e500');
    expect(health).toMatchObject({ state: 'failing', consecutiveFailures: 3 });
    // 15 min × 2^(3-1)
    expect(Date.parse(health.nextAttemptAt!) - Date.parse(health.lastPollAt!)).toBe(60 * 60_000);

    const skipped = await failing();
    expect(skipped).toEqual({ sourceId: 'e500', notModified: false, items: 0, newItems: 0, skipped: `backing off until ${health.nextAttemptAt}` });
    expect(hits('/err/500.xml')).toBe(hitsBefore);
    expect((await runtime.deps.stores.sourceState.health('e500')).lastSkippedAt).not.toBeNull();

    // check --once (runId) always polls; the first success ends the backoff.
    routes.set('/err/500.xml', send(200, { 'content-type': 'application/rss+xml' }, rss([])));
    const result = await poll(jobLike({ sourceId: 'e500', runId: 'manual-run' }).job, runtime.deps);
    expect(result).toMatchObject({ sourceId: 'e500', items: 0 });
    expect(hits('/err/500.xml')).toBe(hitsBefore + 1);
    expect(await runtime.deps.stores.sourceState.health('e500')).toMatchObject({ state: 'ok', consecutiveFailures: 0, nextAttemptAt: null });
  });

  it('spaces requests to one host across workers, and hands back a long wait', async () => {
    const pacing = new HostPacing(runtime.deps.redis, (h) => `${prefix}:test:pacing:${h}`);
    const started = Date.now();
    await Promise.all([pacing.acquire('news.example', 300, 2_000), pacing.acquire('news.example', 300, 2_000), pacing.acquire('news.example', 300, 2_000)]);
    // Three requests, 300 ms apart: the last one starts 600 ms after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(590);
    const err = await pacing.acquire('news.example', 5_000, 100).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostBusyError);
    expect((err as HostBusyError).waitMs).toBeGreaterThan(100);
    expect((err as HostBusyError).waitMs).toBeLessThanOrEqual(300);
    await pacing.acquire('other.example', 300, 0);
  });

  it('raises the interval to the Crawl-delay and delays the article job that would wait too long', async () => {
    routes.set('/robots.txt', send(200, { 'content-type': 'text/plain' }, 'User-agent: *\nCrawl-delay: 5\n'));
    await runtime.deps.redis.del(runtime.deps.stores.keys.robots(base), runtime.deps.stores.keys.hostNextAt('127.0.0.1'));
    routes.set('/paced/a', send(200, { 'content-type': 'text/html' }, '<html><body><article><p>First story.</p></article></body></html>'));
    routes.set('/paced/b', send(200, { 'content-type': 'text/html' }, '<html><body><article><p>Second story.</p></article></body></html>'));
    await article(jobLike({ url: `${base}/paced/a`, sourceId: 'ok', hint: {} }).job, runtime.deps);
    const { job, calls } = jobLike({ url: `${base}/paced/b`, sourceId: 'ok', hint: {} });
    const before = Date.now();
    await expect(article(job, runtime.deps, 't')).rejects.toBeInstanceOf(DelayedError);
    expect(calls.delayedTo! - before).toBeGreaterThan(4_000);
    expect(calls.delayedTo! - before).toBeLessThanOrEqual(5_100);
    expect(hits('/paced/b')).toBe(0);
  });
});
