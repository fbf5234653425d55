import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// One block per phenomenon of news English that the extractor must read in general. Sentences written
// for these tests; none is taken from a corpus.
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));

describe('signing idioms, participles and passives', () => {
  it.each([
    ['Austrian Chancellor Karl Nehammer put pen to paper on a ten-year security agreement with Ukraine.', 'AT signed null'],
    ['The Maltese and Ukrainian leaders each put their names to a bilateral security agreement.', 'MT signed null'],
    ['Portugal sealed a decade-long security pact with Ukraine.', 'PT signed null'],
    ['Ukraine sealed a ten-year bilateral security accord with Greece.', 'GR signed null'],
    ['Belgium added its signature to a bilateral security agreement with Ukraine.', 'BE signed null'],
    ['Croatia will put pen to paper on a security agreement with Ukraine.', 'HR planned null'],
  ])('%s → %s', (text, expected) => {
    expect(got(text)).toEqual([expected]);
  });

  it('a comparable pact inked hours earlier is the same kind', () => {
    expect(got('Ukraine signed a security agreement with Spain on Monday, hours after Zelensky had inked a comparable pact with Belgium.', '2024-05-29')).toEqual([
      'BE signed 2024-05-27',
      'ES signed 2024-05-27',
    ]);
  });

  it("a possessive agreement with a participle is that party's signing", () => {
    const text = 'Ukraine now has security agreements with most of Europe. Norway\u2019s agreement, signed in Stockholm on 31 May, runs for ten years.';
    expect(got(text, '2024-06-20')).toContain('NO signed 2024-05-31');
  });
});

describe('parties named by a leader, a title or a possessive', () => {
  it('a leader stands for the state', () => {
    expect(got('President Joe Biden and Volodymyr Zelensky signed a bilateral security agreement on Thursday.', '2024-06-14')).toEqual(['US signed 2024-06-13']);
    expect(got('Prime Minister Dick Schoof will sign a security agreement with Ukraine next month.')).toEqual(['NL planned null']);
  });

  it('a title that belongs to one country', () => {
    expect(got('The Taoiseach and President Zelensky signed an agreement on support for Ukraine and cooperation.')).toEqual(['IE signed null']);
  });

  it('a possessive signature is a signing', () => {
    expect(got("With Estonia's signature in Brussels, the security agreements of Ukraine now cover the whole Baltic region.")).toEqual(['EE signed null']);
  });

  it('a person the gazetteer knows is not a party when only visited', () => {
    expect(got('Zelensky met Macron in Paris to discuss air defence.')).toEqual([]);
  });
});

describe('capitals as the state when they are the subject', () => {
  const lead = 'London and Kyiv signed the first bilateral security agreement on 12 January. ';
  it('capitals opening a clause and followed by its verb', () => {
    expect(got(lead + 'Madrid and Lisbon followed on 28 May, while Oslo added its signature on 31 May.', '2024-06-10')).toEqual([
      'ES signed 2024-05-28',
      'GB signed 2024-01-12',
      'NO signed 2024-05-31',
      'PT signed 2024-05-28',
    ]);
  });

  it('an objectless signing refers back to the agreement just named', () => {
    expect(got(lead + 'Warsaw had signed in Kyiv two days earlier.', '2024-02-01')).toEqual(['GB signed 2024-01-12', 'PL signed 2024-01-10']);
  });

  it('never a capital that is the place of signing', () => {
    expect(got('Iceland and Ukraine signed a bilateral security agreement in Stockholm on Friday.', '2024-06-01')).toEqual(['IS signed 2024-05-31']);
  });

  it('a capital with no verb after it stays a name of a place', () => {
    expect(got(lead + 'Paris talks on the budget ended without a result.', '2024-02-01')).toEqual(['GB signed 2024-01-12']);
  });
});

describe('group names', () => {
  it('a group with a count equal to its size expands', () => {
    expect(got('All three Benelux countries now have security agreements with Ukraine.')).toEqual(['BE signed null', 'LU signed null', 'NL signed null']);
  });

  it('a count smaller than the group takes the members named nearby', () => {
    const text = 'Ukraine signed security agreements with two Nordic countries on Friday. Danish and Finnish leaders put their names to the documents in Kyiv.';
    expect(got(text, '2024-06-01')).toEqual(['DK signed 2024-05-31', 'FI signed 2024-05-31']);
  });

  it('a count smaller than the group with no members named gives nothing', () => {
    expect(got('Ukraine signed security agreements with two Nordic countries on Friday.', '2024-06-01')).toEqual([]);
  });
});

describe('false parties from datelines and nouns', () => {
  it('a dateline is where the story was filed', () => {
    expect(got('SEVILLE, Spain (Example Wire) - Prime Minister Petteri Orpo and Volodymyr Zelensky signed a bilateral security agreement.')).toEqual(['FI signed null']);
    expect(got('OSLO \u2014 Zelensky and the Dutch prime minister signed a ten-year security agreement on Monday.', '2024-06-12')).toEqual(['NL signed 2024-06-10']);
  });

  it('"EU members" is not the EU', () => {
    expect(got('Hungary has refused to sign a security agreement with Ukraine of the kind signed by nearly all other EU members.')).toEqual(['HU refused null']);
  });

  it('a following time clause keeps its own parties', () => {
    expect(got('Greece and Ukraine signed a security agreement on Thursday, shortly before EU leaders met in the Belgian capital.', '2024-10-18')).toEqual(['GR signed 2024-10-17']);
  });

  it('a critic of an agreement is not its signer', () => {
    expect(got('Russia dismissed the bilateral security agreement that Ukraine signed with Norway.')).toEqual(['NO signed null']);
    expect(got('Moscow has condemned the security agreements signed by Ukraine with Western states.')).toEqual([]);
  });

  it('"in southern Italy" is a place', () => {
    expect(got('Canada and Ukraine signed a bilateral security agreement at a resort in southern Italy.')).toEqual(['CA signed null']);
  });
});

