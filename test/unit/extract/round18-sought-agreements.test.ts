import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const at = (text: string): string[] => summary(extract(text, '2024-04-20'));

describe('an agreement sought with a partner is talks, not a signing', () => {
  it('"is seeking a … agreement with"', () => {
    expect(at('Ukraine is seeking a ten-year security agreement with Canada, officials in Kyiv said.')).toEqual(['CA negotiating null']);
  });

  it('"sought one with": a pronoun for the agreement the sentence before named', () => {
    expect(at('Kyiv signed bilateral security agreements with Berlin and Paris in February. It then sought one with Spain.')).toEqual(['DE signed null', 'ES negotiating null', 'FR signed null']);
  });

  it('"seeks" with the partner as subject and the hub after "with"', () => {
    expect(at('Moldova seeks a similar security agreement with Ukraine.')).toEqual(['MD negotiating null']);
  });

  it('distractors: a search denied, and something else sought', () => {
    expect(at('Ukraine is not seeking a bilateral security agreement with Hungary.')).toEqual([]);
    expect(at('Ukraine is seeking more air-defence systems with help from Germany.')).toEqual([]);
  });
});

describe('"and" with an auxiliary after a verb and its agreement opens a second verb phrase with parties of its own', () => {
  it('signings, then an agreement sought', () => {
    expect(at('Zelensky has now signed security agreements with Britain and Germany and is seeking one with Japan.')).toEqual(['DE signed null', 'GB signed null', 'JP negotiating null']);
  });

  it('signings, then talks on one more', () => {
    expect(at('Ukraine has concluded bilateral security agreements with France and Italy and is still negotiating one with the Netherlands.')).toEqual(['FR signed null', 'IT signed null', 'NL negotiating null']);
  });

  it('a past perfect, then talks in the past', () => {
    expect(at('By then Kyiv had concluded a security pact with Denmark and was negotiating one with Sweden.')).toEqual(['DK signed null', 'SE negotiating null']);
  });

  it('distractor: one verb phrase, its parties joined by "and"', () => {
    expect(at('Ukraine has signed bilateral security agreements with France and Italy.')).toEqual(['FR signed null', 'IT signed null']);
  });
});
