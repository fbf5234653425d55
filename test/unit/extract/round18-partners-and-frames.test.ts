import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Ukrinform and others close with the tally and its partners: "Ukraine has so far signed 21 security agreements.
// The partners, in chronological order, are: …". Right after agreements told signed in the plural, "the
// partners" are their signatories.
describe('"the partners are …" after agreements signed in the plural', () => {
  const TALLY = 'Ukraine has so far signed 21 bilateral security agreements with its partners. ';

  it('reads "The partners, in chronological order, are: X; Y and Z"', () => {
    expect(summary(extract(`${TALLY}The partners, in chronological order, are: the United Kingdom; Germany and France; Denmark.`, '2024-07-10'))).toEqual(['DE signed null', 'DK signed null', 'FR signed null', 'GB signed null']);
  });

  it('reads "Among the other European partners are …" with a group', () => {
    expect(summary(extract(`${TALLY}Among the other European partners are the three Baltic states and Belgium.`, '2024-07-10'))).toEqual(['BE signed null', 'EE signed null', 'LT signed null', 'LV signed null']);
  });

  it('reads "Its partners include …"', () => {
    expect(summary(extract(`${TALLY}Its partners include Japan and Canada.`, '2024-07-10'))).toEqual(['CA signed null', 'JP signed null']);
  });

  it('distractor: a predicate after "the partners are" lists nobody', () => {
    expect(summary(extract(`${TALLY}The partners are ready to help Ukraine rebuild.`, '2024-07-10'))).toEqual([]);
  });

  it('distractor: without a tally of signings before, the partners are no signatories', () => {
    expect(summary(extract('Ukraine held a donor conference on its reconstruction. The partners are Japan and Canada.', '2024-07-10'))).toEqual([]);
  });
});

// Ukrinform's boilerplate: "The security agreements are concluded in pursuance of the Joint Declaration of Support
// for Ukraine, signed by the G7 countries in Vilnius on July 12, 2023." The G7 signed the declaration, not the
// agreements, whatever the title words and comma between the frame and its participle.
describe('the signers of a frame after its title and a comma are its makers', () => {
  it('reads no G7 signing from the Ukrinform boilerplate', () => {
    const text = 'Italy and Ukraine signed a security agreement on Saturday. The security agreements are concluded in pursuance of the Joint Declaration of Support for Ukraine, signed by the G7 countries in Vilnius on July 12, 2023.';
    expect(summary(extract(text, '2024-02-24'))).toEqual(['IT signed 2024-02-24']);
  });

  it('reads none from "the Vilnius Declaration, signed by Group of Seven leaders"', () => {
    const text = 'Canada and Ukraine signed a bilateral security agreement in Kyiv on Saturday, under the Vilnius Declaration, signed by Group of Seven leaders in July 2023.';
    expect(summary(extract(text, '2024-02-24'))).toEqual(['CA signed 2024-02-24']);
  });

  it('reads none from "the G7 framework, signed by Japan"', () => {
    const text = 'Ukraine and Latvia signed a security agreement on Thursday within the G7 framework, signed by Japan last year.';
    expect(summary(extract(text, '2024-04-12'))).toEqual(['LV signed 2024-04-11']);
  });

  it('distractor: an agreement signed by a state after a comma is that state\'s', () => {
    expect(summary(extract('Kyiv welcomed the bilateral security agreement, signed by Germany in Berlin on Friday.', '2024-02-17'))).toEqual(['DE signed 2024-02-16']);
  });
});

// "The G7 countries that signed are the U.S., the U.K., …": a group defined by its signing in a relative clause,
// then named by a list, are the signatories of the article's agreements.
describe('"the countries that signed are …"', () => {
  const LEAD = "Ukraine's bilateral security agreements are ten-year political documents. ";

  it('reads "The countries that signed are X and Y"', () => {
    expect(summary(extract(`${LEAD}The countries that signed are Spain and Portugal.`, '2024-06-01'))).toEqual(['ES signed null', 'PT signed null']);
  });

  it('reads "The states that have signed so far include …"', () => {
    expect(summary(extract(`${LEAD}The states that have already signed include Latvia and Finland.`, '2024-06-01'))).toEqual(['FI signed null', 'LV signed null']);
  });

  it('reads a colon and a group', () => {
    expect(summary(extract(`${LEAD}The nations which signed so far are: the three Baltic states.`, '2024-07-01'))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
  });

  it('distractor: the signers of another act', () => {
    expect(summary(extract('The Ukraine Compact was presented in Washington. The countries that signed are Japan and Canada.', '2024-07-11'))).toEqual([]);
  });

  it('distractor: a relative clause with its own object is another deal', () => {
    expect(summary(extract(`${LEAD}The countries that signed the grain deal are Turkey and Ukraine.`, '2024-06-01'))).toEqual([]);
  });
});
