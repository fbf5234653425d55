import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-12-30';
const NORDIC = ['DK', 'FI', 'IS', 'NO', 'SE'];
const BALTIC = ['EE', 'LT', 'LV'];

describe('"every" / "each" with a singular head names the whole group', () => {
  it('every member, each country', () => {
    expect(summary(extract('Each Nordic country has concluded a security agreement with Ukraine.', P))).toEqual(NORDIC.map((c) => `${c} signed null`));
    expect(summary(extract('Every Baltic state is negotiating a bilateral security agreement with Kyiv.', P))).toEqual(BALTIC.map((c) => `${c} negotiating null`).sort());
    expect(summary(extract('By June every G7 member had signed a ten-year security pact with Ukraine.', P))).toHaveLength(7);
  });

  it('distractors: "not every", "almost every" name no member; a plain singular is one state', () => {
    expect(summary(extract('Not every G7 member has signed a security agreement with Ukraine.', P))).toEqual([]);
    expect(summary(extract('Almost every Nordic country has signed a security agreement with Ukraine.', P))).toEqual([]);
    expect(summary(extract('The Nordic country that signed first was Denmark, whose security agreement with Ukraine came in February.', P))).not.toContain('FI signed null');
  });
});

describe('"So did ..." opening a sentence repeats the signing told before it', () => {
  it('a group, a counted group, a single state', () => {
    expect(summary(extract('Germany signed a security agreement with Ukraine. So did the three Baltic states.', P))).toEqual(['DE signed null', ...BALTIC.map((c) => `${c} signed null`)].sort());
    expect(summary(extract('France concluded a security pact with Ukraine in February. So did all five Nordic countries, over the spring.', P))).toEqual(['FR signed null', ...NORDIC.map((c) => `${c} signed null`)].sort());
    expect(summary(extract('Britain signed a security agreement with Ukraine in January. So did Poland.', P))).toEqual(['GB signed null', 'PL signed null']);
  });

  it('distractors: another act repeated, a lowercase word after "did"', () => {
    expect(summary(extract('Germany sent tanks to Ukraine. So did Denmark.', P))).toEqual([]);
    expect(summary(extract('Britain signed a security agreement with Ukraine. So did many others.', P))).toEqual(['GB signed null']);
  });
});
