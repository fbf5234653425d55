import type { CheerioAPI } from 'cheerio';

/**
 * The publication date of an article page, in the order sites are most reliable about it:
 * article:published_time and friends, JSON-LD datePublished (also inside @graph), then <time datetime>.
 */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
];

/** First YYYY-MM-DD in an ISO-ish timestamp, validated. */
export function isoDay(value: string | undefined | null): string | null {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d || y < 1990 || y > 2100) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function fromJsonLd(node: unknown, depth = 0): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const d = fromJsonLd(n, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const o = node as Record<string, unknown>;
  const direct = typeof o['datePublished'] === 'string' ? isoDay(o['datePublished']) : null;
  if (direct) return direct;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    const d = fromJsonLd(o[key], depth + 1);
    if (d) return d;
  }
  return null;
}

export function publishedDate($: CheerioAPI): string | null {
  for (const sel of META_SELECTORS) {
    const d = isoDay($(sel).first().attr('content'));
    if (d) return d;
  }
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    try {
      const d = fromJsonLd(JSON.parse($(el).text()));
      if (d) return d;
    } catch {
      // malformed JSON-LD is common; the next source may do
    }
  }
  const time = $('article time[datetime], time[itemprop="datePublished"], time[pubdate], time[datetime]').first();
  return isoDay(time.attr('datetime'));
}
