/**
 * The document could not be read as a listing. `BAD_FEED`: not a feed, or XML broken beyond the cheap
 * repairs; `BAD_SELECTOR`: the source's `links` selector is missing or not valid CSS (a config error).
 * Messages start with the reason an operator acts on ("not a feed: got an HTML page …").
 */
export type FeedParseErrorCode = 'BAD_FEED' | 'BAD_SELECTOR';

export class FeedParseError extends Error {
  readonly code: FeedParseErrorCode;
  readonly url: string;
  /** The same document will fail again; only a change of source or config helps. */
  readonly permanent = true;

  constructor(code: FeedParseErrorCode, message: string, url: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedParseError';
    this.code = code;
    this.url = url;
  }
}
