import { request, type Dispatcher } from 'undici';
import { createDispatcher } from './agent.js';
import { toFetchError } from './classify-error.js';
import { FetchError, HttpStatusError } from './errors.js';
import { type HttpClientOptions, type ResolvedHttpClientOptions, resolveHttpClientOptions } from './options.js';
import { parseContentEncoding, readBody } from './read-body.js';
import { parseRetryAfter } from './retry-after.js';
import { formatSeconds } from './format.js';

export interface GetOptions {
  /** Validators from the previous fetch of this URL; a 304 answer then means "unchanged". */
  etag?: string | null;
  lastModified?: string | null;
  /** Extra request headers (a source's `headers`); cannot override Accept-Encoding. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Per-request limits below the client's (robots.txt is fetched with a short timeout and a small cap). */
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchResult {
  status: number;
  /** True on 304: `body` is empty and the caller keeps what it had. */
  notModified: boolean;
  /** The URL that answered, after redirects. */
  url: string;
  /** Decompressed; empty on 304. */
  body: Buffer;
  contentType: string | null;
  /** Validators to send next time; on a 304 without them, the ones that were sent. */
  etag: string | null;
  lastModified: string | null;
  /** From sending the request to the last body byte, including retries and redirects. */
  latencyMs: number;
}

export interface HttpClient {
  /** Resolves with a 2xx or 304; every other outcome rejects with a FetchError (HttpStatusError for statuses). */
  get(url: string, opts?: GetOptions): Promise<FetchResult>;
  /** Closes idle sockets and waits for requests in flight. */
  close(): Promise<void>;
}

const REDIRECT_STATUSES = new Set([300, 301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const resolved = resolveHttpClientOptions(options);
  const { dispatcher, agent } = createDispatcher(resolved);
  return {
    get: (url, opts = {}) => get(dispatcher, resolved, url, opts),
    close: () => agent.close(),
  };
}

async function get(dispatcher: Dispatcher, client: ResolvedHttpClientOptions, url: string, opts: GetOptions): Promise<FetchResult> {
  const started = performance.now();
  const target = httpUrl(url);
  const options = narrowed(client, opts);
  const deadline = AbortSignal.timeout(options.deadlineMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  let res: Dispatcher.ResponseData | undefined;
  // Our deadline, not the caller's abort, is what stopped the request: say so, with the limit.
  const fail = (err: unknown): FetchError =>
    deadline.aborted && !opts.signal?.aborted
      ? new FetchError('TIMEOUT', `gave up on ${url} after ${formatSeconds(options.deadlineMs)} in total (${res ? 'the server was still sending' : 'no response yet'})`, url, { cause: err })
      : toFetchError(err, url, options);
  try {
    // Timeouts per request too: requests through a proxy run on sockets the Agent options never reach.
    res = await request(target, {
      dispatcher, method: 'GET', headers: requestHeaders(options, opts), signal,
      headersTimeout: options.timeoutMs, bodyTimeout: options.bodyTimeoutMs,
    });
  } catch (err) {
    throw fail(err);
  }
  const response = res;
  const header = (name: string): string | null => first(response.headers[name]);
  const finalUrl = lastHop(res.context) ?? target;
  try {
    const status = res.statusCode;
    if (status === 304) {
      await discard(res.body);
      return {
        status, notModified: true, url: finalUrl, body: Buffer.alloc(0), contentType: header('content-type'),
        etag: header('etag') ?? opts.etag ?? null, lastModified: header('last-modified') ?? opts.lastModified ?? null,
        latencyMs: elapsed(started),
      };
    }
    if (REDIRECT_STATUSES.has(status) && header('location') !== null) {
      await discard(res.body);
      throw new FetchError(
        'TOO_MANY_REDIRECTS',
        `more than ${options.maxRedirects} redirects from ${url} (the last hop, ${finalUrl}, still redirects to ${header('location') ?? ''})`,
        url,
      );
    }
    if (status < 200 || status >= 300) {
      await discard(res.body);
      throw new HttpStatusError({ status, url, finalUrl, retryAfterMs: parseRetryAfter(header('retry-after'), Date.now()) });
    }
    const body = await readBody(res.body, parseContentEncoding(header('content-encoding')), options.maxBytes, url);
    if (body.length === 0) throw new FetchError('EMPTY', `HTTP ${status} from ${finalUrl} with an empty body`, url);
    return {
      status, notModified: false, url: finalUrl, body, contentType: header('content-type'),
      etag: header('etag'), lastModified: header('last-modified'), latencyMs: elapsed(started),
    };
  } catch (err) {
    response.body.destroy();
    throw fail(err);
  }
}

function narrowed(client: ResolvedHttpClientOptions, opts: GetOptions): ResolvedHttpClientOptions {
  if (opts.timeoutMs === undefined && opts.maxBytes === undefined) return client;
  const timeoutMs = Math.min(client.timeoutMs, opts.timeoutMs ?? Infinity);
  return {
    ...client,
    timeoutMs,
    bodyTimeoutMs: Math.min(client.bodyTimeoutMs, timeoutMs),
    deadlineMs: Math.min(client.deadlineMs, opts.timeoutMs === undefined ? Infinity : 2 * timeoutMs),
    maxBytes: Math.min(client.maxBytes, opts.maxBytes ?? Infinity),
  };
}

function httpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError('BAD_URL', `not an absolute URL: ${JSON.stringify(url)}`, url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new FetchError('BAD_URL', `only http and https URLs can be fetched, got ${parsed.protocol} in ${url}`, url);
  return parsed.href;
}

function requestHeaders(options: ResolvedHttpClientOptions, opts: GetOptions): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: DEFAULT_ACCEPT };
  for (const [name, value] of Object.entries(opts.headers ?? {})) headers[name.toLowerCase()] = value;
  // We decode the body ourselves (with a size limit), so only codings we can undo are offered.
  headers['accept-encoding'] = 'gzip, deflate, br';
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  return headers;
}

// The redirect interceptor records every URL it visited on the request context; the last one answered.
function lastHop(context: object | undefined): string | null {
  const history = (context as { history?: unknown } | undefined)?.history;
  if (!Array.isArray(history) || history.length === 0) return null;
  return String(history[history.length - 1]);
}

function first(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

// An unread body pins its socket; dump() reads a little and then closes it.
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    await body.dump();
  } catch {
    // The status is what the caller needs; a broken error body changes nothing.
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
