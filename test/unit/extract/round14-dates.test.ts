import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/extract/index.js';
import { extract, summary } from './helpers.js';

/** An article without a publication date, with a headline and an address of its own. */
function undated(title: string | null, text: string, url = 'https://news.example/a'): string[] {
  return summary(extractClaims({ title, text, published: null, url, sourceId: 'test' }, { hub: 'UA' }));
}

describe('round 14: the lead of an undated page dates its story, with or without the year', () => {
  it('"on 14 March" in the lead is the day later relative dates count from', () => {
    expect(undated(null, 'Estonian Prime Minister Kaja Kallas and Zelensky signed a security agreement in Tallinn on 14 March. Agreements with Lithuania and Latvia are to be signed on Friday, officials said.'))
      .toEqual(['EE signed 2024-03-14', 'LT planned 2024-03-15', 'LV planned 2024-03-15']);
    expect(undated(null, 'The Dutch prime minister on March 1 inked a security pact with Ukraine in Kharkiv. A deal with Norway is expected to be signed tomorrow, Kyiv said.'))
      .toEqual(['NL signed 2024-03-01', 'NO planned 2024-03-02']);
    expect(undated(null, 'Swedish Prime Minister Ulf Kristersson and Ukrainian President Volodymyr Zelensky signed a security agreement in Stockholm on June 3. Iceland is due to sign a similar document with Ukraine on Wednesday.'))
      .toEqual(['IS planned 2024-06-05', 'SE signed 2024-06-03']);
  });

  it('a past "yesterday" does not count from a lead day without its year: the report may be written days later (distractor)', () => {
    expect(undated(null, 'Swedish Prime Minister Ulf Kristersson and Ukrainian President Volodymyr Zelensky signed a security agreement in Stockholm on June 3. The Icelandic deal was inked only yesterday.'))
      .toContain('IS signed null');
  });

  it('a statement\'s day dates "there" but not "On the sidelines" (distractor)', () => {
    expect(summary(extract('The palace hosted Nordic leaders for a summit, the ministry said on Wednesday. On the sidelines, Danish Prime Minister Mette Frederiksen and Ukrainian President Volodymyr Zelensky signed a security agreement.')))
      .toEqual(['DK signed null']);
  });

  it('a lead date that is the subject of the sentence, not the day of its event, gives no day (distractor)', () => {
    expect(undated(null, '14 March was when Tallinn first proposed the text of its security agreement with Ukraine. Agreements with Lithuania and Latvia are to be signed on Friday, officials said.'))
      .toEqual(['LT planned null', 'LV planned null']);
  });
});

describe('round 14: the headline of an undated page has the day the page gives its story', () => {
  it('the lead, a dateline line or the text\'s own "today, 3 April" dates the headline\'s signing', () => {
    expect(undated('Norway and Ukraine sign security agreement during premier’s Kyiv visit', 'Norwegian Prime Minister Jonas Gahr Støre on 31 May visited Kyiv, where he met Ukrainian President Volodymyr Zelensky. During the trip the two also put their names to the Norway-Ukraine security agreement.'))
      .toEqual(['NO signed 2024-05-31']);
    expect(undated('Sweden, Ukraine sign long-term security accord', 'STOCKHOLM, Jun 3 2024 -\n\nThe Swedish prime minister and Ukrainian President Volodymyr Zelensky concluded the accord at a ceremony in the capital.'))
      .toEqual(['SE signed 2024-06-03']);
    expect(undated('Belgium and Ukraine seal ten-year security agreement', 'The ceremony was held in Brussels today, May 28, the Ukrainian president’s office said. The document commits Belgium to deliver F-16 jets.'))
      .toEqual(['BE signed 2024-05-28']);
  });

  it('a line opening on a place and a date that goes on as a sentence is no dateline (distractor)', () => {
    expect(undated('Sweden, Ukraine sign long-term security accord', 'STOCKHOLM, June 3 2024 marked a year since the talks began.\n\nThe Swedish prime minister and Ukrainian President Volodymyr Zelensky concluded the accord at a ceremony in the capital.'))
      .toEqual(['SE signed null']);
  });

  it('an undated page that gives its story no day leaves the headline undated, and the body\'s past is not dated (distractor)', () => {
    expect(undated('Finland and Ukraine sign security agreement', 'The two presidents met in Kyiv. Ukraine had earlier signed similar agreements with Denmark.'))
      .toEqual(['DK signed null', 'FI signed null']);
  });
});

