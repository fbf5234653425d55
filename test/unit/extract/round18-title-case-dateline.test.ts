import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "Fasano, Italy, June 14 (Example Press)--": a wire dateline in title case, with its date and the agency in
// parentheses right before the dash, names where the story was filed, never a party.
describe('a title-case wire dateline names no party', () => {
  it('reads "Place, Country, Month Day (Agency)--"', () => {
    expect(summary(extract('Fasano, Italy, June 14 (Jiji Press)--Japanese Prime Minister Fumio Kishida and Ukrainian President Volodymyr Zelenskyy on Thursday signed a ten-year security accord.', '2024-06-14'))).toEqual(['JP signed 2024-06-13']);
  });

  it('reads the dash set off by spaces', () => {
    expect(summary(extract('Seoul, Korea, June 13 (Yonhap) -- Japanese Prime Minister Fumio Kishida and Ukrainian President Volodymyr Zelenskyy signed a ten-year security accord on Thursday.', '2024-06-14'))).toEqual(['JP signed 2024-06-13']);
  });

  it('reads an abbreviated month', () => {
    expect(summary(extract('Paris, France, Feb. 16 (Wire)--German Chancellor Olaf Scholz and Ukrainian President Volodymyr Zelensky signed a bilateral security agreement on Friday.', '2024-02-16'))).toEqual(['DE signed 2024-02-16']);
  });

  it('reads a dateline whose place is another country', () => {
    expect(summary(extract('Vilnius, Lithuania, July 11 (BNS)--Swedish Prime Minister Ulf Kristersson and Ukrainian President Volodymyr Zelensky signed a bilateral security agreement on Wednesday.', '2024-07-11'))).toEqual(['SE signed 2024-07-10']);
  });

  it('distractor: the country may still sign in the sentence after the dateline', () => {
    expect(summary(extract('Fasano, Italy, June 14 (Jiji Press)--Italian Prime Minister Giorgia Meloni and Ukrainian President Volodymyr Zelenskyy signed a security agreement on Thursday.', '2024-06-14'))).toEqual(['IT signed 2024-06-13']);
  });
});
