import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "The agreements with X and Y are ready or almost ready, and we plan to sign them on 18 July": an "or" that only
// hedges the state just given ("ready or nearly ready") is no second predicate; the plan joined by "and" is the
// subject's, as it is after a plain "are ready, and ...".

describe('"are ready or almost ready, and we plan to sign them": a restated state does not cut the plan off', () => {
  const LEAD = 'Zelensky spoke about the bilateral security agreements. ';
  it('the same state word after "or", with or without a word of degree', () => {
    expect(summary(extract(`${LEAD}The agreements with Greece and Ireland are ready or nearly ready, and we intend to sign them next week.`, '2024-06-20'))).toEqual(['GR planned null', 'IE planned null']);
    expect(summary(extract(`${LEAD}The agreements with Spain and Portugal are final or nearly final, and we will sign them on Monday.`, '2024-05-23'))).toEqual(['ES planned 2024-05-27', 'PT planned 2024-05-27']);
    expect(summary(extract('Ukraine\'s bilateral security agreements keep coming. The security agreement with Belgium is ready or practically ready, and Zelensky will sign it in Brussels on Tuesday.', '2024-05-26'))).toEqual(['BE planned 2024-05-28']);
  });
  it('distractor: an "or" that gives another state is still a break', () => {
    expect(summary(extract(`${LEAD}The agreements with Greece and Ireland are ready or being checked by lawyers, and we plan to sign them on Monday.`, '2024-06-20'))).toEqual(['GR negotiating null', 'IE negotiating null']);
  });
});
