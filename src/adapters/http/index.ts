export { createHttpClient, type FetchResult, type GetOptions, type HttpClient } from './http-client.js';
export type { HttpClientOptions } from './options.js';
export { FetchError, HttpStatusError, type FetchErrorCode } from './errors.js';
export { toFetchError } from './classify-error.js';
export { parseRetryAfter } from './retry-after.js';
export { retryLaterMs, MAX_RETRY_LATER_MS } from './retry-later.js';
export type { ProxyOptions } from './options.js';
