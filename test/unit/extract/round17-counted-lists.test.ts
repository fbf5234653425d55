import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Lists that go on from a count or from the sentence before: "has signed fifteen agreements, the latest with X"
// (a count in words is no qualifier of the kind), and "the list includes X, Y" after agreements signed.

const P = '2024-06-13';
const LEAD = 'Ukraine has signed security agreements with many allies. ';

describe('round 17: a count in words before the agreement noun', () => {
  it('"fifteen agreements, the most recent with X" names the latest signer', () => {
    expect(summary(extract(LEAD + 'Kyiv has now concluded fourteen agreements of this type, the most recent with Finland in Kyiv on 3 April.', P))).toEqual(['FI signed 2024-04-03']);
    expect(summary(extract(LEAD + 'So far Ukraine has signed seventeen agreements, most recently with Lithuania.', P))).toEqual(['LT signed null']);
    expect(summary(extract(LEAD + 'Zelensky has signed twenty-two documents of this kind, the latest with Croatia and Greece.', P))).toEqual(['GR signed null', 'HR signed null']);
  });

  it('distractors: a counted agreement of another kind, a count of other things', () => {
    expect(summary(extract(LEAD + 'Kyiv has concluded seventeen trade agreements, the latest with Chile.', P))).toEqual([]);
    expect(summary(extract(LEAD + 'Ukraine has received fifteen shipments, most recently from Norway.', P))).toEqual([]);
  });
});

describe('round 17: "the list includes" after agreements signed', () => {
  const SIGNED = 'Since January, Ukraine has concluded security agreements with Britain, Germany and France. ';
  it('the names the list includes signed too', () => {
    expect(summary(extract(SIGNED + 'The list also includes Denmark, Italy and Canada.', P))).toEqual(['CA signed null', 'DE signed null', 'DK signed null', 'FR signed null', 'GB signed null', 'IT signed null']);
    expect(summary(extract(SIGNED + 'Beyond the G7, the list includes all three Baltic states and Finland.', P))).toEqual(['DE signed null', 'EE signed null', 'FI signed null', 'FR signed null', 'GB signed null', 'LT signed null', 'LV signed null']);
    expect(summary(extract(SIGNED + 'By June this list now included Spain and Portugal.', P))).toContain('PT signed null');
  });

  it('distractors: another list, a negated list, a list after plans', () => {
    const base = ['DE signed null', 'FR signed null', 'GB signed null'];
    expect(summary(extract(SIGNED + 'The list of demands includes Spain.', P))).toEqual(base);
    expect(summary(extract(SIGNED + 'The list does not include Spain.', P))).toEqual(base);
    expect(summary(extract(SIGNED + 'Poland has drawn up a list. The list includes Spain.', P))).toEqual(base);
    expect(summary(extract('Kyiv hopes to sign security agreements with Germany and France. The list also includes Spain.', P))).toEqual(['DE planned null', 'FR planned null']);
  });
});
