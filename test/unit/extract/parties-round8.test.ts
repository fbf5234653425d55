import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/** A first sentence that makes the article about the tracked agreements (so "its agreement" refers to one). */
const LEAD = 'Ukraine is negotiating bilateral security agreements with its partners. ';

describe('round 8: earlier signers after "after" / "following"', () => {
  it('a bare list after a signing names the countries that signed before, undated', () => {
    expect(summary(extract(`${LEAD}Portugal became the ninth state to sign such a pact on Tuesday, after Norway, Greece and the Czech Republic.`))).toEqual([
      'CZ signed null',
      'GR signed null',
      'NO signed null',
      'PT signed 2024-06-11',
    ]);
    expect(summary(extract(`${LEAD}Sweden signed its agreement, following Austria and Belgium.`))).toEqual(['AT signed null', 'BE signed null', 'SE signed null']);
  });

  it('a list that is not bare is about something else', () => {
    expect(summary(extract(`${LEAD}Portugal signed its agreement on Tuesday, after Norway and Greece pledged new air defence systems.`))).toEqual(['PT signed 2024-06-11']);
    expect(summary(extract(`${LEAD}Portugal signed its agreement on Tuesday, after talks in Oslo.`))).toEqual(['PT signed 2024-06-11']);
    expect(extract('The Czech Republic delivered shells to Ukraine, after Norway and Greece.')).toEqual([]);
  });
});

describe('round 8: leaders named after a possessive', () => {
  it('an unknown leader after a possessive lets the state act', () => {
    expect(summary(extract(`${LEAD}Zelensky signed bilateral agreements with Latvia's Anna Berzina and Finland's Mikko Virtanen on Thursday.`))).toEqual([
      'FI signed 2024-06-06',
      'LV signed 2024-06-06',
    ]);
  });

  it('a person named for another reason, or a possessive name with its own noun, gives nothing', () => {
    expect(extract(`${LEAD}Poland's Tomasz Nowak attended the summit on Friday.`)).toEqual([]);
    expect(extract(`${LEAD}Britain's Royal Navy fleet will sign a memorandum.`)).toEqual([]);
  });
});

describe('round 8: adjectives before a country', () => {
  it('"Neighbouring X" opening a sentence is the state, not a first name', () => {
    expect(summary(extract(`${LEAD}Neighbouring Slovakia signed its agreement last week.`)).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['SK signed']);
  });

  it('"in neighbouring X" stays a place', () => {
    expect(summary(extract(`${LEAD}Norway signed its agreement at a meeting in neighbouring Sweden.`)).map((s) => s.split(' ')[0])).toEqual(['NO']);
  });
});

describe('round 8: lists', () => {
  it('a colon list with semicolons shares its statement', () => {
    expect(summary(extract(`${LEAD}Kyiv has by now signed such pacts with: Austria; Greece; the Netherlands; and Japan.`))).toEqual([
      'AT signed null',
      'GR signed null',
      'JP signed null',
      'NL signed null',
    ]);
  });

  it('a semicolon after a clause that is not a bare list still ends the statement', () => {
    expect(summary(extract(`${LEAD}Kyiv has signed its pact with Austria; Greece and Norway sent aid.`))).toEqual(['AT signed null']);
  });

  it('a misspelt "the Netherland" is still the Netherlands', () => {
    expect(summary(extract(`${LEAD}Kyiv has signed security agreements with Belgium, the Netherland and Norway.`))).toEqual(['BE signed null', 'NL signed null', 'NO signed null']);
  });

  it('a bare "the G7" in a list of parties expands to its members', () => {
    expect(summary(extract(`${LEAD}Kyiv has signed security agreements with the G7 and the Baltic states.`)).map((s) => s.split(' ')[0])).toEqual(['CA', 'DE', 'EE', 'FR', 'GB', 'IT', 'JP', 'LT', 'LV', 'US']);
  });

  it('"the G7" as a venue, or in a list of donors, names nobody', () => {
    expect(extract(`${LEAD}Zelensky signed the declaration at the G7, and Spain promised more help.`)).toEqual([]);
    expect(extract(`${LEAD}Aid came from the G7, Norway and Spain.`)).toEqual([]);
  });

  it('two leaders who "each signed" with the hub are two agreements, not one between them', () => {
    expect(summary(extract(`${LEAD}Chancellor Olaf Scholz and President Emmanuel Macron each signed a security agreement with him on Friday.`))).toEqual([
      'DE signed 2024-06-07',
      'FR signed 2024-06-07',
    ]);
    expect(extract('Chancellor Olaf Scholz and President Emmanuel Macron signed a defence agreement on Friday.')).toEqual([]);
  });
});

