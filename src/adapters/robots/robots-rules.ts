import robotsParserModule from 'robots-parser';

interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// The package is CommonJS (module.exports = fn) while its typings declare an ES default export, which
// NodeNext reads as the namespace object; at run time the default import is the function.
const robotsParser = robotsParserModule as unknown as (url: string, body: string) => ParsedRobots;

/**
 * What we know of one origin's robots.txt. `rules`: a body to obey. `allow-all`: the site has none
 * (4xx) — RFC 9309 §2.3.1.3 lets a crawler access everything. `unavailable`: it could not be read
 * (5xx, 429, timeout, network): we crawl as if allowed — a news site's outage must not silence a
 * source — but ask again soon (see robots-outcome).
 */
export interface RobotsRecord {
  kind: 'rules' | 'allow-all' | 'unavailable';
  /** The robots.txt text for `rules`; '' otherwise. */
  body: string;
  /** Why the record is what it is, for logs: "HTTP 404", "timed out …". */
  note: string;
}

/** robots.txt groups are matched on the product token: "pactwatch/0.1 (+https://…)" → "pactwatch". */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[/\s]/)[0] || userAgent;
}

/** The robots.txt that governs `url` (one per scheme, host and port — RFC 9309 §2.3). */
export function robotsUrlFor(url: string): string {
  return `${new URL(url).origin}/robots.txt`;
}

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our group (or `*`), in ms; null when none is given. */
  crawlDelayMs(): number | null;
}

export function robotsRules(record: RobotsRecord, robotsUrl: string, userAgent: string): RobotsRules {
  if (record.kind !== 'rules') return { isAllowed: () => true, crawlDelayMs: () => null };
  const token = productToken(userAgent);
  const parsed = robotsParser(robotsUrl, record.body);
  return {
    // undefined = the URL is not under this robots.txt's origin: not ours to forbid.
    isAllowed: (url) => parsed.isAllowed(url, token) !== false,
    crawlDelayMs: () => {
      const seconds = parsed.getCrawlDelay(token);
      return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : null;
    },
  };
}
