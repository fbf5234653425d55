import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Ninth round: how agency and aggregator copy (often translated English) writes about the agreements.
// Sentences written for these tests; none is taken from a corpus. Each rule has a distractor.
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));
const lead = 'Kyiv is collecting ten-year bilateral security agreements from its allies. ';

describe('dates written the agency way', () => {
  it('a date in parentheses after a list member (or a run joined by "and") is that member\'s own', () => {
    expect(got(lead + 'Earlier, Ukraine signed similar agreements with Sweden (2 March), Norway and Iceland (4 March), and Finland (8 March).', '2024-06-12')).toEqual([
      'FI signed 2024-03-08',
      'IS signed 2024-03-04',
      'NO signed 2024-03-04',
      'SE signed 2024-03-02',
    ]);
    // distractor: a parenthesis that is not a date gives no date
    expect(got(lead + 'Earlier, Ukraine signed similar agreements with Sweden (a Nordic state), Norway and Iceland.')).toEqual(['IS signed null', 'NO signed null', 'SE signed null']);
  });
  it('"On the eve," is the day before the story; "on the eve of the summit" is no date', () => {
    expect(got('Zelensky signed a security agreement with Luxembourg today. On the eve, the similar document was signed by Zelensky in Oslo with the Norwegian prime minister.', '2024-05-30')).toEqual([
      'LU signed 2024-05-30',
      'NO signed 2024-05-29',
    ]);
    expect(got(lead + 'On the eve of the summit, the similar document was signed by Zelensky in Oslo with the Norwegian prime minister.', '2024-05-30')).toEqual(['NO signed null']);
  });
  it('"during the visit" closing its clause is the day the sentence before gave the visit', () => {
    expect(got(lead + 'The Dutch and Belgian prime ministers are expected in Kyiv on Monday. Both are to sign their countries\' security agreements with Ukraine during the visit.', '2024-06-12')).toEqual([
      'BE planned 2024-06-17',
      'NL planned 2024-06-17',
    ]);
    // distractor: no visit dated before it
    expect(got(lead + 'The Dutch prime minister is to sign his country\'s security agreement with Ukraine during the visit.')).toEqual(['NL planned null']);
  });
  it('"On the sidelines of the <meeting>," takes the day of the signing told before', () => {
    expect(got('Today in Brussels, Zelensky signed a security agreement with Belgium. Details: the text runs for ten years. It covers air defence. On the sidelines of the NATO meeting, Zelensky also signed a security agreement with Portugal.', '2024-05-28')).toEqual([
      'BE signed 2024-05-28',
      'PT signed 2024-05-28',
    ]);
    // distractor: "on the sidelines of the war" names no meeting
    expect(got(lead + 'On the sidelines of the war, Zelensky also signed a security agreement with Portugal.')).toEqual(['PT signed null']);
  });
  it('"the day before" with no event date before it counts from the story\'s day', () => {
    expect(got(lead + 'The minister confirmed that talks with Spain on the security agreement had begun the day before.', '2024-03-05')).toEqual(['ES negotiating 2024-03-04']);
    // distractor: an event date told before is what it counts from
    expect(got('Ukraine signed a security agreement with France on 16 February. Germany had signed its security agreement with Ukraine the day before.', '2024-03-05')).toEqual(['DE signed 2024-02-15', 'FR signed 2024-02-16']);
  });
  it('"declined on <date> to sign" is a refusal on that day, not a plan', () => {
    expect(got(lead + 'Austria\'s chancellor declined on Dec. 3 to sign a security agreement with Ukraine.', '2024-12-05')).toEqual(['AT refused 2024-12-03']);
    expect(got(lead + 'Austria\'s chancellor travels on Dec. 9 to sign a security agreement with Ukraine.', '2024-12-05')).toEqual(['AT planned 2024-12-09']);
  });
  it('"held a signing ceremony of agreement ... with X" is the signing', () => {
    expect(got('The President of Ukraine held a signing ceremony of agreement on security cooperation with the Kingdom of Sweden in Stockholm today.', '2024-05-31')).toEqual(['SE signed 2024-05-31']);
    expect(got(lead + 'The President of Ukraine held a meeting on security cooperation with the Kingdom of Sweden in Stockholm today.', '2024-05-31')).toEqual([]);
  });
});

