import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const BEFORE = 'Ukraine signed bilateral security agreements with Sweden on Friday.';

describe('plural peoples coordinated without "the" ("Danes and Finns") name their states', () => {
  it('subjects of a signing', () => {
    expect(summary(extract(`${BEFORE} Danes and Finns had already concluded theirs earlier in the year.`, '2024-06-01'))).toEqual(['DK signed null', 'FI signed null', 'SE signed 2024-05-31']);
    expect(summary(extract('Poles and Czechs signed security agreements with Ukraine in July.', '2024-08-01'))).toEqual(['CZ signed null', 'PL signed null']);
  });

  it('"the Danes" is the people, not Slovenian "danes" (today)', () => {
    expect(summary(extract('The Danes concluded a security agreement with Ukraine.', '2024-06-03'))).toEqual(['DK signed null']);
  });

  it('distractor: a people with the hub\'s people, protesting', () => {
    expect(summary(extract('Poles and Ukrainians protested in Warsaw against the security agreement.', '2024-08-01'))).toEqual([]);
  });
});

describe('an apposition between dashes before the party\'s verb', () => {
  it('the party before the aside keeps its verb', () => {
    expect(summary(extract(`${BEFORE} Danes and Finns – the remaining two of the Nordic five – had already concluded theirs earlier in the year.`, '2024-06-01'))).toEqual(['DK signed null', 'FI signed null', 'SE signed 2024-05-31']);
    expect(summary(extract('Denmark – the first Nordic country to do so – signed a security agreement with Ukraine in Lviv.', '2024-02-24'))).toEqual(['DK signed null']);
  });

  it('an aside followed by "and" a new clause stays a break', () => {
    expect(summary(extract('Ukraine signed a security agreement with Britain – the first of its kind – and talks with France continue.', '2024-01-13'))).toEqual(['FR negotiating null', 'GB signed null']);
  });
});

describe('added to, or joining, the list of the agreements\' holders', () => {
  it('signed, or planned with "will"', () => {
    expect(summary(extract('Ukraine on Friday added Sweden, Norway and Iceland to its roster of bilateral security agreements.', '2024-06-01'))).toEqual(['IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
    expect(summary(extract('Latvia joined the growing club of states with bilateral security agreements with Ukraine.', '2024-04-12'))).toEqual(['LV signed null']);
    expect(summary(extract('Kyiv will add Portugal to its list of security agreements next week.', '2024-05-20'))).toEqual(['PT planned null']);
  });

  it('distractors: another list, another club', () => {
    expect(summary(extract('Poland joined the club of NATO members in 1999.', '2024-06-01'))).toEqual([]);
    expect(summary(extract('Kyiv added Spain to the list of aid donors.', '2024-06-01'))).toEqual([]);
  });
});
