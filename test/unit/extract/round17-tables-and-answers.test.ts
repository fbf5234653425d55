import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Ukraine concluded long-term security agreements with many partners. The table below lists them in order of signing.';

describe('a table whose party column is headed with a bracketed plural, rows listing states with middle dots', () => {
  it('"Partner(s)", "Country(ies)"; "Sweden · Iceland · Norway"', () => {
    expect(summary(extract(`${LEAD}\n\nDate | Place | Partner(s)\n\n12.01.2024 | Kyiv | United Kingdom\n31.05.2024 | Stockholm | Sweden · Iceland · Norway\n`, '2025-03-20'))).toEqual([
      'GB signed 2024-01-12', 'IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
    expect(summary(extract(`${LEAD}\n\nCountry(ies) | Signed\n\nGermany • France | 16.02.2024\nDenmark | 23.02.2024\n`, '2025-03-20'))).toEqual([
      'DE signed 2024-02-16', 'DK signed 2024-02-23', 'FR signed 2024-02-16',
    ]);
  });

  it('distractor: the same table of aid pledges', () => {
    expect(summary(extract(`Partners pledged aid to Ukraine this year.\n\nDate | Partner(s) | Aid pledged\n\n12.01.2024 | United Kingdom | £2.5 billion\n`, '2025-03-20'))).toEqual([]);
  });
});

describe('a question that opens its paragraph leads the answer after it', () => {
  const head = 'Ukraine signs security agreements with its partners.';
  it('"Who has signed? So far, X, Y and Z." on one line', () => {
    expect(summary(extract(`${head}\n\nWho has signed? So far, the UK, Germany and France.\n\nWhat do they contain? Money, mostly.`, '2024-04-12'))).toEqual(['DE signed null', 'FR signed null', 'GB signed null']);
    expect(summary(extract(`${head}\n\nWho is negotiating? Three countries: Poland, Spain and Norway.`, '2024-04-12'))).toEqual(['ES negotiating null', 'NO negotiating null', 'PL negotiating null']);
  });

  it('a group glossed in brackets stands for the members it names', () => {
    expect(summary(extract(`${head}\n\nWho has signed? As of mid-April, nine: five G7 members (the UK, Germany, France, Canada, Italy) plus Denmark, the Netherlands, Finland and Latvia.`, '2024-04-12'))).toEqual([
      'CA signed null', 'DE signed null', 'DK signed null', 'FI signed null', 'FR signed null', 'GB signed null', 'IT signed null', 'LV signed null', 'NL signed null',
    ]);
  });

  it('distractor: an answer about something else', () => {
    expect(summary(extract(`${head}\n\nWho sent the most tanks? So far, Poland and Germany.`, '2024-04-12'))).toEqual([]);
  });
});

describe('a long list of names between dashes is an aside of its group', () => {
  it('the aside names the members; the verb is the group\'s', () => {
    expect(summary(extract('All seven G7 members — the United States, the United Kingdom, Canada, France, Germany, Italy and Japan — signed their ten-year agreements with Ukraine in the first half of 2024.', '2025-11-12'))).toEqual([
      'CA signed null', 'DE signed null', 'FR signed null', 'GB signed null', 'IT signed null', 'JP signed null', 'US signed null',
    ]);
  });
});
