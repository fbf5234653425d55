import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const SIGNED = 'Ukraine and the Netherlands signed a security agreement in Kharkiv on Friday.';

describe('an agreement given its place in the series, and the earlier ones it follows', () => {
  it('"It is Ukraine\'s seventh agreement of this kind, following London, Berlin …"', () => {
    expect(summary(extract(`${SIGNED} It is Ukraine's seventh agreement of this kind, following London, Berlin and Paris.`, '2024-03-02'))).toEqual([
      'DE signed null', 'FR signed null', 'GB signed null', 'NL signed 2024-03-01',
    ]);
  });

  it('"… the seventh bilateral security agreement, after those with X and Y"', () => {
    expect(summary(extract('The Dutch deal is Ukraine\'s seventh bilateral security agreement, after those with London, Berlin and Paris.', '2024-03-02'))).toEqual([
      'DE signed null', 'FR signed null', 'GB signed null', 'NL signed null',
    ]);
    expect(summary(extract('Denmark signed a security agreement with Ukraine on Friday, following the ones of Britain and France.', '2024-02-24'))).toEqual([
      'DK signed 2024-02-23', 'FR signed null', 'GB signed null',
    ]);
  });

  it('"will be the eighth such agreement" is a plan', () => {
    expect(summary(extract('The security agreement with Latvia will be the eighth such agreement for Ukraine.', '2024-04-01'))).toEqual(['LV planned null']);
  });

  it('distractors: another series, an ordinal of another act', () => {
    expect(summary(extract('It is the fifth package of aid, following London and Berlin.', '2024-03-02'))).toEqual([]);
    expect(summary(extract(`${SIGNED} It is the seventh minerals agreement Kyiv has discussed, following London and Berlin.`, '2024-03-02'))).toEqual(['NL signed 2024-03-01']);
  });
});

describe('", and <party>\'s signing / agreement …" opens a clause with a subject of its own', () => {
  it('the list before it keeps its own status', () => {
    expect(summary(extract('Ukraine has security agreements with Greece and Croatia, and Albania\'s signing is planned for later in January.', '2025-01-02'))).toEqual(['GR signed null', 'HR signed null']);
    expect(summary(extract('Ukraine signed security agreements with Britain and Germany, and Spain\'s agreement will follow next week.', '2024-02-20'))).toEqual(['DE signed null', 'GB signed null']);
  });
});
