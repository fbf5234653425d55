import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, FetchError, HttpStatusError, type HttpClient, type HttpClientOptions } from '../../src/adapters/http/index.js';

type Route = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';
const routes = new Map<string, Route>();
const seen = new Map<string, IncomingMessage[]>();
const sockets = new Set<Socket>();
let server: Server;
let base: string;

function route(path: string, handler: Route): string {
  routes.set(path, handler);
  return `${base}${path}`;
}

const hits = (path: string): number => seen.get(path)?.length ?? 0;
const lastRequest = (path: string): IncomingMessage | undefined => seen.get(path)?.at(-1);

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const list = seen.get(path) ?? [];
    list.push(req);
    seen.set(path, list);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404).end('no route');
      return;
    }
    handler(req, res, list.length);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  server.close();
  await once(server, 'close');
});

let clients: HttpClient[] = [];
afterEach(async () => {
  routes.clear();
  seen.clear();
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  // Stalled handlers in the timeout tests leave sockets open; they must not leak into the next test.
  for (const s of sockets) s.destroy();
});

function client(options: Partial<HttpClientOptions> = {}): HttpClient {
  const c = createHttpClient({ userAgent: 'pactwatch-test/1.0 (+mailto:ops@test.invalid)', keepAliveTimeoutMs: 10, retryDelayMs: 10, ...options });
  clients.push(c);
  return c;
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected the request to fail');
}

