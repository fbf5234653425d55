export { parseSourceDocument } from './parse-source-document.js';
export { matchesKeywords } from './keywords.js';
export { decodeBody, charsetOf, chooseEncoding } from './decode-body.js';
export { toIsoDay } from './feed-date.js';
export { FeedParseError, type FeedParseErrorCode } from './errors.js';
export type { ListingFormat, ListingItem, ParsedListing, SourceDocument } from './types.js';
