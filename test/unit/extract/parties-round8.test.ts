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
