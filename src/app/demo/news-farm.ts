import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { esc } from '../http/html-escape.js';
import { OUTLETS, type StoryArticle } from './storyline.js';

export interface NewsFarm {
  url: string;
  feedUrl(outletId: string): string;
  /** Articles published so far, oldest first. */
  released(): StoryArticle[];
  close(): Promise<void>;
}

export interface NewsFarmOptions {
  articles: StoryArticle[];
  /** Real time of story time 0. */
  start: Date;
  /** Story seconds per real second. */
  speed: number;
  port?: number;
  now?: () => number;
}

/**
 * A local news site for the demo: per outlet an RSS 2.0 feed (with an ETag, so conditional GETs get
 * 304s like on a real site) and the article pages, each appearing when its story time comes. Only
 * 127.0.0.1: the demo never touches the network.
 */
export async function startNewsFarm(options: NewsFarmOptions): Promise<NewsFarm> {
  const now = options.now ?? Date.now;
  const publishedAt = (a: StoryArticle) => new Date(options.start.getTime() + (a.at * 1000) / options.speed);
  const released = () => options.articles.filter((a) => publishedAt(a).getTime() <= now()).sort((a, b) => a.at - b.at);
  let base = '';

  const feed = (outletId: string, name: string) => {
    const items = released()
      .filter((a) => a.outlet === outletId)
      .reverse()
      .map(
        (a) => `<item><title>${esc(a.title)}</title><link>${esc(`${base}/${outletId}/${a.slug}`)}</link><guid isPermaLink="false">${esc(`${outletId}-${a.slug}`)}</guid><pubDate>${publishedAt(a).toUTCString()}</pubDate><description>${esc(a.summary)}</description></item>`,
      );
    return { etag: `"${outletId}-${items.length}"`, body: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(name)}</title><link>${esc(`${base}/${outletId}/`)}</link><description>${esc(name)} — world news (pactwatch demo)</description>\n${items.join('\n')}\n</channel></rss>\n` };
  };

  const page = (a: StoryArticle, outletName: string) => {
    const when = publishedAt(a).toISOString();
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | ${esc(outletName)}</title><meta property="article:published_time" content="${when}"><link rel="canonical" href="${esc(`${base}/${a.outlet}/${a.slug}`)}"></head><body><header><nav><a href="/">${esc(outletName)}</a></nav></header><main><article><h1>${esc(a.title)}</h1><p class="byline"><time datetime="${when}">${when.slice(0, 10)}</time></p>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></main><footer><p>Fictional news for the pactwatch demo.</p></footer></body></html>`;
  };

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (path === '/') {
      const list = released().map((a) => `<li><a href="/${esc(a.outlet)}/${esc(a.slug)}">${esc(a.title)}</a></li>`).join('');
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>pactwatch demo news</title><h1>Demo news farm</h1><ul>${list}</ul>`);
    }
    const [, outletId = '', ...rest] = path.split('/');
    const outlet = OUTLETS.find((o) => o.id === outletId);
    if (outlet && rest.join('/') === 'feed.xml') {
      const { etag, body } = feed(outlet.id, outlet.name);
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    }
    const article = outlet && released().find((a) => a.outlet === outlet.id && a.slug === rest.join('/'));
    if (article && outlet) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(article, outlet.name));
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found (yet?)');
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    feedUrl: (id) => `${base}/${id}/feed.xml`,
    released,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
