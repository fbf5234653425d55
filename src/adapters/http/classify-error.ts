import { FetchError, HttpStatusError } from './errors.js';
import { formatBytes, formatSeconds, hostPort } from './format.js';
import type { ResolvedHttpClientOptions } from './options.js';
import { parseRetryAfter } from './retry-after.js';

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  address?: unknown;
  port?: unknown;
  statusCode?: unknown;
  headers?: unknown;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const UNREACHABLE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL']);
const DROPPED_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);
const TLS_CODES = new Set([
  'EPROTO', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'HOSTNAME_MISMATCH',
]);

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function isTls(code: string): boolean {
  return TLS_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || code.startsWith('CERT_');
}

function isDecompression(code: string): boolean {
  return code.startsWith('Z_') || code.startsWith('ERR__ERROR_') || code.startsWith('ERR_BROTLI');
}

/**
 * The one place where undici, Node socket/DNS/TLS and zlib errors become FetchErrors. `url` is the
 * URL asked for; messages name the host (connection problems) or the URL (everything else).
 */
export function toFetchError(err: unknown, url: string, options: ResolvedHttpClientOptions): FetchError {
  if (err instanceof FetchError) return err;
  const e: ErrorFields = typeof err === 'object' && err !== null ? (err as ErrorFields) : { message: String(err) };
  const code = str(e.code) ?? '';
  const detail = str(e.message) ?? 'unknown error';
  const host = str(e.address) !== undefined && e.port !== undefined ? `${String(e.address)}:${String(e.port)}` : hostPort(url);
  const make = (c: FetchError['code'], message: string): FetchError => new FetchError(c, message, url, { cause: err });

  switch (code) {
    case 'UND_ERR_HEADERS_TIMEOUT':
      return make('TIMEOUT', `timed out after ${formatSeconds(options.timeoutMs)} waiting for headers from ${url}`);
    case 'UND_ERR_BODY_TIMEOUT':
      return make('TIMEOUT', `timed out: no body data for ${formatSeconds(options.bodyTimeoutMs)} from ${url}`);
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return make('TIMEOUT', `timed out after ${formatSeconds(options.connectTimeoutMs)} connecting to ${host}`);
    case 'UND_ERR_RES_EXCEEDED_MAX_SIZE':
      return make('TOO_LARGE', `response larger than ${formatBytes(options.maxBytes)} from ${url}`);
    case 'ECONNREFUSED':
      return make('CONNECTION', `connection refused by ${host}`);
    case 'UND_ERR_ABORTED':
    case 'ABORT_ERR':
      return make('ABORTED', `request to ${url} aborted`);
    case 'UND_ERR_REQ_RETRY':
      return fromRetryError(e, url, host, detail, err);
  }
  if (e.name === 'AbortError') return make('ABORTED', `request to ${url} aborted`);
  if (DROPPED_CODES.has(code)) return make('CONNECTION', `connection to ${host} dropped before the response was complete (${code}: ${detail})`);
  if (UNREACHABLE_CODES.has(code)) return make('CONNECTION', `${host} is unreachable (${code})`);
  if (DNS_CODES.has(code)) {
    const name = hostPort(url).replace(/:\d+$/, '');
    return make('DNS', code === 'EAI_AGAIN' ? `DNS lookup of ${name} failed temporarily (EAI_AGAIN)` : `DNS: ${name} does not resolve (${code})`);
  }
  if (isTls(code)) return make('TLS', `TLS with ${host} failed: ${detail} (${code})`);
  if (isDecompression(code)) return make('DECODE', `could not decompress the body from ${url}: ${detail}`);
  // undici reports a redirect loop only through this message.
  if (/redirect loop/i.test(detail) || detail === 'max redirects')
    return make('TOO_MANY_REDIRECTS', `redirect loop: ${url} redirects back to a URL it already visited`);
  if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') return make('BAD_URL', `cannot request ${url}: ${detail}`);
  return make('UNKNOWN', `request to ${url} failed: ${detail}${code ? ` (${code})` : ''}`);
}

// The retry handler reports two different things with one code: a status it gave up retrying, and a
// body that broke off when the server cannot resume it with a Range request.
function fromRetryError(e: ErrorFields, url: string, host: string, detail: string, cause: unknown): FetchError {
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  if (status >= 300) {
    const headers = (typeof e.headers === 'object' && e.headers !== null ? e.headers : {}) as Record<string, unknown>;
    const retryAfter = headers['retry-after'];
    return new HttpStatusError({
      status,
      url,
      finalUrl: url,
      retryAfterMs: parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : null, Date.now()),
    });
  }
  return new FetchError('CONNECTION', `connection to ${host} dropped mid-body and could not be resumed (${detail})`, url, { cause });
}
