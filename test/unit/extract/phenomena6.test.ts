import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Sixth round of phenomena: bystanders named inside a relative clause of the signers, and countries named
// in the cause of a delay to talks. Sentences written for these tests; none is taken from a corpus.
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));
const lead = 'Kyiv is collecting ten-year bilateral security agreements from its allies. ';

describe('bystanders in a relative clause of the signers', () => {
  it('"X and Y, who travelled with Z, have signed" names only X and Y', () => {
    const text = lead + 'Mark Rutte and Petr Fiala, who flew in together with Austrian chancellor Karl Nehammer and Swiss president Viola Amherd, have both signed bilateral security agreements with Zelensky.';
    expect(got(text)).toEqual(['CZ signed null', 'NL signed null']);
  });

  it('a relative clause that carries its own signing still names its list', () => {
    const text = lead + 'Spain, which signed its bilateral security agreement with Ukraine in May, has also pledged more air defence.';
    expect(got(text)).toEqual(['ES signed null']);
  });
});

describe('a neighbour or adversary named after a participle', () => {
  it('"concerns over forces facing X" does not make X a party to the talks', () => {
    const text = lead + 'The Romanian agreement was slow in the making, with negotiations delayed by worries about thin Romanian reserves facing Hungary.';
    expect(got(text)).toEqual(['RO negotiating null']);
  });
});

describe('a leader whose government is still negotiating', () => {
  it('"and Y leader Z, whose government is still negotiating one" takes the talks, not the neighbour\'s plan', () => {
    const text = lead + 'Guests included Danish Prime Minister Mette Frederiksen, who said Copenhagen hopes to sign its own agreement within days, and Estonian Prime Minister Kaja Kallas, whose government is still negotiating one.';
    expect(got(text)).toEqual(['DK planned null', 'EE negotiating null']);
  });
});
