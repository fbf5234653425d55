/**
 * Every failure of the fetcher is a FetchError with a stable `code` (for metrics, alert rules and the
 * retry classifier) and a message an operator can act on without reading code: it names the URL or
 * host and the limit that was hit.
 *
 * | code                 | meaning                                                    | permanent |
 * |----------------------|------------------------------------------------------------|-----------|
 * | `HTTP_STATUS`        | a non-2xx, non-304 answer (see HttpStatusError)            | 4xx except 408/425/429 |
 * | `TIMEOUT`            | connect, headers, body idle timeout, or the total deadline | no        |
 * | `TOO_LARGE`          | body over maxBytes, on the wire or after decompression     | yes       |
 * | `TOO_MANY_REDIRECTS` | more than maxRedirects hops, or a redirect loop            | yes       |
 * | `CONNECTION`         | refused, reset, closed early, unreachable                  | no        |
 * | `DNS`                | the host name does not resolve                             | no        |
 * | `TLS`                | certificate or handshake failure                           | yes       |
 * | `BAD_URL`            | not an absolute http(s) URL                                | yes       |
 * | `EMPTY`              | a 2xx answer with no body                                  | no        |
 * | `DECODE`             | unsupported or corrupt Content-Encoding                    | yes       |
 * | `ABORTED`            | the caller's AbortSignal fired                             | no        |
 * | `ROBOTS`             | the site's robots.txt disallows the URL for our user agent | yes       |
 * | `UNKNOWN`            | anything else (the cause is kept)                          | no        |
 *
 * `permanent` means "asking again soon will fail the same way"; it is a hint for the job layer, which
 * still decides how to retry.
 */
export type FetchErrorCode =
  | 'HTTP_STATUS'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'TOO_MANY_REDIRECTS'
  | 'CONNECTION'
  | 'DNS'
  | 'TLS'
  | 'BAD_URL'
  | 'EMPTY'
  | 'DECODE'
  | 'ABORTED'
  | 'ROBOTS'
  | 'UNKNOWN';

const PERMANENT: ReadonlySet<FetchErrorCode> = new Set(['TOO_LARGE', 'TOO_MANY_REDIRECTS', 'TLS', 'BAD_URL', 'DECODE', 'ROBOTS']);

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  /** The URL that was asked for (before redirects). */
  readonly url: string;
  readonly permanent: boolean;

  constructor(code: FetchErrorCode, message: string, url: string, options?: { cause?: unknown; permanent?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FetchError';
    this.code = code;
    this.url = url;
    this.permanent = options?.permanent ?? PERMANENT.has(code);
  }
}

// Request timeout, too early, throttled: the same request can succeed later.
const TRANSIENT_4XX = new Set([408, 425, 429]);

export class HttpStatusError extends FetchError {
  readonly status: number;
  /** From Retry-After (seconds or HTTP date), when the server sent one. */
  readonly retryAfterMs: number | null;
  /** The URL that answered, after redirects. */
  readonly finalUrl: string;

  constructor(input: { status: number; url: string; finalUrl: string; retryAfterMs: number | null }) {
    const via = input.finalUrl !== input.url ? ` (redirected from ${input.url})` : '';
    const wait = input.retryAfterMs !== null ? `; server asks to retry after ${Math.ceil(input.retryAfterMs / 1000)} s` : '';
    super('HTTP_STATUS', `HTTP ${input.status} from ${input.finalUrl}${via}${wait}`, input.url, {
      permanent: input.status >= 400 && input.status < 500 && !TRANSIENT_4XX.has(input.status),
    });
    this.name = 'HttpStatusError';
    this.status = input.status;
    this.retryAfterMs = input.retryAfterMs;
    this.finalUrl = input.finalUrl;
  }
}