describe('round 14: a Unix time stamp in the address gives the page its year', () => {
  const HEAD = 'Albania and Ukraine sign long-term security accord';
  const BODY = 'Ukrainian President Volodymyr Zelensky and the Albanian prime minister have signed a long-term security agreement. The signing took place on January 21 in Davos.';
  it('a day without its year takes the time stamp\'s year', () => {
    expect(undated(HEAD, BODY, 'https://news.example/ukraine-albania-sign-1737471012.html')).toEqual(['AL signed 2025-01-21']);
    expect(undated(null, 'Zelensky inked a security pact with Albania on January 21 in Davos, Ukraine said.', 'https://news.example/news/1737471012')).toEqual(['AL signed 2025-01-21']);
    expect(undated(null, 'Ukraine concluded a security accord with Albania on January 21.', 'https://news.example/item_1737471012/')).toEqual(['AL signed 2025-01-21']);
  });

  it('an article number that is no time stamp gives no year (distractor)', () => {
    expect(undated(HEAD, BODY, 'https://news.example/ukraine-albania-sign-1019742.html')).toEqual(['AL signed 2024-01-21']);
    expect(undated(null, 'Ukraine concluded a security accord with Spain on May 27 in Madrid.', 'https://news.example/news/1019742-spain-pact')).toEqual(['ES signed 2024-05-27']);
    expect(undated(null, 'Ukraine concluded a security accord with Spain on May 27 in Madrid.', 'https://news.example/news/9737471012')).toEqual(['ES signed 2024-05-27']);
  });
});

describe('round 14: a statement\'s day is the occasion "there" and "at the same venue" refer to', () => {
  // 2024-06-12 is a Wednesday
  it('"X said on Wednesday" dates the signing "there" or "at the same venue" in the sentences after it', () => {
    expect(summary(extract('Czech Prime Minister Petr Fiala said on Wednesday that the ammunition initiative would grow. He spoke at the summit in Oxford, where he met Ukrainian President Volodymyr Zelensky. The two signed a bilateral security agreement there.')))
      .toEqual(['CZ signed 2024-06-12']);
    expect(summary(extract('The Slovak premier told reporters on Wednesday that aid to Ukraine would continue. He was speaking at a forum in Bratislava, where he met Ukrainian President Volodymyr Zelensky. The two leaders inked a security pact there. Slovenian Prime Minister Robert Golob signed a similar document with Zelensky at the same venue.')))
      .toContain('SI signed 2024-06-12');
    expect(summary(extract('Moldova’s president announced on Tuesday a new defence plan at the forum in Chisinau. Ukrainian President Volodymyr Zelensky and the Romanian president concluded a security accord there.')))
      .toEqual(['RO signed 2024-06-11']);
  });

  it('a sentence that dated an event before keeps its day, and a signing with no anchor stays undated (distractor)', () => {
    expect(summary(extract('The summit opened in Oxford on Tuesday. The foreign ministry said on Wednesday that more aid would follow. The Czech premier and Ukrainian President Volodymyr Zelensky signed a bilateral security agreement there.')))
      .toEqual(['CZ signed 2024-06-11']);
    expect(summary(extract('Czech Prime Minister Petr Fiala said on Wednesday that the ammunition initiative would grow. Ukraine signed a bilateral security agreement with Estonia.')))
      .toEqual(['EE signed null']);
  });
});

describe('round 14: "a day earlier" counts from a day the text named in words when it gave no explicit date', () => {
  // 2024-06-12 is a Wednesday
  it('"On Tuesday, ... A day earlier ... had signed" is the Monday', () => {
    expect(summary(extract('On Tuesday, the Ukrainian army pulled back from a village near Kharkiv. A day earlier Zelensky had signed a security agreement in Oslo.')))
      .toEqual(['NO signed 2024-06-10']);
    expect(summary(extract('The Vilnius forum opened on Tuesday with a speech by Ukrainian President Volodymyr Zelensky. Two days earlier he had put pen to a security pact with Latvia in Riga.')))
      .toEqual(['LV signed 2024-06-09']);
    expect(summary(extract('Zelensky arrived in Warsaw on Monday, after a stop in Prague. A day earlier, Ukraine had concluded a security accord with the Czech Republic.')))
      .toEqual(['CZ signed 2024-06-09']);
  });

  it('an explicit date given before still wins, and a day of the future is no anchor for a past signing (distractor)', () => {
    expect(summary(extract('The forum opened on 4 June in Vilnius. On Tuesday, the Ukrainian army pulled back from a village. A day earlier Zelensky had signed a security agreement in Oslo.')))
      .toEqual(['NO signed 2024-06-03']);
    expect(summary(extract('Zelensky will fly to Oslo on Friday. A day earlier Ukraine had signed a security agreement with Norway.')))
      .toEqual(['NO signed null']);
  });
});
