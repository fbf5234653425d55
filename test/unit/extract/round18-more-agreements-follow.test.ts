import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "talks with Italy and Canada were well advanced, and more agreements could follow": the subject of "follow" is
// agreements beyond the ones told, of parties not named; the countries in the sentence are not said to sign.
const LEAD = 'Zelenskyy will travel to Berlin on Friday to sign a bilateral security agreement with Germany. ';

describe('"more agreements could follow" names no signer', () => {
  it('reads "more agreements could follow" after talks with two partners', () => {
    expect(summary(extract(LEAD + 'A Ukrainian official said talks with Italy and Canada were "well advanced," and that more agreements could follow within weeks.', '2024-02-15'))).toEqual(['CA negotiating null', 'DE planned 2024-02-16', 'IT negotiating null']);
  });

  it('reads "further deals could follow"', () => {
    expect(summary(extract(LEAD + 'An official said talks with Norway were going well and further deals could follow soon.', '2024-02-15'))).toEqual(['DE planned 2024-02-16']);
  });

  it('reads "other agreements could follow"', () => {
    expect(summary(extract(LEAD + 'Officials said talks with Oslo were going smoothly and other agreements could follow shortly.', '2024-02-15'))).toEqual(['DE planned 2024-02-16']);
  });

  it("distractor: a named party's agreement that could follow is a plan", () => {
    expect(summary(extract(LEAD + "Officials said talks with Norway were going well and Oslo's agreement could follow within weeks.", '2024-02-15'))).toEqual(['DE planned 2024-02-16', 'NO planned null']);
  });
});
