import { decodeBody } from './decode-body.js';
import { dedupeItems } from './dedupe-items.js';
import { parseFeedText } from './parse-feed-text.js';
import { parseHtmlListing } from './parse-html-listing.js';
import type { ParsedListing, SourceDocument } from './types.js';

/**
 * A fetched source (feed or listing page) → its items: canonical URLs, deduplicated, in document
 * order. Throws FeedParseError (`BAD_FEED`, `BAD_SELECTOR`) when the document cannot be read as the
 * source's kind; an empty but valid document gives no items.
 */
export function parseSourceDocument(input: SourceDocument): ParsedListing {
  const text = decodeBody(input.body, input.contentType);
  if (input.kind === 'html') return { format: 'html', items: dedupeItems(parseHtmlListing(text, input.url, input.links)) };
  const { format, items } = parseFeedText(text, input.url);
  return { format, items: dedupeItems(items) };
}
