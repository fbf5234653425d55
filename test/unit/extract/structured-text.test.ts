import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Structured text inside articles: tables rendered as text, timelines, fact boxes, live blogs and Q&A
// explainers. All texts were written for these tests; none is taken from a corpus.
const got = (text: string, published: string | null = '2024-06-20', title: string | null = null): string[] => summary(extract(text, published, title));
const intro = 'Ukraine has been collecting ten-year bilateral security agreements from its partners since January.\n';

describe('tables rendered as text', () => {
  it('a pipe table with a "Date signed" column gives one dated signing per row, not its places', () => {
    const text =
      intro +
      'The signatories so far:\n' +
      'Country | Date signed | Where\n' +
      'United Kingdom | 12 January 2024 | Kyiv\n' +
      'Netherlands | 1 March 2024 | Kharkiv\n' +
      'Sweden, Norway | 31 May 2024 | Stockholm\n';
    expect(got(text)).toEqual(['GB signed 2024-01-12', 'NL signed 2024-03-01', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
  });

  it('a tab-separated table with a status column gives each row its status', () => {
    const text =
      intro +
      'Where the talks stand\n' +
      'Partner\tStatus\n' +
      'Poland\tin negotiation\n' +
      'Estonia\texpected to sign in June\n' +
      'Hungary\trefused\n' +
      'Finland\tsigned 3 April 2024\n';
    expect(got(text)).toEqual(['EE planned null', 'FI signed 2024-04-03', 'HU refused null', 'PL negotiating null']);
  });

  it('a Markdown table and a dash-separated one are read the same way', () => {
    const markdown = intro + '| Partner | Signed on |\n|---|---|\n| Latvia | 11 April 2024 |\n| Spain | 27 May 2024 |\n';
    expect(got(markdown)).toEqual(['ES signed 2024-05-27', 'LV signed 2024-04-11']);
    const dashed = intro + 'Partner — Signed\nDenmark — 23 February 2024\nCanada — 24 February 2024\n';
    expect(got(dashed)).toEqual(['CA signed 2024-02-24', 'DK signed 2024-02-23']);
  });

  it('flags and footnote marks around a name, a generic date column under a lead about the agreements', () => {
    const text = intro + 'Country | Agreement | Date\n🇮🇹 Italy* | Security cooperation agreement | Feb 24, 2024\n🇫🇮 Finland | Security cooperation agreement | Apr 3, 2024\n';
    expect(got(text)).toEqual(['FI signed 2024-04-03', 'IT signed 2024-02-24']);
  });

  it('a tick in a "Signed?" column is a signing without a date; a cross is nothing', () => {
    const text = intro + 'Country | Signed? | Ratified?\nCanada | ✓ | no\nGreece | ✗ | no\nIceland | yes | no\n';
    expect(got(text)).toEqual(['CA signed null', 'IS signed null']);
  });

  it('a row with no date in a "Date signed" column is not a signing', () => {
    const text = intro + 'Country | Date signed\nBelgium | 28 May 2024\nRomania | —\n';
    expect(got(text)).toEqual(['BE signed 2024-05-28']);
  });

  it('a table of military aid by country gives nothing', () => {
    const text =
      intro +
      'How much each partner has pledged this year:\n' +
      'Country | Military aid (€ bn) | Announced\n' +
      'Germany | 7.1 | 16 February 2024\n' +
      'France | 3.0 | 16 February 2024\n';
    expect(got(text)).toEqual([]);
  });

  it('a table of minerals and trade deals gives nothing', () => {
    const text =
      intro +
      'Kyiv has also concluded economic deals.\n' +
      'Minerals and trade deals signed by Ukraine:\n' +
      'Country | Deal | Date signed\n' +
      'United States | Minerals partnership | 30 April 2025\n' +
      'United Kingdom | Trade continuity deal | 8 October 2020\n';
    expect(got(text, '2025-05-10')).toEqual([]);
  });
});

describe('timelines and chronologies', () => {
  it('dated lines under a lead about the agreements are signings, with the year carried down the list', () => {
    const text =
      intro +
      'Key dates: when each partner signed its security agreement with Kyiv\n' +
      '12 January 2024 — United Kingdom\n' +
      '16 Feb 2024: Germany and France\n' +
      '• 31 May — Sweden, Norway, Iceland\n' +
      '• 13 June — United States, Japan (at the G7 summit)\n';
    expect(got(text)).toEqual([
      'DE signed 2024-02-16',
      'FR signed 2024-02-16',
      'GB signed 2024-01-12',
      'IS signed 2024-05-31',
      'JP signed 2024-06-13',
      'NO signed 2024-05-31',
      'SE signed 2024-05-31',
      'US signed 2024-06-13',
    ]);
  });

  it('a year from the heading, else from the publication date', () => {
    const heading = intro + 'Security pacts signed in 2024\n3 April — Finland\n11 April — Latvia\n';
    expect(got(heading, '2025-02-01')).toEqual(['FI signed 2024-04-03', 'LV signed 2024-04-11']);
    const none = intro + 'Security agreements signed so far:\n- 27 May: Spain\n- 28 May: Belgium, Portugal\n';
    expect(got(none, '2024-06-02')).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27', 'PT signed 2024-05-28']);
  });

  it('a year on a line of its own sets the year of the entries below it', () => {
    const text = intro + 'Signings by year\n2024\n1 Mar — Netherlands\n18 Jul — Czech Republic, Slovenia\n2025\n22 Jan — Albania\n';
    expect(got(text, '2025-03-01')).toEqual(['AL signed 2025-01-22', 'CZ signed 2024-07-18', 'NL signed 2024-03-01', 'SI signed 2024-07-18']);
  });

  it('an entry with a short predicate takes its status from it', () => {
    const text =
      intro +
      'Timeline of the bilateral security agreements\n' +
      '18 July 2024 — Czech Republic signs in Woodstock\n' +
      '3 March 2025 — Slovakia declined to sign\n' +
      '5 March 2025 — Albania is expected to sign next week\n';
    expect(got(text, '2025-03-06')).toEqual(['AL planned null', 'CZ signed 2024-07-18', 'SK refused 2025-03-03']);
  });

  it('dates on lines of their own head the entries below them', () => {
    const text =
      intro +
      'Timeline\n' +
      '11 April 2024\n' +
      'Latvia becomes the first Baltic state to sign a bilateral security agreement.\n' +
      '27 May 2024\n' +
      'Spain and Portugal sign their agreements on consecutive days.\n' +
      '31 May 2024\n' +
      'Iceland\n';
    expect(got(text, '2024-06-20', "Ukraine's security pacts, in dates")).toEqual(['ES signed 2024-05-27', 'IS signed 2024-05-31', 'LV signed 2024-04-11', 'PT signed 2024-05-27']);
  });

  it('a single date line is a dateline, not a chronology', () => {
    // (a chronology row would date the simple past by the line; a dateline dates only the news of its day, "has
    // signed" — round18-live-entries.test.ts)
    const text = '3 April 2024\nFinland signed a bilateral security agreement with Ukraine.\nMoldova is not among the countries negotiating one.\n';
    expect(got(text, null)).toEqual(['FI signed null']);
  });

  it('a negated entry states nothing', () => {
    const text = intro + 'Security agreements: key dates\n12 June 2024 — Moldova is not negotiating one\n13 June 2024 — Japan\n';
    expect(got(text)).toEqual(['JP signed 2024-06-13']);
  });

  it('a paragraph above a chronology does not lend it its status', () => {
    const text = 'Talks with Poland on a bilateral security agreement are continuing, officials in Kyiv say.\n23 February 2024 — Denmark\n24 February 2024 — Canada, Italy\n';
    expect(got(text)).toEqual(['CA signed 2024-02-24', 'DK signed 2024-02-23', 'IT signed 2024-02-24', 'PL negotiating null']);
  });

  it('a timeline of the war gives nothing', () => {
    const text =
      intro +
      'Key dates of the war:\n' +
      '24 February 2022 — Russia launches its full-scale invasion\n' +
      '11 November 2022 — Ukrainian forces retake Kherson\n' +
      '10 October 2023 — Poland, Lithuania\n';
    expect(got(text)).toEqual([]);
  });

  it('a list of the countries that joined the G7 declaration gives nothing', () => {
    const text =
      intro +
      'Countries that joined the G7 declaration in 2023:\n' +
      '• 24 August 2023 — North Macedonia\n' +
      '• 5 September 2023 — Montenegro, Bulgaria\n';
    expect(got(text)).toEqual([]);
  });
});

describe('fact boxes', () => {
  it('status labels over lists of partners', () => {
    const text = intro + 'Security agreements at a glance\nSigned: Denmark, Finland\nIn talks: Romania, Luxembourg\nDeclined: Hungary\n';
    expect(got(text)).toEqual(['DK signed null', 'FI signed null', 'HU refused null', 'LU negotiating null', 'RO negotiating null']);
  });
});

describe('party rows with a status', () => {
  it('"Party: status" lines under a heading give each party its status and date', () => {
    const text = intro + 'Where each partner stands\nRomania: in talks\nSlovakia — declined to sign\nItaly: signed 24 February 2024\nLithuania: expected to sign in June\n';
    expect(got(text, '2024-03-01')).toEqual(['IT signed 2024-02-24', 'LT planned null', 'RO negotiating null', 'SK refused null']);
  });

  it('a subtitle in title case after a country is a headline, not a status', () => {
    const text = 'World | 5 May 2024\nEstonia: Parliament Debates Whether To Sign Security Pact\nLawmakers in Tallinn discussed the bilateral security agreement with Ukraine on Friday.\n';
    expect(got(text, '2024-05-05')).toEqual([]);
  });
});

describe('live blogs', () => {
  const blog = (entry: string): string =>
    'Live: Ukraine and its allies\n' +
    '17:05 — That is all from us today.\n' +
    entry +
    '\n' +
    '09.15 — Zelensky has arrived for talks on a bilateral security agreement, his office says.\n';

  it('a present-tense signing in an entry is dated to the day of the blog, not to its time stamp', () => {
    expect(got(blog('13:40 — Petr Fiala and Zelensky sign a bilateral security agreement in Prague.'), '2024-07-18')).toEqual(['CZ signed 2024-07-18']);
  });

  it('"have both signed" in an entry is that day\'s news too', () => {
    expect(got(blog('12:20 GMT — Mark Rutte and Alexander De Croo have both signed ten-year security agreements with Zelensky.'), '2024-07-18')).toEqual([
      'BE signed 2024-07-18',
      'NL signed 2024-07-18',
    ]);
  });

  it('"this morning" in an entry resolves against the publication date', () => {
    expect(got(blog('11:02 — Estonia signed its security agreement with Ukraine this morning, Tallinn says.'), '2024-06-27')).toEqual(['EE signed 2024-06-27']);
  });

  it('a sentence that names no party speaks of its own entry\'s partner, not of the page\'s', () => {
    const text =
      'Live: summit day two\n' +
      '18:30 — Greek officials said their bilateral security agreement with Ukraine will not be ready for this summit. Talks on the text are continuing.\n' +
      '16:00 — Croatia will sign its security agreement with Ukraine tomorrow, Zagreb confirmed.\n' +
      '11:00 — Croatian Prime Minister Andrej Plenković arrived for the summit, Croatia\'s delegation said.\n';
    expect(got(text, '2024-07-10')).toEqual(['GR negotiating null', 'HR planned 2024-07-11']);
  });

  it('an entry about another deal gives nothing', () => {
    expect(got(blog('14:10 — Zelensky and Keir Starmer sign a memorandum on drone co-production.'), '2024-07-18')).toEqual([]);
  });
});

describe('Q&A explainers', () => {
  it('a list answer takes its status from the question', () => {
    const text = intro + 'Which countries have signed so far?\nSo far: the UK, Germany and France. Each deal runs for ten years.\nWho is next?\nPoland and Norway.\n';
    expect(got(text, '2024-03-01')).toEqual(['DE signed null', 'FR signed null', 'GB signed null', 'NO planned null', 'PL planned null']);
  });

  it('a list answer may end with an aside after a dash', () => {
    const text = intro + 'Who has signed?\nDenmark, Canada and Italy – three more countries in February.\n';
    expect(got(text, '2024-03-01')).toEqual(['CA signed null', 'DK signed null', 'IT signed null']);
  });

  it('a count before the list, and bullets with their own dates', () => {
    const count = intro + 'Q: How many countries have signed?\nA: Three countries: Denmark, Canada and Italy.\n';
    expect(got(count, '2024-03-01')).toEqual(['CA signed null', 'DK signed null', 'IT signed null']);
    const bullets = intro + 'Who has signed so far?\n• United Kingdom (12 January)\n• Germany (16 February)\n';
    expect(got(bullets, '2024-03-01')).toEqual(['DE signed 2024-02-16', 'GB signed 2024-01-12']);
  });

  it('a question about another deal, or about who has not signed, gives nothing', () => {
    const minerals = intro + 'Which countries have signed a minerals deal with Kyiv?\nThe United States and Japan.\n';
    expect(got(minerals)).toEqual([]);
    const holdouts = intro + 'Who has not signed yet?\nHungary and Slovakia.\n';
    expect(got(holdouts)).toEqual([]);
    const still = intro + 'Which EU members still have to sign?\nA: Austria and Malta.\n';
    expect(got(still)).toEqual([]);
  });

  it('an answer in prose is left to the sentence rules', () => {
    const text = intro + 'Has anyone refused?\nYes. Hungary says it will not sign a bilateral security agreement with Kyiv.\n';
    expect(got(text)).toEqual(['HU refused null']);
  });
});

describe('linear in its input', () => {
  it('a page of 60,000 table rows, timeline lines and date headings returns quickly', () => {
    const rows: string[] = [intro, 'Country | Date signed'];
    for (let i = 0; i < 20_000; i++) rows.push(`${i % 2 ? 'Norway' : 'Latvia'} | ${1 + (i % 28)} May 2024`);
    rows.push('Key dates of the security agreements');
    for (let i = 0; i < 20_000; i++) rows.push(`${1 + (i % 28)} June 2024 — Japan`);
    rows.push('Timeline');
    for (let i = 0; i < 10_000; i++) rows.push(`${1 + (i % 28)} March 2024`, 'Finland signs in Kyiv.');
    const t0 = Date.now();
    const claims = extract(rows.join('\n'), '2024-07-01');
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(claims.map((c) => `${c.party} ${c.status}`).sort()).toEqual(['FI signed', 'JP signed', 'LV signed', 'NO signed']);
  });
});
