import type { AnyFeed, AtomFeed } from 'feedsmith';
import { canonicalUrl } from '../../core/url/canonical-url.js';
import { toIsoDay } from './feed-date.js';
import { plainText } from './plain-text.js';

/** One feed entry before deduplication; `url` is canonical, or null when the entry has no usable link. */
export interface RawItem {
  url: string | null;
  title: string | null;
  summary: string | null;
  published: string | null;
}

/** Maps feedsmith's per-format shapes to one item shape; relative links resolve against `baseUrl`. */
export function feedItems(parsed: AnyFeed, baseUrl: string): RawItem[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((item) => ({
        // A guid is a link only when it is already absolute: "12345" must not resolve against the feed URL.
        url: link(item.link, baseUrl) ?? (item.guid?.isPermaLink !== false ? absolute(item.guid?.value) : null) ?? link(item.atom?.links?.[0]?.href, baseUrl),
        title: plainText(item.title),
        summary: plainText(item.description ?? item.content?.encoded),
        published: firstDay(item.pubDate, item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.atom?.published, item.atom?.updated),
      }));
    case 'atom':
      return (parsed.feed.entries ?? []).map((entry) => ({
        url: link(alternateHref(entry.links), baseUrl) ?? absolute(entry.id),
        title: atomText(entry.title),
        summary: atomText(entry.summary) ?? atomText(entry.content),
        published: firstDay(entry.published, entry.updated, entry.dc?.dates?.[0]),
      }));
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => ({
        url: link(item.link, baseUrl) ?? absolute(item.rdf?.about),
        title: plainText(item.title),
        summary: plainText(item.description ?? item.content?.encoded),
        published: firstDay(item.dc?.dates?.[0], item.dcterms?.issued?.[0]),
      }));
    case 'json':
      return (parsed.feed.items ?? []).map((item) => ({
        url: link(item.url, baseUrl) ?? link(item.external_url, baseUrl) ?? absolute(item.id),
        title: plainText(item.title),
        summary: plainText(item.summary ?? item.content_text ?? item.content_html),
        published: firstDay(item.date_published, item.date_modified),
      }));
  }
}

function link(href: string | undefined, baseUrl: string): string | null {
  return href ? canonicalUrl(href, baseUrl) : null;
}

function absolute(href: string | undefined): string | null {
  return href ? canonicalUrl(href) : null;
}

function firstDay(...candidates: Array<string | undefined>): string | null {
  for (const raw of candidates) {
    const day = toIsoDay(raw);
    if (day !== null) return day;
  }
  return null;
}

// RFC 4287: the link without rel, or rel="alternate", is the entry's web page; enclosures, self and
// replies links are not. An HTML alternate wins over other types.
function alternateHref(links: Array<AtomFeed.Link<string>> | undefined): string | undefined {
  const alternates = (links ?? []).filter((l) => l.rel === undefined || l.rel === 'alternate');
  return (alternates.find((l) => l.type === undefined || /html/i.test(l.type)) ?? alternates[0])?.href;
}

// Atom says whether a text construct is markup; type="text" keeps a literal "<b>" as text.
function atomText(value: { value?: string; type?: string } | undefined): string | null {
  if (value?.value === undefined) return null;
  if (value.type === 'html' || value.type === 'xhtml' || value.type?.includes('html')) return plainText(value.value);
  const flat = value.value.replace(/\s+/g, ' ').trim();
  return flat === '' ? null : flat;
}
