/**
 * The publication date of an article page, in the order sites are most reliable about it:
 * article:published_time and friends, JSON-LD datePublished (also inside @graph), then <time datetime>.
 */
/** `[attribute, value]` of the <meta> elements read, in order (values compared exactly, as CSS does). */
export const DATE_META: ReadonlyArray<readonly ['property' | 'name' | 'itemprop', string]> = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['property', 'og:article:published_time'],
  ['property', 'og:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'pubdate'],
  ['name', 'publish-date'],
  ['name', 'publishdate'],
  ['name', 'date'],
  ['name', 'dc.date'],
  ['name', 'DC.date'],
  ['name', 'dc.date.issued'],
  ['name', 'DC.date.issued'],
  ['name', 'sailthru.date'],
  ['name', 'parsely-pub-date'],
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

/** What a page says about its date, gathered by the caller in one walk over the document. */
export interface DateFacts {
  /** `content` of the first <meta> whose `attribute` equals `value` (undefined: none, or it has no content). */
  meta(attribute: string, value: string): string | undefined;
  /** Text of each <script type="application/ld+json">, in document order (read only when no meta date). */
  jsonLd(): Iterable<string>;
  /** `datetime` of the first <time> with a datetime, itemprop="datePublished" or pubdate attribute. */
  timeDatetime: string | undefined;
}

export function publishedDate(facts: DateFacts): string | null {
  for (const [attribute, value] of DATE_META) {
    const d = isoDay(facts.meta(attribute, value));
    if (d) return d;
  }
  for (const text of facts.jsonLd()) {
    try {
      const d = fromJsonLd(JSON.parse(text));
      if (d) return d;
    } catch {
      // malformed JSON-LD is common; the next source may do
    }
  }
  return isoDay(facts.timeDatetime);
}