describe('createHttpClient', () => {
  it('fetches a 200 with its headers, our User-Agent and the encodings we can undo', async () => {
    const url = route('/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Tue, 11 Jun 2024 10:00:00 GMT' });
      res.end(RSS);
    });
    const result = await client().get(url);
    expect(result).toMatchObject({
      status: 200,
      notModified: false,
      url,
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Tue, 11 Jun 2024 10:00:00 GMT',
    });
    expect(result.body.toString('utf8')).toBe(RSS);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    const req = lastRequest('/feed.xml')!;
    expect(req.headers['user-agent']).toBe('pactwatch-test/1.0 (+mailto:ops@test.invalid)');
    expect(req.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(req.headers['if-none-match']).toBeUndefined();
  });

  it('sends the source headers but keeps control of Accept-Encoding', async () => {
    const url = route('/h', (_req, res) => res.end('ok'));
    await client().get(url, { headers: { 'X-Api-Key': 'k1', 'Accept-Encoding': 'zstd' } });
    expect(lastRequest('/h')!.headers['x-api-key']).toBe('k1');
    expect(lastRequest('/h')!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends If-None-Match and turns a 304 into notModified with an empty body', async () => {
    const url = route('/etag', (req, res) => {
      if (req.headers['if-none-match'] === '"abc"') res.writeHead(304, { etag: '"abc"' }).end();
      else res.writeHead(200, { etag: '"abc"', 'content-type': 'text/xml' }).end(RSS);
    });
    const http = client();
    const first = await http.get(url);
    expect(first.notModified).toBe(false);
    const second = await http.get(url, { etag: first.etag });
    expect(lastRequest('/etag')!.headers['if-none-match']).toBe('"abc"');
    expect(second).toMatchObject({ status: 304, notModified: true, etag: '"abc"' });
    expect(second.body.length).toBe(0);
  });

  it('sends If-Modified-Since and keeps the validator when the 304 omits it', async () => {
    const stamp = 'Wed, 12 Jun 2024 08:00:00 GMT';
    const url = route('/lm', (req, res) => {
      if (req.headers['if-modified-since'] === stamp) res.writeHead(304).end();
      else res.writeHead(200, { 'last-modified': stamp }).end(RSS);
    });
    const http = client();
    const first = await http.get(url);
    expect(first.lastModified).toBe(stamp);
    const second = await http.get(url, { lastModified: first.lastModified, etag: null });
    expect(lastRequest('/lm')!.headers['if-modified-since']).toBe(stamp);
    expect(lastRequest('/lm')!.headers['if-none-match']).toBeUndefined();
    expect(second).toMatchObject({ status: 304, notModified: true, lastModified: stamp, etag: null });
  });

  it.each([
    ['gzip', (b: Buffer) => gzipSync(b)],
    ['br', (b: Buffer) => brotliCompressSync(b)],
  ])('decodes a %s body', async (encoding, encode) => {
    const url = route('/enc', (_req, res) => res.writeHead(200, { 'content-encoding': encoding }).end(encode(Buffer.from(RSS))));
    expect((await client().get(url)).body.toString()).toBe(RSS);
  });

  it('throws HttpStatusError on a 500 without retrying it', async () => {
    const url = route('/boom', (_req, res) => res.writeHead(500).end('stack trace'));
    const err = await failure(client().get(url));
    expect(err).toBeInstanceOf(HttpStatusError);
    expect(err).toMatchObject({ code: 'HTTP_STATUS', status: 500, retryAfterMs: null, permanent: false });
    expect(err.message).toBe(`HTTP 500 from ${url}`);
    expect(hits('/boom')).toBe(1);
  });

  it('marks a 404 permanent', async () => {
    const err = await failure(client().get(`${base}/nothing-here`));
    expect(err).toMatchObject({ code: 'HTTP_STATUS', status: 404, permanent: true });
  });

  it('retries a 503 up to twice and returns the answer that finally came', async () => {
    const url = route('/flaky', (_req, res, attempt) => {
      if (attempt < 3) res.writeHead(503).end('busy');
      else res.end('finally');
    });
    const result = await client().get(url);
    expect(result.body.toString()).toBe('finally');
    expect(hits('/flaky')).toBe(3);
  });

  it('gives up after two retries of a 502', async () => {
    const url = route('/down', (_req, res) => res.writeHead(502).end());
    const err = await failure(client().get(url));
    expect(err).toMatchObject({ code: 'HTTP_STATUS', status: 502 });
    expect(hits('/down')).toBe(3);
  });

  it('does not sleep on a long Retry-After of a 429: the error carries it', async () => {
    const url = route('/throttled', (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end());
    const started = Date.now();
    const err = (await failure(client().get(url))) as HttpStatusError;
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(err).toMatchObject({ code: 'HTTP_STATUS', status: 429, retryAfterMs: 120_000, permanent: false });
    expect(err.message).toBe(`HTTP 429 from ${url}; server asks to retry after 120 s`);
    expect(hits('/throttled')).toBe(1);
  });

  it('honours a short Retry-After inside the request', async () => {
    const url = route('/brief', (_req, res, attempt) => {
      if (attempt === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else res.end('ok');
    });
    const started = Date.now();
    expect((await client().get(url)).body.toString()).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(hits('/brief')).toBe(2);
  });

  it('follows a redirect chain and reports the final URL', async () => {
    const start = route('/r1', (_req, res) => res.writeHead(301, { location: '/r2' }).end());
    route('/r2', (_req, res) => res.writeHead(302, { location: `${base}/r3` }).end());
    route('/r3', (_req, res) => res.writeHead(307, { location: '/final?x=1' }).end());
    const final = route('/final', (_req, res) => res.end('landed'));
    const result = await client().get(start);
    expect(result.url).toBe(`${final}?x=1`);
    expect(result.body.toString()).toBe('landed');
  });

  it('names both URLs when the target of a redirect fails', async () => {
    const start = route('/moved', (_req, res) => res.writeHead(301, { location: '/gone' }).end());
    route('/gone', (_req, res) => res.writeHead(410).end());
    const err = (await failure(client().get(start))) as HttpStatusError;
    expect(err).toMatchObject({ status: 410, finalUrl: `${base}/gone`, url: start });
    expect(err.message).toBe(`HTTP 410 from ${base}/gone (redirected from ${start})`);
  });

  it('stops after maxRedirects hops', async () => {
    for (let i = 0; i < 10; i++) route(`/hop${i}`, (_req, res) => res.writeHead(302, { location: `/hop${i + 1}` }).end());
    const err = await failure(client({ maxRedirects: 3 }).get(`${base}/hop0`));
    expect(err.code).toBe('TOO_MANY_REDIRECTS');
    expect(err.message).toContain('more than 3 redirects');
    expect(hits('/hop3')).toBe(1);
    expect(hits('/hop4')).toBe(0);
  });

  it('detects a redirect loop', async () => {
    const start = route('/loop-a', (_req, res) => res.writeHead(302, { location: '/loop-b' }).end());
    route('/loop-b', (_req, res) => res.writeHead(302, { location: '/loop-a' }).end());
    const err = await failure(client().get(start));
    expect(err.code).toBe('TOO_MANY_REDIRECTS');
    expect(err.message).toMatch(/redirect loop/);
    expect(hits('/loop-a')).toBe(1);
  });

  it('times out waiting for headers', async () => {
    const url = route('/silent', () => undefined);
    const err = await failure(client({ timeoutMs: 150 }).get(url));
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toBe(`timed out after 150 ms waiting for headers from ${url}`);
  });

  it('times out when the body stalls', async () => {
    const url = route('/stall', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first chunk');
    });
    const started = Date.now();
    const err = await failure(client({ bodyTimeoutMs: 200 }).get(url));
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toBe(`timed out: no body data for 200 ms from ${url}`);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('refuses a body whose Content-Length is over maxBytes', async () => {
    const url = route('/big', (_req, res) => res.writeHead(200, { 'content-length': '4096' }).end(Buffer.alloc(4096, 0x61)));
    const err = await failure(client({ maxBytes: 1024 }).get(url));
    expect(err).toMatchObject({ code: 'TOO_LARGE', permanent: true });
    expect(err.message).toBe(`response larger than 1 KiB from ${url}`);
  });

  it('stops a chunked body once it passes maxBytes', async () => {
    const url = route('/stream', (_req, res) => {
      res.writeHead(200);
      for (let i = 0; i < 64; i++) res.write(Buffer.alloc(1024, 0x62));
      res.end();
    });
    const err = await failure(client({ maxBytes: 10 * 1024 }).get(url));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toContain('response larger than 10 KiB');
  });

  it('stops a gzip bomb at maxBytes of decompressed data', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(256 * 1024);
    const url = route('/bomb', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) }).end(bomb));
    const before = process.memoryUsage().arrayBuffers;
    const err = await failure(client({ maxBytes: 1024 * 1024 }).get(url));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toBe(`response larger than 1 MiB from ${url} (after decompression)`);
    // Far less than the 64 MiB the bomb would have inflated to.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('reports a corrupt gzip body as DECODE', async () => {
    const url = route('/corrupt', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end('definitely not gzip'));
    const err = await failure(client().get(url));
    expect(err.code).toBe('DECODE');
    expect(err.message).toContain(`could not decompress the body from ${url}`);
  });

  it('reports a refused connection with the address', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const err = await failure(client().get(`http://127.0.0.1:${port}/feed`));
    expect(err).toMatchObject({ code: 'CONNECTION', permanent: false });
    expect(err.message).toBe(`connection refused by 127.0.0.1:${port}`);
  });

  it('reports a connection reset in the middle of the body', async () => {
    const url = route('/reset', (_req, res) => {
      res.writeHead(200, { 'content-length': '100000' });
      res.write(Buffer.alloc(1000, 0x63));
      setTimeout(() => res.socket?.resetAndDestroy(), 20);
    });
    const err = await failure(client().get(url));
    expect(err.code).toBe('CONNECTION');
    expect(err.message).toContain(`connection to 127.0.0.1:${new URL(base).port} dropped`);
  });

  it('retries a connection reset before the headers', async () => {
    const url = route('/hangup', (_req, res, attempt) => {
      if (attempt === 1) res.socket?.resetAndDestroy();
      else res.end('second time lucky');
    });
    expect((await client().get(url)).body.toString()).toBe('second time lucky');
    expect(hits('/hangup')).toBe(2);
  });

  it('rejects an empty 200 as EMPTY', async () => {
    const url = route('/empty', (_req, res) => res.writeHead(200, { 'content-length': '0' }).end());
    const err = await failure(client().get(url));
    expect(err.code).toBe('EMPTY');
    expect(err.message).toBe(`HTTP 200 from ${url} with an empty body`);
  });

  it('rejects a URL that is not http(s) without a request', async () => {
    const err = await failure(client().get('ftp://127.0.0.1/feed'));
    expect(err).toMatchObject({ code: 'BAD_URL', permanent: true });
    expect((await failure(client().get('/relative'))).code).toBe('BAD_URL');
  });

  it('stops when the caller aborts', async () => {
    const url = route('/slow', () => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await failure(client().get(url, { signal: controller.signal }));
    expect(err.code).toBe('ABORTED');
  });

  it('gives up on a body that trickles forever, at the total deadline', async () => {
    const url = route('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('x'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    // Each byte arrives well within the idle timeout: only the deadline can stop this.
    const err = await failure(client({ bodyTimeoutMs: 1_000, deadlineMs: 400 }).get(url));
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toBe(`gave up on ${url} after 400 ms in total (the server was still sending)`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('applies per-request limits below the client ones (as for robots.txt)', async () => {
    const url = route('/robots.txt', (_req, res) => res.end(Buffer.alloc(4096, 0x61)));
    const err = await failure(client().get(url, { maxBytes: 1024 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toBe(`response larger than 1 KiB from ${url}`);
    const silent = route('/silent-robots', () => undefined);
    const started = Date.now();
    // undici's timers tick about once a second, so the deadline (twice the timeout) may win the race.
    expect((await failure(client().get(silent, { timeoutMs: 150 }))).message).toMatch(
      new RegExp(`^(timed out after 150 ms waiting for headers from|gave up on) ${silent.replace(/[.?]/g, '\\$&')}`),
    );
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('validates its options with the name and the range', () => {
    expect(() => createHttpClient({ userAgent: 'x', proxy: { httpProxy: 'not a url' } })).toThrow(/proxy.httpProxy must be a URL/);
    expect(() => createHttpClient({ userAgent: 'x', proxy: { httpsProxy: 'ftp://p:21' } })).toThrow('proxy.httpsProxy must be an http:// or https:// URL, got ftp:');
    expect(() => createHttpClient({ userAgent: '' })).toThrow(/userAgent is required/);
    expect(() => createHttpClient({ userAgent: 'x', maxRetries: 3 })).toThrow('maxRetries must be an integer from 0 to 2, got 3');
    expect(() => createHttpClient({ userAgent: 'x', timeoutMs: 1.5 })).toThrow(/timeoutMs must be an integer/);
  });
});

describe('createHttpClient through a forward proxy', () => {
  let proxy: Server;
  let proxyUrl: string;
  const proxied: Array<{ url: string; host: string | undefined; userAgent: string | undefined }> = [];

  // A CONNECT-less HTTP forward proxy: it gets absolute-URI requests and sends each one to the test
  // server whatever host it names, so names that do not resolve can be routed too.
  beforeAll(async () => {
    proxy = createServer((req, res) => {
      proxied.push({ url: req.url ?? '', host: req.headers.host, userAgent: req.headers['user-agent'] });
      const target = new URL(req.url ?? '/');
      const upstream = httpRequest(`${base}${target.pathname}${target.search}`, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end('bad gateway'));
      req.pipe(upstream);
    });
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    proxy.close();
    await once(proxy, 'close');
  });
  afterEach(() => {
    proxied.length = 0;
  });

  it('sends plain-http requests to HTTP_PROXY as absolute URIs, with our User-Agent', async () => {
    route('/via-proxy', (_req, res) => res.end('proxied body'));
    const http = client({ proxy: { httpProxy: proxyUrl } });
    const result = await http.get('http://news.example.invalid/via-proxy?x=1');
    expect(result.body.toString()).toBe('proxied body');
    expect(result.url).toBe('http://news.example.invalid/via-proxy?x=1');
    expect(proxied).toEqual([{ url: 'http://news.example.invalid/via-proxy?x=1', host: 'news.example.invalid', userAgent: 'pactwatch-test/1.0 (+mailto:ops@test.invalid)' }]);
  });

  it('goes direct for NO_PROXY hosts: localhost, 127.0.0.1 and domain suffixes', async () => {
    route('/direct', (_req, res) => res.end('direct'));
    const port = new URL(base).port;
    const http = client({ proxy: { httpProxy: proxyUrl, noProxy: 'localhost, 127.0.0.1,.example.invalid' } });
    expect((await http.get(`http://127.0.0.1:${port}/direct`)).body.toString()).toBe('direct');
    expect((await http.get(`http://localhost:${port}/direct`)).body.toString()).toBe('direct');
    // A suffix match goes direct, so this name that does not resolve fails in DNS, not at the proxy.
    const err = await failure(http.get('http://news.example.invalid/direct'));
    expect(err.code).toBe('DNS');
    expect(proxied).toEqual([]);
    // …while a host outside NO_PROXY still uses the proxy.
    expect((await http.get('http://feeds.other.invalid/direct')).body.toString()).toBe('direct');
    expect(proxied.map((p) => p.url)).toEqual(['http://feeds.other.invalid/direct']);
  });

  it('connects directly when no proxy is configured', async () => {
    route('/plain', (_req, res) => res.end('plain'));
    expect((await client({ proxy: {} }).get(`${base}/plain`)).body.toString()).toBe('plain');
    expect(proxied).toEqual([]);
  });
});
