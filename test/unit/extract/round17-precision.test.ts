import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('a party said not to be among the signers takes nothing from the set\'s relative clause', () => {
  it('named before "not among", or through a pronoun after it', () => {
    const head = 'Poland and Ukraine are negotiating a bilateral security agreement.';
    expect(summary(extract(`${head} Poland has been Ukraine's loudest supporter, yet it is not among the dozen or so countries that have already concluded a security agreement with Kyiv.`, '2024-04-20'))).toEqual(['PL negotiating null']);
    expect(summary(extract(`${head} Warsaw, for all its support, is still not one of the states which have signed such a security agreement with Kyiv.`, '2024-04-20'))).toEqual(['PL negotiating null']);
  });

  it('a party inside the relative clause still signed', () => {
    expect(summary(extract('Hungary is not among the countries that, like Britain, have signed security agreements with Ukraine.', '2024-04-20'))).toEqual(['GB signed null']);
  });
});

describe('"sat down / met with the other side to sign": the meeting\'s tense', () => {
  it('past meeting, signing done; future meeting, a plan', () => {
    expect(summary(extract("Greece's prime minister sat down with Zelensky in Brussels on Thursday to sign the two countries' security agreement.", '2024-10-18'))).toEqual(['GR signed 2024-10-17']);
    expect(summary(extract('Tusk met Zelensky in Warsaw on Monday to sign the security agreement with Ukraine.', '2024-07-09'))).toEqual(['PL signed 2024-07-08']);
    expect(summary(extract('Tusk will meet Zelensky in Warsaw on Monday to sign the security agreement with Ukraine.', '2024-07-05'))).toEqual(['PL planned 2024-07-08']);
  });

  it('distractor: met to discuss it', () => {
    expect(summary(extract('Tusk met Zelensky in Warsaw on Monday to discuss the security agreement with Ukraine.', '2024-07-09'))).toEqual(['PL negotiating 2024-07-08']);
  });
});

describe('a headline\'s items separated by commas are clauses of their own', () => {
  it('the leader met in one item does not take the signing of the next', () => {
    expect(summary(extract('Zelensky meets Biden, Romania signs security pact with Ukraine', '2024-07-11'))).toEqual(['RO signed null']);
    expect(summary(extract('Zelensky visits Oslo, Denmark signs security agreement with Ukraine', '2024-02-23'))).toEqual(['DK signed null']);
  });

  it('a list of subjects before one verb is still one clause', () => {
    expect(summary(extract('Britain, Germany and France signed security agreements with Ukraine.', '2024-02-20'))).toEqual(['DE signed null', 'FR signed null', 'GB signed null']);
  });
});

describe('"no such document is being discussed": a negated passive subject', () => {
  it('no talks', () => {
    expect(summary(extract('Austria has not signed a security agreement with Ukraine, and the ministry says no such document is currently being discussed.', '2024-07-11'))).toEqual([]);
    expect(summary(extract('No security agreement between Austria and Ukraine is being discussed, the ministry said.', '2024-07-11'))).toEqual([]);
  });

  it('distractor: "no doubt" before a passive whose subject is not negated', () => {
    expect(summary(extract('There is no doubt that a security agreement between Poland and Ukraine is being discussed.', '2024-07-01'))).toEqual(['PL negotiating null']);
  });
});

describe('the subject of a relative clause hosting the gathering is its host, not a party', () => {
  it('"the meeting that Britain\'s prime minister Keir Starmer is hosting"', () => {
    expect(summary(extract("Petr Fiala will sign a ten-year Czech-Ukrainian security agreement on Thursday, at the meeting that Britain's new prime minister Keir Starmer is hosting at Blenheim Palace.", '2024-07-16'))).toEqual(['CZ planned 2024-07-18']);
    expect(summary(extract('At the same gathering, which Keir Starmer hosted near Oxford, Slovenian premier Robert Golob signed a security agreement with Ukraine.', '2024-07-19'))).toEqual(['SI signed null']);
  });

  it('a host that signs in its own clause keeps its signing', () => {
    expect(summary(extract('Britain signed a security agreement with Ukraine at the meeting that it hosted in London.', '2024-07-19'))).toEqual(['GB signed null']);
  });
});

describe('"membership negotiations" are talks on something else', () => {
  it('like "accession talks"', () => {
    expect(summary(extract('On Tuesday in Luxembourg, membership negotiations with Kyiv and Chișinău got formally under way.', '2024-06-26'))).toEqual([]);
    expect(summary(extract('Membership negotiations with Ukraine and Moldova opened, while a security agreement between Ukraine and Estonia is being negotiated.', '2024-06-26'))).toEqual(['EE negotiating null']);
  });
});

describe('a relative clause after the signing, with no cue of its own, does not date it', () => {
  it('"…, who flew to London on Friday", "…, which takes effect on Friday"', () => {
    expect(summary(extract('Fiala signed a security agreement with Volodymyr Zelensky, who flew to London on Friday.', '2024-07-19'))).toEqual(['CZ signed null']);
    expect(summary(extract('Fiala signed a security agreement with Zelensky, which takes effect on Friday.', '2024-07-19'))).toEqual(['CZ signed null']);
  });

  it('a relative clause that tells the signing keeps its date', () => {
    expect(summary(extract('The security agreement between Czechia and Ukraine, which Fiala signed on Thursday, takes effect at once.', '2024-07-19'))).toEqual(['CZ signed 2024-07-18']);
  });
});
