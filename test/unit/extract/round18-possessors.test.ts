import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "He signed Canada's ten-year security agreement": the owner of an agreement is its party, whatever words
// describe the agreement before its noun (a duration, "landmark", "first").
describe("a possessor before a described agreement is its party", () => {
  it('reads "Canada\'s ten-year security agreement" after a pronoun subject', () => {
    expect(summary(extract("A year ago he signed Canada's ten-year security agreement with Ukraine in Kyiv.", '2025-02-24'))).toEqual(['CA signed null']);
  });

  it('reads "10-year" and "landmark"', () => {
    expect(summary(extract("She put her name to Italy's landmark 10-year security agreement with Ukraine on Saturday.", '2024-02-26'))).toEqual(['IT signed 2024-02-24']);
  });

  it('reads "first" before the agreement', () => {
    expect(summary(extract("They signed Britain's first bilateral security agreement with Ukraine in January.", '2024-03-01'))).toEqual(['GB signed null']);
  });

  it("distractor: a possessive before something else stays a modifier", () => {
    expect(summary(extract("He praised Canada's ten-year record of training Ukrainian soldiers after signing a bilateral security agreement with Kyiv.", '2024-02-25'))).toEqual([]);
  });
});

describe('coordinated possessors share their role', () => {
  it('reads "Hungary\'s and Slovakia\'s, refused to sign"', () => {
    expect(summary(extract("Two EU governments, Hungary's and Slovakia's, refused to sign a security agreement with Ukraine.", '2025-11-25'))).toEqual(['HU refused null', 'SK refused null']);
  });

  it("reads them before a leader noun too", () => {
    expect(summary(extract("Belgium's and Portugal's prime ministers signed bilateral security agreements with Ukraine in Brussels.", '2024-05-29'))).toEqual(['BE signed null', 'PT signed null']);
  });

  it("distractor: coordinated possessors of something else are no parties", () => {
    expect(summary(extract("Hungary's and Slovakia's objections delayed the EU aid package, while Belgium signed a bilateral security agreement with Ukraine.", '2024-05-29'))).toEqual(['BE signed null']);
  });
});

// "two EU governments, Hungary and Slovakia": "EU" before the noun of its members names their kind, not the bloc.
describe('the EU before a noun of its members is no party', () => {
  it('reads "Only two EU governments, Hungary and Slovakia, refused"', () => {
    expect(summary(extract('Only two EU governments, Hungary and Slovakia, refused to sign security agreements with Kyiv.', '2025-01-10'))).toEqual(['HU refused null', 'SK refused null']);
  });

  it('reads "EU member states such as X" without the EU', () => {
    expect(summary(extract('Only a few EU member states, among them Austria, have not signed security agreements with Ukraine, while Greece signed one on Thursday.', '2024-07-12'))).toEqual(['GR signed 2024-07-11']);
  });

  it('distractor: "EU leaders signed" is the bloc signing', () => {
    expect(summary(extract('EU leaders signed the joint security commitments with Ukraine on Thursday.', '2024-06-28'))).toEqual(['EU signed 2024-06-27']);
  });
});