describe('who signed, and who only counts', () => {
  it('"becomes the fourth country, after A, B and C, to sign" names the earlier signers', () => {
    expect(got(lead + 'Norway thus becomes the fifth country, after Sweden, Finland and Iceland, to sign such a document with Ukraine.')).toEqual([
      'FI signed null',
      'IS signed null',
      'NO signed null',
      'SE signed null',
    ]);
    // distractor: an ordinal with a modal is a plan
    expect(got(lead + 'Portugal and Spain would be the last two members of the alliance to sign such documents with Ukraine.')).toEqual(['ES planned null', 'PT planned null']);
  });
  it('the makers of a declaration ("adopted by the G7 countries") are no signers', () => {
    expect(got('Ukraine and Greece signed a security agreement. The agreement was concluded in implementation of the Joint Declaration of Support for Ukraine, adopted by the G7 countries in Vilnius.')).toEqual(['GR signed null']);
    expect(got(lead + 'Ukraine has concluded such agreements with the G7 countries.')).toEqual(['CA signed null', 'DE signed null', 'FR signed null', 'GB signed null', 'IT signed null', 'JP signed null', 'US signed null']);
  });
  it('a signing whose subject is a counted set is not the earlier party\'s', () => {
    expect(got(lead + 'Hungary\'s premier said his government will not conclude a security agreement with Ukraine of the kind that more than 20 countries have signed.')).toEqual(['HU refused null']);
    expect(got(lead + 'Hungary\'s premier said Hungary has signed a security agreement with Ukraine.')).toEqual(['HU signed null']);
  });
  it('"concluded 28 of them" is a count, not the main partner\'s signing', () => {
    const text = 'Switzerland weighs its neutrality. Switzerland has no bilateral security agreement with Ukraine. A year after the first security agreement was signed, Ukraine has concluded 28 of them. Switzerland is still debating.';
    expect(got(text)).toEqual([]);
  });
  it('"came days after the agreements with A, B and C" tells those were signed', () => {
    expect(got(lead + 'The Oslo stop came days after the agreements with Latvia, Estonia and Lithuania.')).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
    // distractor: another kind of agreement, or talks
    expect(got(lead + 'The Oslo stop came days after the trade agreements with Latvia and Estonia.')).toEqual([]);
    expect(got(lead + 'The Oslo stop came days after the talks with Latvia and Estonia.')).toEqual([]);
  });
  it('"all G7 member states" stands for the seven', () => {
    expect(got(lead + 'Ukraine signed security agreements with all G7 member states.')).toEqual(['CA signed null', 'DE signed null', 'FR signed null', 'GB signed null', 'IT signed null', 'JP signed null', 'US signed null']);
    expect(got(lead + 'Ukraine signed security agreements with more than 20 member states.')).toEqual([]);
  });
});

describe('talks and plans in interview and agency English', () => {
  it('"the signing … is scheduled for Thursday" is a plan for that day; a scheduled vote or another deal is not', () => {
    expect(got(lead + 'The signing of the bilateral security agreement with Bulgaria is scheduled for Thursday.')).toEqual(['BG planned 2024-06-13']);
    expect(got(lead + 'The signing of the minerals deal with the United States is scheduled for Thursday.')).toEqual([]);
    expect(got(lead + 'The vote on the security agreement with Bulgaria is scheduled for Thursday.')).toEqual([]);
  });

  it('"the negotiations with it are not conducted" are no talks', () => {
    expect(got(lead + 'Hungary refused to sign the security agreement, and the negotiations with it are currently not conducted.')).toEqual(['HU refused null']);
    expect(got(lead + 'The negotiations with Hungary on the security agreement are currently conducted by the foreign ministry.')).toEqual(['HU negotiating null']);
  });
  it('"With X the talks are active" and "With X we are at the final stage"', () => {
    expect(got(lead + 'With Moldova and Georgia the talks are active.')).toEqual(['GE negotiating null', 'MD negotiating null']);
    expect(got(lead + 'With Austria we are also at the final stage.')).toEqual(['AT negotiating null']);
    expect(got(lead + 'With Austria we are also at the final stage of the football cup.')).toEqual([]);
  });
  it('"the signing of the agreement with X is foreseen" and "its signing is expected in April" are plans', () => {
    expect(got(lead + 'Then the president will go to Athens, where the signing of the agreement with Greece is foreseen.')).toEqual(['GR planned null']);
    expect(got(lead + 'Negotiations on the security agreement with Croatia are at the final stage, and its signing is expected in April.')).toEqual(['HR negotiating null', 'HR planned null']);
    // distractor: a past expectation is no plan
    expect(got(lead + 'Negotiations on the security agreement with Croatia were long, and its signing was expected in April.')).not.toContain('HR planned null');
  });
  it('a relative clause between the agreement and its verb still leaves the verb its agreement', () => {
    expect(got(lead + 'The agreement with Croatia, which had also been expected at the summit, is still being finalised.')).toEqual(['HR negotiating null']);
    expect(got(lead + 'The minister from Croatia, who had also been expected at the summit, is still being treated in hospital.')).toEqual([]);
  });
});