describe('round 8: capitals and possessives', () => {
  it('a capital opening a "that" clause is its subject; a capital after "in" stays a venue', () => {
    expect(summary(extract(`${LEAD}Officials said that Lisbon has begun talks on a similar security agreement with Kyiv.`))).toEqual(['PT negotiating null']);
    expect(summary(extract(`${LEAD}Officials said that talks in Lisbon have begun on a security agreement with Norway.`))).toEqual(['NO negotiating null']);
  });

  it('"X\'s own agreement" names X; "X\'s own budget" does not', () => {
    expect(summary(extract(`${LEAD}The prime minister signed Greece's own security agreement with Zelensky on Friday.`))).toEqual(['GR signed 2024-06-07']);
    expect(extract(`${LEAD}The prime minister signed Greece's own defence budget on Friday.`)).toEqual([]);
  });

  it('an "after" list closed by a semicolon', () => {
    expect(summary(extract(`${LEAD}Yesterday Finland became the third country to sign a security agreement with Ukraine, after Norway and Greece; two more are expected today.`))).toEqual([
      'FI signed 2024-06-11',
      'GR signed null',
      'NO signed null',
    ]);
  });
});

describe('round 8: signatures from', () => {
  it('capitals after "signatures from" are the signers, a list with "The Hague" included', () => {
    expect(summary(extract(`${LEAD}Since January, Kyiv has collected signatures from Oslo, Rome, The Hague and Riga.`))).toEqual([
      'IT signed null',
      'LV signed null',
      'NL signed null',
      'NO signed null',
    ]);
  });

  it('planned signatures, a trip from a capital, or a petition name nobody', () => {
    expect(extract(`${LEAD}Kyiv hopes to collect signatures from Oslo and Rome.`)).toEqual([]);
    expect(extract(`${LEAD}The delegation flew in from Oslo and Rome to collect signatures.`)).toEqual([]);
    expect(extract(`${LEAD}Kyiv gathered signatures from citizens in Oslo and Rome for a petition.`)).toEqual([]);
  });
});

describe('round 8: groups as frames and exceptions', () => {
  it('"all G7 members except X and Y" leaves X and Y out of the group (a relative clause still speaks of them)', () => {
    expect(summary(extract(`${LEAD}Ukraine now has security agreements with all G7 members except Japan and Canada, which are expected to sign on 13 June.`))).toEqual([
      'CA planned 2024-06-13',
      'DE signed null',
      'FR signed null',
      'GB signed null',
      'IT signed null',
      'JP planned 2024-06-13',
      'US signed null',
    ]);
    expect(summary(extract(`${LEAD}Ukraine has signed security agreements with all Nordic countries apart from Iceland.`))).toEqual([
      'DK signed null',
      'FI signed null',
      'NO signed null',
      'SE signed null',
    ]);
  });

  it('a group after "among" or "the first of" is the set picked from, not a party', () => {
    expect(summary(extract(`${LEAD}Among the Baltic states, only Estonia has signed so far.`))).toEqual(['EE signed null']);
    expect(summary(extract(`${LEAD}Estonia will become the first of the Baltic states to conclude such a document.`)).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['EE planned']);
  });

  it('"each of the Baltic states" is all of them', () => {
    expect(summary(extract(`${LEAD}Each of the Baltic states has signed such a document.`))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
  });
});

describe('round 8: ", and <country> has ..." opens a new clause', () => {
  it('a new subject after a clause with its own verb does not share that clause\'s parties', () => {
    expect(summary(extract(`${LEAD}Austria and Greece are both still working on their own agreements with Kyiv, according to diplomats in Vienna, and Japan has said it intends to conclude one soon.`))).toEqual([
      'AT negotiating null',
      'GR negotiating null',
      'JP planned null',
    ]);
  });

  it('a serial-comma list stays one list', () => {
    expect(summary(extract(`${LEAD}Officials say Austria, Greece, and Japan are expected to sign their agreements next week.`)).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['AT planned', 'GR planned', 'JP planned']);
  });
});

describe('round 8: co-signers "together with"', () => {
  it('countries signing alongside the speaker are not a pair agreeing with each other', () => {
    expect(summary(extract(`${LEAD}On Friday we will sign our agreement in Oslo, together with Greece and Austria.`))).toEqual(['AT planned 2024-06-14', 'GR planned 2024-06-14']);
  });

  it('two other countries signing their own pact together give nothing', () => {
    expect(extract(`${LEAD}Greece signed a defence agreement together with Austria.`)).toEqual([]);
  });
});
