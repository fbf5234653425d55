import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-07-03';

describe('a gapped subject: a name after a comma or "and" with only its own time repeats the verb before', () => {
  it('each subject takes its own time', () => {
    expect(summary(extract('Riga signed its security agreement with Ukraine on Monday, and Tallinn on Tuesday.', P))).toEqual(['EE signed 2024-07-02', 'LV signed 2024-07-01']);
    expect(summary(extract('Poland concluded a security pact with Ukraine in April, Lithuania in June.', P))).toEqual(['LT signed null', 'PL signed null']);
    expect(summary(extract('Romania signed a bilateral security agreement with Kyiv last week, and Bulgaria a day later.', P))).toContain('BG signed null');
  });

  it('an item dated by another party\'s day stays undated', () => {
    expect(summary(extract('Helsinki signed its security agreement with Ukraine in April, Oslo on the same day as Stockholm.', P))).toEqual(['FI signed null', 'NO signed null']);
  });

  it('distractors: a name followed by no time, the country of a place', () => {
    expect(summary(extract('Riga signed its security agreement with Ukraine on Monday, Tallinn officials said.', P))).toEqual(['LV signed 2024-07-01']);
    expect(summary(extract('Golob and Zelensky signed a bilateral security agreement with Slovenia in Oxford, UK on 18 July.', '2024-07-20'))).toEqual(['SI signed 2024-07-18']);
    expect(summary(extract('Riga signed its security agreement with Ukraine in April, Tallinn soon after the vote.', P))).toEqual(['LV signed null']);
  });
});
