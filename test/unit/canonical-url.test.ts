import { describe, expect, it } from 'vitest';
import { canonicalUrl, urlKey } from '../../src/core/url/canonical-url.js';

describe('canonicalUrl', () => {
  it.each([
    ['resolves a relative link against the base', '/world/story-1', 'https://news.example/feeds/all.xml', 'https://news.example/world/story-1'],
    ['resolves a path-relative link', 'story-2.html', 'https://news.example/world/', 'https://news.example/world/story-2.html'],
    ['resolves a protocol-relative link', '//news.example/a', 'https://other.example/', 'https://news.example/a'],
    ['lower-cases scheme and host, keeps path case', 'HTTPS://News.Example/World/Story', undefined, 'https://news.example/World/Story'],
    ['drops the default https port', 'https://news.example:443/a', undefined, 'https://news.example/a'],
    ['drops the default http port', 'http://news.example:80/a', undefined, 'http://news.example/a'],
    ['keeps a non-default port', 'http://news.example:8080/a', undefined, 'http://news.example:8080/a'],
    ['drops the fragment', 'https://news.example/a#comments', undefined, 'https://news.example/a'],
    ['drops utm_* parameters', 'https://news.example/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x', undefined, 'https://news.example/a'],
    ['drops click ids', 'https://news.example/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5', undefined, 'https://news.example/a'],
    ['drops ref, ref_src, cmpid, ocid', 'https://news.example/a?ref=tw&ref_src=twsrc&cmpid=x&ocid=y&id=7', undefined, 'https://news.example/a?id=7'],
    ['drops AT Internet parameters', 'https://www.bbc.example/news/x?at_medium=RSS&at_campaign=KARANGA', undefined, 'https://www.bbc.example/news/x'],
    ['sorts the remaining parameters by name', 'https://news.example/a?z=1&b=2&m=3', undefined, 'https://news.example/a?b=2&m=3&z=1'],
    ['keeps repeated names in their order', 'https://news.example/a?t=2&a=0&t=1', undefined, 'https://news.example/a?a=0&t=2&t=1'],
    ['keeps the site percent-encoding', 'https://news.example/search?q=a%20b&lang=uk', undefined, 'https://news.example/search?lang=uk&q=a%20b'],
    ['drops an empty query', 'https://news.example/a?', undefined, 'https://news.example/a'],
    ['strips an /amp/ path segment', 'https://news.example/amp/world/story', undefined, 'https://news.example/world/story'],
    ['strips a trailing /amp', 'https://news.example/world/story/amp', undefined, 'https://news.example/world/story'],
    ['strips a trailing /amp/', 'https://news.example/world/story/amp/', undefined, 'https://news.example/world/story/'],
    ['strips ?amp', 'https://news.example/world/story?amp', undefined, 'https://news.example/world/story'],
    ['strips ?amp=1 among others', 'https://news.example/world/story?page=2&amp=1', undefined, 'https://news.example/world/story?page=2'],
    ['strips output=amp', 'https://news.example/world/story?output=amp', undefined, 'https://news.example/world/story'],
    ['keeps output=print', 'https://news.example/world/story?output=print', undefined, 'https://news.example/world/story?output=print'],
    ['trims whitespace around the href', '  https://news.example/a \n', undefined, 'https://news.example/a'],
    ['punycodes an IDN host', 'https://Новини.example/a', undefined, 'https://xn--b1amarcd.example/a'],
  ])('%s', (_name, href, base, expected) => {
    expect(canonicalUrl(href, base)).toBe(expected);
  });

  it('gives the AMP and the canonical version of a story the same URL', () => {
    const amp = canonicalUrl('https://News.example/amp/world/2024/06/11/pact.html?utm_source=twitter#top');
    const canonical = canonicalUrl('https://news.example/world/2024/06/11/pact.html');
    expect(amp).toBe(canonical);
  });

  it.each([
    ['mailto:', 'mailto:editor@news.example'],
    ['javascript:', 'javascript:void(0)'],
    ['ftp:', 'ftp://news.example/a'],
    ['data:', 'data:text/html,hi'],
    ['garbage without a base', 'not a url'],
    ['a relative link without a base', '/world/story'],
    ['an empty string', ''],
  ])('returns null for %s', (_name, href) => {
    expect(canonicalUrl(href)).toBeNull();
  });

  it('returns null when the base itself is not a URL', () => {
    expect(canonicalUrl('/a', 'nonsense')).toBeNull();
  });
});

describe('urlKey', () => {
  it('is "u" followed by 32 hex digits', () => {
    expect(urlKey('https://news.example/a')).toMatch(/^u[0-9a-f]{32}$/);
  });

  it('is the sha256 of the canonical URL', async () => {
    const { createHash } = await import('node:crypto');
    const hex = createHash('sha256').update('https://news.example/a?b=2&c=1').digest('hex');
    expect(urlKey('https://NEWS.example/a?c=1&utm_source=x&b=2#frag')).toBe(`u${hex.slice(0, 32)}`);
  });

  it('is the same for variants of one URL and different for different URLs', () => {
    expect(urlKey('https://news.example/amp/a?utm_medium=rss')).toBe(urlKey('https://news.example/a'));
    expect(urlKey('https://news.example/a')).not.toBe(urlKey('https://news.example/b'));
  });

  it('is usable as a BullMQ job id: no ":" and never all digits', () => {
    for (let i = 0; i < 200; i++) {
      const key = urlKey(`https://news.example/story-${i}`);
      expect(key).not.toContain(':');
      expect(key).not.toMatch(/^\d+$/);
    }
  });

  it('throws on a URL that cannot be fetched', () => {
    expect(() => urlKey('mailto:x@news.example')).toThrow(TypeError);
    expect(() => urlKey('/relative')).toThrow(/absolute http\(s\) URL/);
  });
});
