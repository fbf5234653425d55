import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleHtml } from './article-html.js';

export interface BenchFarmOptions {
  feeds: number;
  /** Items listed by each feed (20 in the standard bench). */
  itemsPerFeed: number;
}

export interface FarmCounts {
  feeds200: number;
  feeds304: number;
  articles: number;
  other: number;
}

export interface BenchFarm {
  base: string;
  feedUrl(i: number): string;
  /**
   * The links every feed lists besides its newest one: a deployment that has been running has read them
   * already, so the bench marks them seen before the first cycle (95% of the items with 20 per feed).
   */
  oldLinks(): string[];
  /** Requests answered since the last reset, by kind. */
  counts(): FarmCounts;
  resetCounts(): void;
  close(): Promise<void>;
}

const LAST_MODIFIED = new Date(Date.UTC(2024, 4, 27, 12, 0, 0)).toUTCString();

/**
 * The bench's news farm on 127.0.0.1: `feeds` RSS 2.0 feeds of `itemsPerFeed` items each. Item 0 of feed
 * i links to article page /news/i (a ~60 KB page from article-html.ts, one distinct page per feed); the
 * others link to /old/i/j, which the bench marks seen. Feeds and pages carry an ETag and a Last-Modified
 * and answer 304 to either validator; robots.txt allows everything. Bodies are built once and kept, so
 * the farm spends its CPU on HTTP, not on templating.
 */
export async function startBenchFarm(options: BenchFarmOptions): Promise<BenchFarm> {
  let base = '';
  const feedBodies = new Map<number, string>();
  const pages = new Map<number, string>();
  const counts: FarmCounts = { feeds200: 0, feeds304: 0, articles: 0, other: 0 };

  const feedBody = (i: number): string => {
    let body = feedBodies.get(i);
    if (body === undefined) {
      const items: string[] = [];
      for (let j = 0; j < options.itemsPerFeed; j++) {
        const link = j === 0 ? `${base}/news/${i}` : `${base}/old/${i}/${j}`;
        const title = j === 0 ? `Story ${i}: talks on a bilateral security agreement` : `Earlier story ${i}.${j}`;
        const day = 1 + ((i + j) % 27);
        items.push(
          `<item><title>${title}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(Date.UTC(2024, 4, 28 - day, 9, 0, 0)).toUTCString()}</pubDate><description>Summary of story ${i}.${j}: officials met to discuss aid, air defence and reconstruction.</description></item>`,
        );
      }
      body = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bench outlet ${i}</title><link>${base}/</link><description>Synthetic outlet ${i}</description>\n${items.join('\n')}\n</channel></rss>\n`;
      feedBodies.set(i, body);
    }
    return body;
  };

  const conditional = (req: IncomingMessage, res: ServerResponse, etag: string, type: string, body: () => string): boolean => {
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const fresh = inm !== undefined ? inm === etag : ims !== undefined && Date.parse(ims) >= Date.parse(LAST_MODIFIED);
    if (fresh) {
      res.writeHead(304, { etag, 'last-modified': LAST_MODIFIED }).end();
      return true;
    }
    res.writeHead(200, { 'content-type': type, etag, 'last-modified': LAST_MODIFIED }).end(body());
    return false;
  };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    let m: RegExpExecArray | null;
    if ((m = /^\/feed\/(\d+)\.xml$/.exec(path)) && Number(m[1]) < options.feeds) {
      const i = Number(m[1]);
      if (conditional(req, res, `"feed-${i}-v1"`, 'application/rss+xml; charset=utf-8', () => feedBody(i))) counts.feeds304++;
      else counts.feeds200++;
      return;
    }
    if ((m = /^\/news\/(\d+)$/.exec(path)) && Number(m[1]) < options.feeds) {
      const i = Number(m[1]);
      counts.articles++;
      conditional(req, res, `"news-${i}-v1"`, 'text/html; charset=utf-8', () => {
        let page = pages.get(i);
        if (page === undefined) pages.set(i, (page = articleHtml(i, base)));
        return page;
      });
      return;
    }
    counts.other++;
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (path.startsWith('/old/')) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>old</title><p>An old story.</p>`);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    feedUrl: (i) => `${base}/feed/${i}.xml`,
    oldLinks: () => {
      const out: string[] = [];
      for (let i = 0; i < options.feeds; i++) for (let j = 1; j < options.itemsPerFeed; j++) out.push(`${base}/old/${i}/${j}`);
      return out;
    },
    counts: () => ({ ...counts }),
    resetCounts: () => Object.assign(counts, { feeds200: 0, feeds304: 0, articles: 0, other: 0 }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