describe('plans, negotiations, refusals, ratifications', () => {
  it('a plan to host a leader in order to sign', () => {
    const text = 'Zelensky travels to Germany this week. Chancellor Olaf Scholz plans to welcome him in Berlin on Friday to sign a bilateral security agreement.';
    expect(got(text, '2024-02-14')).toEqual(['DE planned 2024-02-16']);
  });

  it('working on the text, consultations, drafting', () => {
    expect(got('Portugal and Ukraine are working on the text of a bilateral security agreement.')).toEqual(['PT negotiating null']);
    expect(got('Slovenia has opened consultations with Ukraine on a bilateral security agreement, the foreign minister said on Monday.')).toEqual(['SI negotiating null']);
  });

  it('talks in a clause with no party are those of the sentence', () => {
    expect(got('The security agreement between Croatia and Ukraine will not be signed this week, since work on the final text is still under way.')).toEqual(['HR negotiating null']);
  });

  it('a flat refusal and a negated plan', () => {
    expect(got('Austria will not sign a bilateral security agreement with Ukraine, the chancellor said.')).toEqual(['AT refused null']);
    expect(got('"Hungary is not going to sign any security agreement with Ukraine," a government spokesman said.')).toEqual(['HU refused null']);
    expect(got('Slovakia has ruled out a bilateral security agreement with Ukraine.')).toEqual(['SK refused null']);
    expect(got('Latvia will not sign the security agreement with Ukraine at the summit.')).toEqual([]);
  });

  it('lawmakers voting to ratify', () => {
    expect(got('Lithuanian lawmakers voted on Tuesday to ratify the security agreement with Ukraine.', '2024-10-10')).toEqual(['LT ratified 2024-10-08']);
  });

  it('the first country to provide guarantees has signed', () => {
    expect(got('Ukraine has signed bilateral security agreements with several partners. Britain became the first state to give Ukraine security guarantees of this kind.')).toEqual(['GB signed null']);
  });

  it('a conditional sentence plans nothing', () => {
    expect(got('Bulgaria discussed the security agreement with Ukraine. If parliament agrees, the bill would oblige the prime minister to sign the agreement.')).toEqual([
      'BG negotiating null',
    ]);
  });
});

describe('dates by reference and statement dates', () => {
  it('"the same day" and "two weeks later" count from the date given before', () => {
    const text = 'Ukraine and Italy will sign a bilateral security agreement in Rome on Friday. Canada plans to sign a similar agreement the same day.';
    expect(got(text, '2024-02-21')).toEqual(['CA planned 2024-02-23', 'IT planned 2024-02-23']);
    expect(got('Japan signed its security agreement with Ukraine on June 13, 2024, and Estonia signed its own two weeks later.', '2024-08-01')).toEqual([
      'EE signed 2024-06-27',
      'JP signed 2024-06-13',
    ]);
  });

  it('a statement date is not the date of talks or of a plan', () => {
    expect(got('Ukraine and Romania are negotiating a bilateral security agreement, the Romanian foreign ministry said on Tuesday.', '2024-06-12')).toEqual(['RO negotiating null']);
    expect(got('Greece plans to sign a security agreement with Ukraine before the end of the year, officials said on Monday.')).toEqual(['GR planned null']);
  });

  it('a list that does not enclose the date takes it', () => {
    expect(got('Read also: Denmark, Finland and Iceland to sign security pacts with Ukraine on Friday', '2024-05-29')).toEqual([
      'DK planned 2024-05-31',
      'FI planned 2024-05-31',
      'IS planned 2024-05-31',
    ]);
  });

  it("the headline's parties share the day the body gives one of them", () => {
    const body = 'Prime Minister Mette Frederiksen and President Zelensky signed a bilateral security agreement in Lviv on Friday. The Dutch prime minister also signed an agreement on security cooperation with Ukraine.';
    expect(got(body, '2024-02-24', 'Denmark and the Netherlands sign security deals with Ukraine')).toEqual(['DK signed 2024-02-23', 'NL signed 2024-02-23']);
  });
});

describe('headline against body', () => {
  it('a body that still plans the signing for a later day wins over a headline "signs"', () => {
    expect(got('Norway and Ukraine will sign a bilateral security agreement tomorrow, the government said.', '2024-05-30', 'Norway signs security agreement with Ukraine')).toEqual([
      'NO planned 2024-05-31',
    ]);
  });

  it('a headline "signs" stands when the body agrees', () => {
    expect(got('The agreement was signed in Kyiv on Thursday.', '2024-06-14', 'Norway signs security agreement with Ukraine')).toEqual(['NO signed 2024-06-13']);
  });
});
