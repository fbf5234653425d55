import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "in Dubrovnik, Croatia" is a place in apposition ("in Oxford, UK"), except where the country stands right before
// the clause's verb: "Last week in Dubrovnik, Croatia signed …" opens with a place and then names the subject.
describe('a country after "in City," is the subject when its verb follows', () => {
  it('reads "Last week in Dubrovnik, Croatia signed …"', () => {
    expect(summary(extract('Last week in Dubrovnik, Croatia signed a comparable security agreement with Kyiv.', '2024-10-15'))).toEqual(['HR signed null']);
  });

  it('reads it with an adverb before the verb', () => {
    expect(summary(extract('At the Nordic summit in Stockholm, Norway also signed a bilateral security agreement with Ukraine.', '2024-06-02'))).toEqual(['NO signed null']);
  });

  it('reads a future', () => {
    expect(summary(extract('On the sidelines of the summit in Washington, Greece will sign a bilateral security agreement with Ukraine.', '2024-07-09'))).toEqual(['GR planned null']);
  });

  it('distractor: a country in apposition to a place with no verb after it stays a place', () => {
    expect(summary(extract('Zelensky and Fiala signed the bilateral security agreement at Blenheim Palace in Woodstock, UK, on Thursday.', '2024-07-19'))).toEqual(['CZ signed 2024-07-18']);
  });

  it('distractor: a copula after the country leaves it the place of the event', () => {
    expect(summary(extract('The summit in Stockholm, Sweden was where Norway signed its security agreement with Ukraine.', '2024-06-02'))).toEqual(['NO signed null']);
  });
});
