import { type AnyFeed, parseFeed } from 'feedsmith';
import { FeedParseError } from './errors.js';
import { feedItems, type RawItem } from './feed-items.js';
import { repairXml } from './repair-xml.js';
import type { ListingFormat } from './types.js';

/**
 * RSS 2.0 / 0.9x, Atom, RDF (RSS 1.0) or JSON Feed text → items. A document feedsmith rejects is
 * repaired once (see repair-xml) and parsed again; if that fails too, the error explains the first
 * failure, which is the one about the document as served.
 */
export function parseFeedText(text: string, url: string): { format: Exclude<ListingFormat, 'html'>; items: RawItem[] } {
  // Blank lines or a BOM before `<?xml` are the commonest breakage of all, and free to fix.
  const trimmed = text.replace(/^[\s\uFEFF]+/, '');
  if (trimmed === '') throw new FeedParseError('BAD_FEED', `not a feed: the body is empty or blank (${url})`, url);
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(trimmed);
  } catch (first) {
    const repaired = trimmed.startsWith('{') ? null : repairXml(trimmed);
    if (repaired === null) throw explain(first, trimmed, url);
    try {
      parsed = parseFeed(repaired);
    } catch {
      throw explain(first, trimmed, url);
    }
  }
  return { format: parsed.format, items: feedItems(parsed, url) };
}

function explain(err: unknown, text: string, url: string): FeedParseError {
  const detail = err instanceof Error ? err.message : String(err);
  const head = text.slice(0, 2048);
  let reason: string;
  if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype html|^<html[\s>]/i.test(head)) {
    const title = /<title[^>]*>([^<]{0,120})/i.exec(head)?.[1]?.replace(/\s+/g, ' ').trim();
    reason = `got an HTML page${title ? ` ("${title}")` : ''} — check the URL, or make the source kind: html with a links selector`;
  } else if (text.startsWith('{') || text.startsWith('[')) {
    reason = isJson(text) ? 'JSON, but not a JSON Feed (no "version": "https://jsonfeed.org/version/1…" and "items")' : 'invalid JSON';
  } else if (err instanceof Error && err.name === 'DetectError') {
    reason = `no <rss>, <feed> or <rdf:RDF> root element; the body starts with ${JSON.stringify(head.slice(0, 60))}`;
  } else {
    reason = `malformed XML that the cheap repairs could not fix (${detail})`;
  }
  return new FeedParseError('BAD_FEED', `not a feed: ${reason} (${url})`, url, { cause: err });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
