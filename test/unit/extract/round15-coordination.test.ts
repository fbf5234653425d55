import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-02-20';

describe('one subject, two coordinated predicates, each with its own "with" partners', () => {
  it('a signing with some and talks with others: each list keeps its own predicate', () => {
    expect(summary(extract('Ukraine has so far concluded security pacts with Britain, Germany and France, and is in talks with the United States, Italy and Canada.', P))).toEqual([
      'CA negotiating null', 'DE signed null', 'FR signed null', 'GB signed null', 'IT negotiating null', 'US negotiating null',
    ]);
    expect(summary(extract('Kyiv has signed bilateral security agreements with London and Berlin, and is still negotiating with Rome and Ottawa.', P))).toEqual([
      'CA negotiating null', 'DE signed null', 'GB signed null', 'IT negotiating null',
    ]);
    expect(summary(extract('Ukraine concluded a security agreement with Denmark, and negotiations are under way with Norway.', P))).toEqual(['DK signed null', 'NO negotiating null']);
  });

  it('a party after "with" is the object of the first predicate, not the subject of the talks after "and"', () => {
    expect(summary(extract('Ukraine has concluded security pacts with Britain and is negotiating with Italy.', P))).toEqual(['GB signed null', 'IT negotiating null']);
    expect(summary(extract('Kyiv signed a security agreement with Germany and France and is now negotiating with Canada.', P))).toEqual(['CA negotiating null', 'DE signed null', 'FR signed null']);
    // a subject before the talks still takes them
    expect(summary(extract('Ukraine signed a security agreement with Britain, and Italy and Canada are still negotiating theirs.', P))).toEqual(['CA negotiating null', 'GB signed null', 'IT negotiating null']);
  });

  it('distractors: talks on another matter, talks of two other states', () => {
    expect(summary(extract('Ukraine signed a security pact with Britain, while talks with Hungary on gas transit are stalled.', P))).toEqual(['GB signed null']);
    expect(summary(extract('Ukraine signed a security pact with Britain, and Poland is in talks with Germany on tanks.', P))).toEqual(['GB signed null']);
  });
});

describe('"on a day when ..." opens a clause of its own', () => {
  it('the subject of the time clause does not take the signing before it', () => {
    expect(summary(extract("President Gitanas Nausėda will sign a bilateral security agreement with Ukraine's Volodymyr Zelensky on Thursday in Brussels, on a day when EU leaders also convene, his office said on Wednesday.", '2024-06-26'))).toEqual(['LT planned 2024-06-27']);
    expect(summary(extract('Poland signed a security agreement with Ukraine on Monday, the week when NATO leaders meet in Washington.', '2024-07-09'))).toEqual(['PL signed 2024-07-08']);
  });

  it('a party before "when" still signs; "when" after no time noun is left as it was', () => {
    expect(summary(extract('Ukraine and Romania signed a security agreement at the moment when the NATO summit opened.', '2024-07-12'))).toEqual(['RO signed null']);
  });
});

describe('"the Grand Duchy" stands for Luxembourg where a party stands', () => {
  it('as the subject of a signing; not as a place of something else', () => {
    expect(summary(extract('The Grand Duchy signed a security agreement with Ukraine on July 10.', '2024-07-20'))).toEqual(['LU signed 2024-07-10']);
    expect(summary(extract('Life in the Grand Duchy is calm, while Ukraine signed a security agreement with Poland.', '2024-07-20'))).toEqual(['PL signed null']);
  });
});

describe('", and <party> <leader> <verb>" after a clause with its own verb starts a new clause', () => {
  it('a leader named by title and name, or after a possessive, is the subject of the next verb, not a co-signer', () => {
    expect(summary(extract('Italian Prime Minister Giorgia Meloni signed a security agreement with Zelensky in Kyiv, and Belgian Prime Minister Alexander De Croo also came to Kyiv for the anniversary.', '2024-02-24'))).toEqual(['IT signed null']);
    expect(summary(extract("Meloni signed a security agreement with Zelensky in Kyiv, and Belgium's Alexander De Croo attended the ceremony.", '2024-02-24'))).toEqual(['IT signed null']);
    expect(summary(extract('Meloni signed a security agreement with Zelensky in Kyiv, and the Belgian prime minister was also present.', '2024-02-24'))).toEqual(['IT signed null']);
  });

  it('a serial list and a second signer still read as before', () => {
    expect(summary(extract('Zelensky signed security agreements with Britain, Germany, and France in the first weeks of 2024.', '2024-02-24'))).toEqual(['DE signed null', 'FR signed null', 'GB signed null']);
    expect(summary(extract('Meloni signed a security agreement with Zelensky in Kyiv, and Canadian Prime Minister Justin Trudeau signed another.', '2024-02-24'))).toEqual(['CA signed null', 'IT signed null']);
  });

  it('a capital is the subject of "made clear" as of "said"', () => {
    expect(summary(extract('Ukraine has signed security agreements with many partners. Budapest made clear it would not sign any such document.', '2024-09-01'))).toEqual(['HU refused null']);
  });
});

describe('"following London, Berlin and Paris": capitals in order are the earlier signers', () => {
  it('a list of capitals after "following" or "after" names states, each with a signing of its own', () => {
    expect(summary(extract('Ukraine signed a security agreement with Romania on Thursday, following London, Berlin, Paris, Copenhagen, Rome and Ottawa.', '2024-07-12'))).toEqual([
      'CA signed null', 'DE signed null', 'DK signed null', 'FR signed null', 'GB signed null', 'IT signed null', 'RO signed 2024-07-11',
    ]);
    expect(summary(extract('Romania signed a security agreement with Ukraine, after Berlin and Paris.', '2024-07-12'))).toEqual(['DE signed null', 'FR signed null', 'RO signed null']);
  });

  it('distractors: one capital after "after" is a stop on a trip; places with no signing', () => {
    expect(summary(extract('After Berlin, Zelensky flew to Paris, where he signed a security agreement with France.', '2024-02-17'))).toEqual(['FR signed null']);
    expect(summary(extract('Following Brussels and Lisbon, Zelensky went home.', '2024-05-29'))).toEqual([]);
  });
});
