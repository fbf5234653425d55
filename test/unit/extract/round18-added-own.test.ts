import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Timelines tell a signing as an addition to the series: "Luxembourg and Romania added their own agreements". The
// agreement noun after "own" spells out the pronoun "their own" that "added" already takes.

describe('"X added its own agreement": a signatory joining those before, with the noun spelled out', () => {
  it('"their own agreements", "its own pact", "its own accord" after "added"', () => {
    expect(summary(extract('Finland and Latvia signed security agreements with Ukraine in April. In Vilnius, Lithuania and Estonia added their own agreements.', '2025-01-22'))).toEqual(['EE signed null', 'FI signed null', 'LT signed null', 'LV signed null']);
    expect(summary(extract('Spain signed a security pact with Ukraine in May. Belgium added its own pact in June.', '2025-01-22'))).toEqual(['BE signed null', 'ES signed null']);
    expect(summary(extract('Canada signed a bilateral security agreement with Ukraine. Italy added its own accord on Saturday.', '2025-01-22'))).toEqual(['CA signed null', 'IT signed 2025-01-18']);
  });
  it('distractor: something else of its own added', () => {
    expect(summary(extract('Canada signed a bilateral security agreement with Ukraine. Italy added its own troops to the mission.', '2025-01-22'))).toEqual(['CA signed null']);
  });
});
