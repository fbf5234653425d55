import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Ukraine signed a bilateral security agreement with the Netherlands on Friday.\n\n';

// "work on pacts with Italy and Canada is well advanced, and both are expected to be signed ...": "both" opening a
// clause of a plan or a passive counts the partners named before it, even when talks hold them already
describe('"both are expected to be signed" after partners in talks', () => {
  it('plans a signing for each partner the clause before named', () => {
    expect(summary(extract(`${LEAD}Officials say talks on similar pacts with Spain and Portugal are nearly done, and both are expected to be signed next month.`, '2024-04-20'))).toEqual(['ES negotiating null', 'ES planned null', 'NL signed 2024-04-19', 'PT negotiating null', 'PT planned null']);
    expect(summary(extract(`${LEAD}Work on security pacts with Sweden and Norway is well advanced, and both are set to be signed in June.`, '2024-04-20'))).toEqual(['NL signed 2024-04-19', 'NO negotiating null', 'NO planned null', 'SE negotiating null', 'SE planned null']);
    expect(summary(extract(`${LEAD}Kyiv is negotiating security agreements with Belgium and Spain, and both will be signed by the summer, a minister said.`, '2024-04-20'))).toEqual(['BE negotiating null', 'BE planned null', 'ES negotiating null', 'ES planned null', 'NL signed 2024-04-19']);
  });

  it('distractor: three partners before it are not "both"', () => {
    expect(summary(extract(`${LEAD}Talks on similar pacts with Spain, Portugal and Belgium are nearly done, and both are expected to be signed next month.`, '2024-04-20'))).toEqual(['BE negotiating null', 'ES negotiating null', 'NL signed 2024-04-19', 'PT negotiating null']);
  });
});
