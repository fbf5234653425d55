import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A statement reacting to a signing ("welcomes the signing of the agreement between Canada and Ukraine ... on
// February 24") reports a signing that took place, with the day the statement gives it.

describe('"welcomes the signing of the agreement": a reaction is to a signing that took place', () => {
  it('reads the signing the reaction names, and its day', () => {
    expect(summary(extract("Ukraine's diaspora hailed the signing of the security agreement with Canada on February 24.", '2024-02-26'))).toEqual(['CA signed 2024-02-24']);
    expect(summary(extract('The association welcomes the signing of the Agreement on Security Cooperation between Italy and Ukraine in Kyiv on 24 February 2024.', '2024-02-26'))).toEqual(['IT signed 2024-02-24']);
    expect(summary(extract("NATO's secretary-general welcomed the signing of the security agreements between Ukraine and the Baltic states.", '2024-07-01'))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
  });
  it('distractors: a wish to welcome it, a reaction that is negated', () => {
    expect(summary(extract('Ottawa would welcome the signing of a security agreement with Ukraine.', '2024-02-26'))).toEqual([]);
    expect(summary(extract('The opposition did not welcome the signing of a security agreement with Ukraine.', '2024-02-26'))).toEqual([]);
  });
});
