import type { RawItem } from './feed-items.js';
import type { ListingItem } from './types.js';

/**
 * One item per canonical URL, in first-seen order; items without a URL are dropped. Later duplicates
 * fill fields the first one lacked: on listing pages the image link to a story (no text) usually
 * comes before the headline link to the same story.
 */
export function dedupeItems(items: RawItem[]): ListingItem[] {
  const byUrl = new Map<string, ListingItem>();
  for (const item of items) {
    if (item.url === null) continue;
    const seen = byUrl.get(item.url);
    if (seen === undefined) {
      byUrl.set(item.url, { url: item.url, title: item.title, summary: item.summary, published: item.published });
      continue;
    }
    seen.title ??= item.title;
    seen.summary ??= item.summary;
    seen.published ??= item.published;
  }
  return [...byUrl.values()];
}
