import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('a question on a line of its own heads its answer, even when nothing in it is worth reading', () => {
  const TITLE = "Ukraine's security agreements: a guide";
  const BACKGROUND = 'What are they?\nTen-year political commitments. Many more countries later endorsed that pledge.\n\n';

  it('the answer several sentences below the headline is still about the agreements', () => {
    expect(summary(extract(`${BACKGROUND}Who has signed so far?\nFour governments. Germany and France followed on 16 February, in Berlin and Paris.`, '2024-03-05', TITLE))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16']);
    expect(summary(extract(`${BACKGROUND}What happened next?\nSeveral things. It took a while. Denmark's prime minister signed in Lviv on 23 February.`, '2024-03-05', TITLE))).toEqual(['DK signed 2024-02-23']);
    expect(summary(extract(`${BACKGROUND}Who is next?\nSome are close. Much is still open. Officials say a document with Poland is being negotiated.`, '2024-03-05', TITLE))).toEqual(['PL negotiating null']);
  });

  it('distractor: a line that is no question heads nothing', () => {
    expect(summary(extract(`${BACKGROUND}That is all so far.\nFour governments. Germany and France followed on 16 February, in Berlin and Paris.`, '2024-03-05', TITLE))).toEqual([]);
  });
});

describe('an anniversary in apposition to a date glosses it', () => {
  it('"on 24 February, two years to the day after the invasion began" is 24 February', () => {
    const lead = 'Ukraine has signed security agreements with several partners. ';
    expect(summary(extract(`${lead}On 24 February, two years to the day after the invasion began, the Italian prime minister signed in Kyiv.`, '2024-03-05'))).toEqual(['IT signed 2024-02-24']);
    expect(summary(extract(`${lead}On Saturday, two years to the day since the full-scale invasion, Canada signed its agreement in Kyiv.`, '2024-02-26'))).toEqual(['CA signed 2024-02-24']);
    expect(summary(extract(`${lead}The Dutch text was signed on 1 March, one year to the day after talks began.`, '2025-03-05'))).toEqual(['NL signed 2025-03-01']);
  });

  it('distractor: standing alone, the anniversary still counts from the story\'s day', () => {
    expect(summary(extract('Britain signed its security agreement with Ukraine two years to the day after the invasion began.', '2024-06-12'))).toEqual(['GB signed 2022-06-12']);
  });
});

describe('"exactly a year ago" is an anniversary\'s exact day', () => {
  it('with "exactly" or "precisely", as with "today"', () => {
    expect(summary(extract('Exactly one year ago, Joe Biden and Volodymyr Zelensky signed a bilateral security agreement.', '2025-06-13'))).toEqual(['US signed 2024-06-13']);
    expect(summary(extract('Precisely two years ago, Britain signed its security agreement with Ukraine in Kyiv.', '2026-01-12'))).toEqual(['GB signed 2024-01-12']);
    expect(summary(extract("It was exactly a year ago that Denmark's prime minister signed the security agreement with Ukraine in Lviv.", '2025-02-23'))).toEqual(['DK signed 2024-02-23']);
  });

  it('distractor: "about a year ago" or "a year ago" alone gives no day', () => {
    expect(summary(extract('About a year ago, Britain signed its security agreement with Ukraine.', '2025-01-20'))).toEqual(['GB signed null']);
    expect(summary(extract('A year ago, Britain signed its security agreement with Ukraine.', '2025-01-20'))).toEqual(['GB signed null']);
  });
});

describe('a part of a country ("in the heel of Italy") is a place, not a party', () => {
  it('the country of the place where others signed', () => {
    expect(summary(extract('In a resort in the heel of Italy, Joe Biden and Volodymyr Zelensky signed a bilateral security agreement.', '2024-06-13'))).toEqual(['US signed null']);
    expect(summary(extract('At a castle in the south of France, Zelensky and the Dutch prime minister signed a security agreement.', '2024-06-13'))).toEqual(['NL signed null']);
    expect(summary(extract('Meeting near the border of Poland, Zelensky and the Lithuanian president signed their security agreement.', '2024-06-13'))).toEqual(['LT signed null']);
  });

  it('distractor: a country the text says signed is still a party', () => {
    expect(summary(extract('In the south of France, Zelensky and Macron signed the security agreement between Ukraine and France.', '2024-06-13'))).toEqual(['FR signed null']);
    expect(summary(extract('The president of Italy and Zelensky signed a bilateral security agreement.', '2024-06-13'))).toEqual(['IT signed null']);
  });
});

describe('a status label with a gloss in brackets', () => {
  const TABLE = 'Ukraine\'s bilateral security agreements\n\nPartner | Signed\nUnited Kingdom | 12.01.2024\n\n';

  it('"Not yet signed (talks reported):" lists parties in talks', () => {
    expect(summary(extract(`${TABLE}Not yet signed (talks reported): United States, Japan.`, null))).toEqual(['GB signed 2024-01-12', 'JP negotiating null', 'US negotiating null']);
    expect(summary(extract(`${TABLE}Expected (before July): Poland, Estonia.`, null))).toEqual(['EE planned null', 'GB signed 2024-01-12', 'PL planned null']);
    expect(summary(extract(`${TABLE}In talks (per Kyiv): Poland.`, null))).toEqual(['GB signed 2024-01-12', 'PL negotiating null']);
  });

  it('distractor: a gloss that says no status leaves "not yet signed" no event', () => {
    expect(summary(extract(`${TABLE}Not yet signed (as of June): United States, Japan.`, null))).toEqual(['GB signed 2024-01-12']);
  });
});
