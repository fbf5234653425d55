import * as cheerio from 'cheerio';
import { parseArticlePage } from '../src/adapters/html/article-page.js';
import { extractClaims } from '../src/core/extract/index.js';
import { articleHtml } from './lib/article-html.js';

export interface ExtractionBench {
  pages: number;
  avgPageKB: number;
  articlesPerSec: number;
  mbPerSec: number;
  parseOnlyArticlesPerSec: number;
  /** Extraction time ÷ cheerio parse-only time on the same pages (lower is better). */
  ratioToParse: number;
  claims: number;
}

function timed(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/**
 * What the article job does to a page (main text + metadata, then claims) against cheerio's parse alone
 * with the same parser options, on one core. Best of `rounds` to damp a noisy shared machine.
 */
export function benchExtraction(pages = 300, rounds = 3): ExtractionBench {
  const html = Array.from({ length: pages }, (_, i) => articleHtml(i));
  const bytes = html.reduce((n, h) => n + Buffer.byteLength(h), 0);
  let claims = 0;
  const run = () =>
    timed(() => {
      claims = 0;
      for (const [i, h] of html.entries()) {
        const page = parseArticlePage(h, `http://127.0.0.1/news/${i}`);
        claims += extractClaims({ title: page.title, text: page.text, published: page.published, url: `http://127.0.0.1/news/${i}`, sourceId: 'bench' }, { hub: 'UA' }).length;
      }
    });
  const parse = () =>
    timed(() => {
      for (const h of html) cheerio.load(h, { xml: { xmlMode: false, decodeEntities: true } });
    });
  run();
  parse(); // warm-up: JIT and the gazetteer's trie
  let full = Infinity;
  let parseOnly = Infinity;
  for (let r = 0; r < rounds; r++) {
    full = Math.min(full, run());
    parseOnly = Math.min(parseOnly, parse());
  }
  const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    pages,
    avgPageKB: round(bytes / pages / 1024),
    articlesPerSec: round(pages / full),
    mbPerSec: round(bytes / 1024 / 1024 / full, 2),
    parseOnlyArticlesPerSec: round(pages / parseOnly),
    ratioToParse: round(full / parseOnly, 2),
    claims,
  };
}
