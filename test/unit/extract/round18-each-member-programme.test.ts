import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "each G7 member pledged to negotiate its own bilateral agreement": a group taken one member at a time that
// undertakes an agreement each states the programme its members' agreements follow, like "the G7 countries undertook
// to conclude bilateral agreements" (plural), not talks or a plan of every member.
describe('a group pledging one bilateral agreement per member states a programme', () => {
  it('reads "each G7 member pledged to negotiate its own"', () => {
    expect(summary(extract('Under the Vilnius declaration, each G7 member pledged to negotiate its own bilateral security agreement with Kyiv.', '2023-12-01'))).toEqual([]);
  });

  it('reads "every Nordic country has promised to conclude"', () => {
    expect(summary(extract('Every Nordic country has promised to conclude its own bilateral security agreement with Ukraine.', '2023-12-01'))).toEqual([]);
  });

  it('reads "each of the Baltic states committed to negotiate"', () => {
    expect(summary(extract('Each of the Baltic states committed to negotiate a bilateral security deal with Kyiv.', '2023-12-01'))).toEqual([]);
  });

  it('reads "every Baltic state has vowed to sign"', () => {
    expect(summary(extract('Every Baltic state has vowed to sign a bilateral security pact with Ukraine.', '2023-12-01'))).toEqual([]);
  });

  it('distractor: each member negotiating now is talks under way', () => {
    expect(summary(extract('Every Nordic country is negotiating its own bilateral security agreement with Ukraine.', '2023-12-01'))).toEqual(['DK negotiating null', 'FI negotiating null', 'IS negotiating null', 'NO negotiating null', 'SE negotiating null']);
  });
});
