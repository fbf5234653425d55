import { describe, expect, it } from 'vitest';
import { looksLikeHtml, parseArticlePage } from '../../src/adapters/html/article-page.js';
import { extractClaims } from '../../src/core/extract/index.js';

const PAGE = `<!doctype html>
<html lang="en-GB"><head>
<title>Site | Greece and Ukraine sign security agreement</title>
<meta property="og:title" content="Greece and Ukraine sign security agreement">
<meta property="article:published_time" content="2024-10-17T14:05:00+03:00">
<link rel="canonical" href="/news/greece-ukraine">
</head><body>
<header><nav><a href="/">Home</a><a href="/x">Spain signs security pact with Ukraine</a></nav></header>
<main>
<article>
<h1>Greece and Ukraine sign security agreement</h1>
<p>Greek Prime Minister Kyriakos Mitsotakis and Zelensky signed a bilateral security agreement in Kyiv on Thursday, officials said.</p>
<p>The document covers air defence training &amp; reconstruction.</p>
<div class="related-articles"><h3>Related</h3><ul><li>Italy signs security agreement with Ukraine</li></ul></div>
<p>Read also: Portugal signs security agreement with Ukraine</p>
<div class="share-bar">Share on X</div>
</article>
<aside class="most-popular"><p>Norway will sign a security agreement with Ukraine tomorrow</p></aside>
</main>
<footer>Copyright. Japan signed a security agreement with Ukraine.</footer>
<script>var x = "Canada signed a security agreement with Ukraine";</script>
</body></html>`;

describe('parseArticlePage', () => {
  const page = parseArticlePage(PAGE, 'https://news.example/p?id=1');

  it('reads the metadata', () => {
    expect(page.title).toBe('Greece and Ukraine sign security agreement');
    expect(page.published).toBe('2024-10-17');
    expect(page.canonicalUrl).toBe('https://news.example/news/greece-ukraine');
    expect(page.lang).toBe('en');
  });

  it('keeps the article body with paragraph breaks and drops furniture', () => {
    expect(page.text).toContain('signed a bilateral security agreement in Kyiv on Thursday');
    expect(page.text).toContain('air defence training & reconstruction.');
    expect(page.text).toMatch(/officials said\.\n\nThe document/);
    for (const other of ['Spain', 'Italy', 'Portugal', 'Norway', 'Japan', 'Canada', 'Share on X', 'Home']) expect(page.text).not.toContain(other);
  });

  it('feeds the extractor only the article’s own claims', () => {
    const claims = extractClaims({ title: page.title, text: page.text, published: page.published, url: page.canonicalUrl!, sourceId: 't' }, { hub: 'UA' });
    expect(claims.map((c) => `${c.party} ${c.status} ${c.date}`)).toEqual(['GR signed 2024-10-17']);
  });

  it('takes the date from JSON-LD, including @graph', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-06-13T10:00:00Z"}]}</script></head><body><article><p>${'Text. '.repeat(50)}</p></article></body></html>`;
    expect(parseArticlePage(html, 'https://x.example/').published).toBe('2024-06-13');
  });

  it('takes the date from <time datetime> and <meta name=date>', () => {
    const t = `<html><body><article><time datetime="2024-02-16">Feb 16</time><p>${'Words here. '.repeat(30)}</p></article></body></html>`;
    expect(parseArticlePage(t, 'https://x.example/').published).toBe('2024-02-16');
    const m = `<html><head><meta name="date" content="2024-03-01"></head><body><p>x</p></body></html>`;
    expect(parseArticlePage(m, 'https://x.example/').published).toBe('2024-03-01');
  });

  it('falls back to the densest text block and og:url', () => {
    const html = `<html><head><meta property="og:url" content="https://x.example/story"></head><body>
      <div class="menu"><p>Top stories</p></div>
      <div id="story"><p>${'First paragraph of the story. '.repeat(10)}</p><p>${'Second paragraph. '.repeat(10)}</p></div>
      <div><p>Short teaser</p></div></body></html>`;
    const p = parseArticlePage(html, 'https://x.example/');
    expect(p.canonicalUrl).toBe('https://x.example/story');
    expect(p.text.startsWith('First paragraph')).toBe(true);
    expect(p.text).not.toContain('Top stories');
    expect(p.text).not.toContain('Short teaser');
    expect(p.published).toBeNull();
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('Spain signed a security agreement with Ukraine (a < b).')).toBe(false);
  });
});
