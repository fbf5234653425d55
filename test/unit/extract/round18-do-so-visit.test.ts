import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "is due to address the UK cabinet on Friday, the first foreign leader to do so": what is done again is the address
// or visit still to come in the same sentence, not a signing, as it already is for "addressed" and "visited".
const LEAD = 'Czechia signed a security agreement with Ukraine on Thursday. ';

describe('"to do so" after an address or a visit still to come is no signing', () => {
  it('reads "is due to address"', () => {
    expect(summary(extract(LEAD + 'Zelenskyy is due to address the UK cabinet on Friday, the first foreign leader to do so since 1997.', '2024-07-18'))).toEqual(['CZ signed 2024-07-18']);
  });

  it('reads "is expected to address"', () => {
    expect(summary(extract(LEAD + 'Zelensky is expected to address the Dutch parliament on Tuesday, the first foreign leader to do so.', '2024-07-18'))).toEqual(['CZ signed 2024-07-18']);
  });

  it('reads "is addressing"', () => {
    expect(summary(extract(LEAD + 'On Friday Zelensky is addressing the British cabinet, the first foreign leader to do so since 1997.', '2024-07-18'))).toEqual(['CZ signed 2024-07-18']);
  });

  it('reads "will visit" and "is to tour"', () => {
    expect(summary(extract(LEAD + 'Zelensky will visit the Irish parliament next week, the first foreign leader to do so this year.', '2024-07-18'))).toEqual(['CZ signed 2024-07-18']);
    expect(summary(extract(LEAD + 'Zelensky is to tour the Netherlands, the first leader to do so since the war began.', '2024-07-18'))).toEqual(['CZ signed 2024-07-18']);
  });

  it('distractor: a signing "to do so" is still a signing', () => {
    expect(summary(extract(LEAD + 'Slovenia will sign one on Friday, the second country to do so this week.', '2024-07-18'))).toEqual(['CZ signed 2024-07-18', 'SI planned 2024-07-19']);
  });

  it('distractor: "tour" as a noun is no visit', () => {
    expect(summary(extract('Spain signed a security agreement with Ukraine on Monday, the first stop of a late-May tour, and Belgium followed on Tuesday.', '2024-05-29'))).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27']);
  });
});
