import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"the agreement X put his name to": a signing idiom stranded in a relative clause', () => {
  it('reduced or with "that"', () => {
    expect(summary(extract('The 10-year bilateral security agreement Joe Biden put his name to alongside Volodymyr Zelensky in Apulia last June is now in doubt.', '2025-01-10'))).toEqual(['US signed null']);
    expect(summary(extract('The security agreement with Ukraine that Fumio Kishida put his signature to in Italy commits Tokyo to aid.', '2024-07-01'))).toEqual(['JP signed null']);
  });

  it('the idiom with its object after it is read as before', () => {
    expect(summary(extract('Biden put his name to the security agreement with Ukraine.', '2024-06-14'))).toEqual(['US signed null']);
    expect(summary(extract('Biden will put his name to it in Apulia, the official said of the security agreement with Ukraine.', '2024-06-10'))).toEqual(['US planned null']);
  });
});

describe('"walked away from signing" is a withdrawal', () => {
  it('from signing, or from the agreement', () => {
    expect(summary(extract("Bulgaria's caretaker premier walked away from signing the security agreement with Ukraine on December 19.", '2024-12-20'))).toEqual(['BG refused 2024-12-19']);
    expect(summary(extract('Sofia walked away from the security agreement with Ukraine at the last minute.', '2024-12-20'))).toEqual(['BG refused null']);
  });

  it('distractor: walking away from another deal', () => {
    expect(summary(extract('The investors walked away from the grain deal with Ukraine.', '2024-12-20'))).toEqual([]);
  });
});

describe('"working through drafts" is work on the text', () => {
  it('negotiating', () => {
    expect(summary(extract('Vilnius and Tallinn are still working through their own drafts of the security agreement with Kyiv.', '2024-06-20'))).toEqual(['EE negotiating null', 'LT negotiating null']);
  });

  it('distractor: working through the night on something else', () => {
    expect(summary(extract('Lithuanian officials worked through the night on the budget while Ukraine prepared its security agreement with Poland.', '2024-06-20'))).toEqual(['PL negotiating null']);
  });
});
