import { describe, expect, it } from 'vitest';
import { benchExtraction } from '../../bench/extraction.js';
import { articleHtml } from '../../bench/lib/article-html.js';
import { parseArticlePage } from '../../src/adapters/html/article-page.js';

// The benchmark is run by `npm run bench`, not here; this only keeps it from rotting.
describe('extraction benchmark harness', () => {
  it('runs at tiny size and reports consistent figures', () => {
    const r = benchExtraction(6, 1);
    expect(r.pages).toBe(6);
    expect(r.avgPageKB).toBeGreaterThan(30);
    // Pages 0 and 3 report a signing; the sidebar and navigation must not add claims.
    expect(r.claims).toBe(2);
    expect(r.ratioToParse).toBeCloseTo(r.parseOnlyArticlesPerSec / r.articlesPerSec, 0);
  });

  it('builds pages whose main text drops the furniture', () => {
    const page = parseArticlePage(articleHtml(3), 'http://127.0.0.1/news/3');
    expect(page.text).toMatch(/signed a bilateral security agreement on 4 May/);
    expect(page.text).not.toMatch(/Headline number/);
    expect(page.published).toBe('2024-05-04');
  });
});
