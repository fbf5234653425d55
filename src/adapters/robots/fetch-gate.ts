import { FetchError } from '../http/errors.js';
import type { HttpClient } from '../http/http-client.js';
import type { HostPacing } from '../redis/host-pacing.js';
import type { RobotsCache } from './robots-cache.js';
import { robotsOutcome } from './robots-outcome.js';
import { productToken, robotsRules, robotsUrlFor, type RobotsRecord, type RobotsRules } from './robots-rules.js';

export interface FetchGateOptions {
  /** The same User-Agent the client sends; its product token picks the robots.txt group. */
  userAgent: string;
  /** Minimum time between two requests to one host, across all workers (0 = no pacing). */
  perHostIntervalMs: number;
  /** A Crawl-delay above this is capped: a site asking for an hour between requests still gets read. */
  maxCrawlDelayMs?: number;
  /** robots.txt is small and optional: a slow or huge one must not hold up the source behind it. */
  robotsTimeoutMs?: number;
  robotsMaxBytes?: number;
}

export interface AdmitOptions {
  /** Longest in-process sleep for the host's turn; past it, HostBusyError says how long to wait. */
  maxWaitMs: number;
}

/**
 * Asked before every fetch of a source or article: may we fetch this URL, and when? Throws a
 * permanent FetchError `ROBOTS` when robots.txt disallows it, or HostBusyError when the host's next
 * turn is further away than the caller may sleep. Redirect targets are not re-checked.
 */
export class FetchGate {
  private readonly token: string;
  /** Parsed rules per record object (RobotsCache hands back the same object while Redis holds the same record). */
  private readonly parsed = new WeakMap<RobotsRecord, RobotsRules>();
  /** One robots.txt fetch per origin at a time in this process; concurrent callers share it. */
  private readonly fetching = new Map<string, Promise<RobotsRecord>>();

  constructor(
    private readonly http: HttpClient,
    private readonly robots: RobotsCache,
    private readonly pacing: HostPacing,
    private readonly options: FetchGateOptions,
  ) {
    this.token = productToken(options.userAgent);
  }

  async admit(url: string, opts: AdmitOptions): Promise<void> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return; // the client itself reports a bad URL, with the reason
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return;
    const robotsUrl = robotsUrlFor(url);
    const rules = await this.rules(parsed.origin, robotsUrl);
    if (!rules.isAllowed(url)) throw new FetchError('ROBOTS', `disallowed by ${robotsUrl} for ${this.token} (${url})`, url);
    const crawlDelay = Math.min(rules.crawlDelayMs() ?? 0, this.options.maxCrawlDelayMs ?? 60_000);
    await this.pacing.acquire(parsed.hostname, Math.max(this.options.perHostIntervalMs, crawlDelay), opts.maxWaitMs);
  }

  private async rules(origin: string, robotsUrl: string): Promise<RobotsRules> {
    const record = (await this.robots.get(origin)) ?? (await this.fetchOnce(origin, robotsUrl));
    let rules = this.parsed.get(record);
    if (rules === undefined) this.parsed.set(record, (rules = robotsRules(record, robotsUrl, this.options.userAgent)));
    return rules;
  }

  private fetchOnce(origin: string, robotsUrl: string): Promise<RobotsRecord> {
    let pending = this.fetching.get(origin);
    if (pending === undefined) {
      pending = (async () => {
        const fetched = await this.http
          .get(robotsUrl, { timeoutMs: this.options.robotsTimeoutMs ?? 5_000, maxBytes: this.options.robotsMaxBytes ?? 512 * 1024 })
          .catch((err: unknown) => err);
        const outcome = robotsOutcome(fetched);
        await this.robots.set(origin, outcome.record, outcome.ttlMs);
        return outcome.record;
      })().finally(() => this.fetching.delete(origin));
      this.fetching.set(origin, pending);
    }
    return pending;
  }
}
