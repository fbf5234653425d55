import type { ListingItem } from './types.js';

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The source's optional prefilter: true when the title or summary contains one of `keywords`
 * (substring, case-insensitive, whitespace runs and NBSP equal to one space). No keywords → true.
 */
export function matchesKeywords(item: Pick<ListingItem, 'title' | 'summary'>, keywords?: string[]): boolean {
  const wanted = (keywords ?? []).map(fold).map((k) => k.trim()).filter((k) => k !== '');
  if (wanted.length === 0) return true;
  const haystack = fold(`${item.title ?? ''} ${item.summary ?? ''}`);
  return wanted.some((k) => haystack.includes(k));
}
