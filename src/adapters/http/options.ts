/** Options of createHttpClient. Durations in milliseconds, sizes in bytes. */
export interface HttpClientOptions {
  /** Sent on every request; name the service and a contact (RFC 9110 §10.1.5). Required. */
  userAgent: string;
  /** Wait for the response headers (default 15 000). */
  timeoutMs?: number;
  /** Longest silence between two body chunks (default 30 000). */
  bodyTimeoutMs?: number;
  /** TCP + TLS connect (default 10 000). */
  connectTimeoutMs?: number;
  /** Body limit, checked on the wire and again after decompression (default 5 MiB). */
  maxBytes?: number;
  /** Redirect hops followed before giving up (default 5; 0 = none). */
  maxRedirects?: number;
  /** Sockets per origin (default 4). */
  connectionsPerOrigin?: number;
  /** Idle keep-alive sockets are closed after this (default 4 000). Tests use ~10 so the runner exits. */
  keepAliveTimeoutMs?: number;
  /** Transparent retries of one request on 429/502/503/504 or a dropped connection (default 2, at most 2). */
  maxRetries?: number;
  /** First retry delay, doubled per attempt (default 500). */
  retryDelayMs?: number;
  /**
   * A Retry-After longer than this is not waited for inside the request: the HttpStatusError carries
   * it and the job layer reschedules (default 5 000).
   */
  maxRetryWaitMs?: number;
  /**
   * Whole request, redirects and retries included (default 120 000). The idle timeouts alone let a
   * server that trickles one byte a second hold a worker for ever.
   */
  deadlineMs?: number;
  /** Outbound proxy; absent or empty = connect directly. */
  proxy?: ProxyOptions;
}

/**
 * HTTP_PROXY / HTTPS_PROXY / NO_PROXY as curl reads them, handed in from config (the client never reads
 * process.env). NO_PROXY: comma- or space-separated host names (a name also covers its subdomains;
 * a leading dot or `*.` is ignored), optional `:port`, or `*` for no proxy at all.
 */
export interface ProxyOptions {
  httpProxy?: string | undefined;
  httpsProxy?: string | undefined;
  noProxy?: string | undefined;
}

export type ResolvedHttpClientOptions = Required<Omit<HttpClientOptions, 'proxy'>> & { proxy: ProxyOptions };

type NumericOption = Exclude<keyof ResolvedHttpClientOptions, 'userAgent' | 'proxy'>;

const DEFAULTS: Record<NumericOption, number> = {
  timeoutMs: 15_000,
  bodyTimeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  connectionsPerOrigin: 4,
  keepAliveTimeoutMs: 4_000,
  maxRetries: 2,
  retryDelayMs: 500,
  maxRetryWaitMs: 5_000,
  deadlineMs: 120_000,
};

// [minimum, maximum] accepted for each numeric option; a wrong unit (seconds for ms) fails loudly.
const RANGES: Record<NumericOption, [number, number]> = {
  timeoutMs: [1, 600_000],
  bodyTimeoutMs: [1, 600_000],
  connectTimeoutMs: [1, 600_000],
  maxBytes: [1, 1024 * 1024 * 1024],
  maxRedirects: [0, 20],
  connectionsPerOrigin: [1, 256],
  keepAliveTimeoutMs: [1, 600_000],
  maxRetries: [0, 2],
  retryDelayMs: [0, 60_000],
  maxRetryWaitMs: [0, 600_000],
  deadlineMs: [1, 3_600_000],
};

/** Defaults filled in; throws a RangeError/TypeError naming the option and the accepted range. */
export function resolveHttpClientOptions(options: HttpClientOptions): ResolvedHttpClientOptions {
  if (typeof options.userAgent !== 'string' || options.userAgent.trim() === '')
    throw new TypeError('createHttpClient: userAgent is required (e.g. "pactwatch/0.1 (+mailto:ops@example.org)")');
  const resolved: ResolvedHttpClientOptions = { ...DEFAULTS, userAgent: options.userAgent.trim(), proxy: resolveProxy(options.proxy) };
  for (const name of Object.keys(RANGES) as NumericOption[]) {
    const value = options[name];
    if (value === undefined) continue;
    const [min, max] = RANGES[name];
    if (!Number.isInteger(value) || value < min || value > max)
      throw new RangeError(`createHttpClient: ${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
    resolved[name] = value;
  }
  return resolved;
}

function resolveProxy(proxy: ProxyOptions | undefined): ProxyOptions {
  const out: ProxyOptions = {};
  for (const name of ['httpProxy', 'httpsProxy'] as const) {
    const value = proxy?.[name]?.trim();
    if (!value) continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new TypeError(`createHttpClient: proxy.${name} must be a URL such as http://proxy.internal:3128, got ${JSON.stringify(value)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new TypeError(`createHttpClient: proxy.${name} must be an http:// or https:// URL, got ${url.protocol}`);
    out[name] = value;
  }
  const noProxy = proxy?.noProxy?.trim();
  if (noProxy) out.noProxy = noProxy;
  return out;
}
