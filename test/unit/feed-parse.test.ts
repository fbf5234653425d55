import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedParseError, matchesKeywords, parseSourceDocument, toIsoDay, decodeBody, chooseEncoding } from '../../src/adapters/feed/index.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

function feed(body: Buffer | string, url: string, contentType: string | null = 'application/xml') {
  return parseSourceDocument({ body: typeof body === 'string' ? Buffer.from(body) : body, contentType, url, kind: 'feed' });
}

// Windows-1251 for ASCII and the Cyrillic letters: А..я are 0xC0..0xFF, Ё 0xA8, ё 0xB8, Ї 0xAF, ї 0xBF, І 0xB2, і 0xB3, Є 0xAA, є 0xBA.
function cp1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, Ї: 0xaf, ї: 0xbf, І: 0xb2, і: 0xb3, Є: 0xaa, є: 0xba, '«': 0xab, '»': 0xbb, '—': 0x97 };
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      const byte = special[ch];
      if (byte === undefined) throw new Error(`no windows-1251 byte for ${ch}`);
      return byte;
    }),
  );
}

describe('parseSourceDocument — feeds', () => {
  it('reads RSS 2.0: canonical links, plain-text fields, UTC days, duplicates and linkless items dropped', () => {
    const listing = feed(fixture('rss2.xml'), 'https://news.example/feeds/world.xml', 'application/rss+xml; charset=utf-8');
    expect(listing.format).toBe('rss');
    expect(listing.items).toEqual([
      {
        url: 'https://news.example/world/2024/06/13/japan-ukraine-accord',
        title: 'Japan and Ukraine sign security accord',
        summary: 'Prime Minister Kishida signed the agreement in Apulia.',
        published: '2024-06-13',
      },
      {
        url: 'https://news.example/world/2024/06/11/envoy-qa',
        title: 'Late-night talks: "Q&A" with the envoy',
        summary: 'Talks ran late. Second line.',
        // 23:30 at -02:00 is 01:30 UTC the next day.
        published: '2024-06-12',
      },
      { url: 'https://news.example/world/2024/06/10/guid-only', title: 'Only a permalink guid', summary: null, published: '2024-06-10' },
    ]);
  });

  it('reads Atom: the alternate link (not the enclosure), html titles as text, published before updated, id as a link fallback', () => {
    const listing = feed(fixture('atom.xml'), 'https://mfa.example/press.atom', 'application/atom+xml');
    expect(listing.format).toBe('atom');
    expect(listing.items).toEqual([
      {
        url: 'https://mfa.example/press/2024/agreement-signed',
        title: 'Agreement on security cooperation signed',
        summary: 'The two governments signed the agreement today.',
        // 01:30 at +03:00 is still the 12th in UTC.
        published: '2024-06-12',
      },
      { url: 'https://mfa.example/press/2024/id-as-link', title: 'Plain <text> title', summary: 'Body & more', published: '2024-05-02' },
    ]);
  });

  it('reads RDF (RSS 1.0) with dc:date', () => {
    const listing = feed(fixture('rdf.xml'), 'https://wire.example/rss');
    expect(listing.format).toBe('rdf');
    expect(listing.items).toEqual([
      { url: 'https://wire.example/stories/1', title: 'Canada finalises agreement', summary: 'Ottawa and Kyiv finalised the text.', published: '2024-02-24' },
      { url: 'https://wire.example/stories/2', title: 'Second story', summary: null, published: null },
    ]);
  });

  it('reads JSON Feed: url, then an absolute id; content_html as text; no link → skipped', () => {
    const listing = feed(fixture('feed.json'), 'https://json.example/feed.json', 'application/feed+json');
    expect(listing.format).toBe('json');
    expect(listing.items).toEqual([
      // 22:30 at -03:00 is 01:30 UTC on the 25th.
      { url: 'https://json.example/posts/italy-signs', title: 'Italy signs', summary: 'Rome signed a ten-year agreement.', published: '2024-02-25' },
      { url: 'https://json.example/posts/id-only', title: 'Only an id', summary: 'From content_html', published: '2024-03-01' },
    ]);
  });

  it('decodes a windows-1251 RSS declared in the XML declaration', () => {
    const xml =
      '<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0"><channel><title>Новини</title>' +
      '<item><title>Україна і Франція підписали угоду</title><link>https://ua.example/news/1</link>' +
      '<description>Безпекова угода — «історичний день»</description><pubDate>Fri, 16 Feb 2024 19:00:00 +0200</pubDate></item>' +
      '</channel></rss>';
    const body = cp1251(xml);
    expect(body.includes(Buffer.from('Україна'))).toBe(false); // really not UTF-8
    const listing = feed(body, 'https://ua.example/rss', 'application/rss+xml');
    expect(listing.items).toEqual([
      { url: 'https://ua.example/news/1', title: 'Україна і Франція підписали угоду', summary: 'Безпекова угода — «історичний день»', published: '2024-02-16' },
    ]);
  });

  it('lets the Content-Type charset win over the XML declaration', () => {
    const body = cp1251('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>т</title><item><title>Київ</title><link>https://ua.example/2</link></item></channel></rss>');
    expect(feed(body, 'https://ua.example/rss', 'text/xml; charset="windows-1251"').items[0]?.title).toBe('Київ');
  });

  it('recovers junk before <?xml, bare & and <, and control characters', () => {
    const listing = feed(fixture('malformed.xml'), 'https://broken.example/rss');
    expect(listing.format).toBe('rss');
    expect(listing.items).toEqual([
      {
        url: 'https://broken.example/news?id=1',
        title: 'AT&T and Q&A: costs < 5% of budget',
        summary: 'Vertical tab and a control char: here',
        published: '2024-06-03',
      },
    ]);
  });

  it('recovers a BOM that follows blank lines', () => {
    const listing = feed('\n\n  \uFEFF<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>A</title><link>https://x.example/a</link></item></channel></rss>', 'https://x.example/rss');
    expect(listing.items.map((i) => i.url)).toEqual(['https://x.example/a']);
  });

  it.each([
    ['plain text', 'hello, this is not a feed', /not a feed: no <rss>, <feed> or <rdf:RDF> root element; the body starts with "hello/],
    ['an HTML page', '<!DOCTYPE html><html><head><title>Page not found</title></head><body>404</body></html>', /not a feed: got an HTML page \("Page not found"\)/],
    ['JSON that is not a JSON Feed', '{"status":"ok"}', /not a feed: JSON, but not a JSON Feed/],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1", "items": [', /not a feed: invalid JSON/],
    ['an empty body', '   \n', /not a feed: the body is empty/],
    ['XML broken beyond repair', '<rss version="2.0"><channel><title>x</title><item><title>A</item></channel></rss></rss><<<', /not a feed: /],
  ])('rejects %s with FeedParseError BAD_FEED', (_name, body, message) => {
    let caught: unknown;
    try {
      feed(body, 'https://x.example/feed');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(FeedParseError);
    expect((caught as FeedParseError).code).toBe('BAD_FEED');
    expect((caught as FeedParseError).message).toMatch(message);
    expect((caught as FeedParseError).message).toContain('https://x.example/feed');
  });
});

describe('parseSourceDocument — HTML listing', () => {
  const page = (links: string | undefined, body: Buffer = fixture('listing.html'), url = 'https://mfa.example/press/') =>
    parseSourceDocument({ body, contentType: 'text/html', url, kind: 'html', links });

  it('takes the selected anchors, resolves relative links, dedupes and keeps the text title', () => {
    const listing = page('article.teaser a');
    expect(listing.format).toBe('html');
    expect(listing.items).toEqual([
      // The image link comes first with no text; the headline to the same URL supplies the title.
      { url: 'https://mfa.example/press/2024/06/uk-agreement', title: 'UK and Ukraine & allies sign', summary: null, published: '2024-01-12' },
      { url: 'https://mfa.example/press/germany-agreement.html', title: 'Germany agreement', summary: null, published: null },
      { url: 'https://other.example/elsewhere', title: 'External story', summary: null, published: null },
    ]);
  });

  it('accepts a selector that matches containers and uses the first link inside', () => {
    expect(page('article.teaser h2').items.map((i) => i.title)).toEqual(['UK and Ukraine & allies sign', 'Germany agreement', 'External story']);
  });

  it('does not pick up links outside the selector', () => {
    expect(page('a.headline').items.some((i) => i.url.endsWith('/about'))).toBe(false);
  });

  it('resolves against <base href>', () => {
    const html = Buffer.from('<html><head><base href="/archive/2024/"></head><body><a class="x" href="story.html">S</a></body></html>');
    expect(page('a.x', html, 'https://mfa.example/press/').items[0]?.url).toBe('https://mfa.example/archive/2024/story.html');
  });

  it('decodes a windows-1251 page declared in <meta charset>', () => {
    const html = cp1251('<html><head><meta charset="windows-1251"></head><body><a class="x" href="/1">Угода про безпеку</a></body></html>');
    expect(page('a.x', html).items[0]?.title).toBe('Угода про безпеку');
  });

  it('rejects a missing or invalid selector with BAD_SELECTOR', () => {
    expect(() => page(undefined)).toThrow(expect.objectContaining({ code: 'BAD_SELECTOR' }));
    expect(() => page('a[href')).toThrow(expect.objectContaining({ code: 'BAD_SELECTOR', message: expect.stringContaining('not valid CSS') }));
  });
});

describe('matchesKeywords', () => {
  const item = { title: 'Japan signs Security\u00a0Agreement', summary: 'Talks in Apulia' };
  it.each([
    [undefined, true],
    [[], true],
    [['security agreement'], true],
    [['APULIA'], true],
    [['treaty', 'japan'], true],
    [['treaty'], false],
    [['Kyiv'], false],
  ] as Array<[string[] | undefined, boolean]>)('keywords %j → %s', (keywords, expected) => {
    expect(matchesKeywords(item, keywords)).toBe(expected);
  });

  it('matches Cyrillic case-insensitively and copes with missing fields', () => {
    expect(matchesKeywords({ title: 'УГОДА підписана', summary: null }, ['угода'])).toBe(true);
    expect(matchesKeywords({ title: null, summary: null }, ['угода'])).toBe(false);
  });
});

describe('toIsoDay', () => {
  it.each([
    ['Tue, 11 Jun 2024 23:30:00 -0200', '2024-06-12'],
    ['Tue, 11 Jun 2024 23:30:00 GMT', '2024-06-11'],
    ['Wed, 12 Jun 2024 01:30:00 +0300', '2024-06-11'],
    ['11 June 24 20:00 PDT', '2024-06-12'],
    ['Sat, 1 Jun 2024 00:15:00 CEST', '2024-05-31'],
    ['2024-06-11', '2024-06-11'],
    ['2024-06-11T23:30:00-02:00', '2024-06-12'],
    ['2024-06-11T23:30:00.123Z', '2024-06-11'],
    ['2024-06-11 23:30', '2024-06-11'],
    ['2024-02-30', null],
    ['Tue, 31 Jun 2024 10:00:00 GMT', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ] as Array<[string | null, string | null]>)('%s → %s', (raw, expected) => {
    expect(toIsoDay(raw)).toBe(expected);
  });
});

describe('decodeBody', () => {
  it('follows a UTF-16 byte-order mark', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>Київ</rss>', 'utf16le')]);
    expect(decodeBody(body, 'text/xml; charset=iso-8859-1')).toBe('<rss>Київ</rss>');
  });

  it('ignores an unknown charset label and falls back to UTF-8', () => {
    expect(decodeBody(Buffer.from('Київ'), 'text/html; charset=x-no-such-thing')).toBe('Київ');
  });

  it('reads valid UTF-8 as UTF-8 even when the header says latin-1 (a mislabelled page)', () => {
    const body = Buffer.from('<p>Zelensky and Macron signed the accord in Paris — café, Київ</p>');
    expect(decodeBody(body, 'text/html; charset=iso-8859-1')).toBe('<p>Zelensky and Macron signed the accord in Paris — café, Київ</p>');
    expect(chooseEncoding(body, 'text/html; charset=windows-1251')).toBe('utf-8');
  });

  it('keeps a declared legacy charset when the bytes are not UTF-8', () => {
    expect(decodeBody(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=iso-8859-1')).toBe('café');
    expect(decodeBody(cp1251('Угода'), 'text/plain; charset=windows-1251')).toBe('Угода');
  });

  it('falls back to the <meta> charset when a header charset=utf-8 is disproved by the bytes', () => {
    const body = cp1251('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>Угода про безпеку</body></html>');
    expect(chooseEncoding(body, 'text/html; charset=utf-8')).toBe('windows-1251');
    expect(decodeBody(body, 'text/html; charset=utf-8')).toContain('Угода про безпеку');
  });

  it('leaves pure ASCII alone whatever the label', () => {
    expect(chooseEncoding(Buffer.from('<rss>plain</rss>'), 'text/xml; charset=windows-1251')).toBe('windows-1251');
  });
});
