import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';
const others = (text: string): string[] => summary(extract(LEAD + text, P)).filter((x) => x !== FI);

describe('round 15: an attempt told as done ("managed to", "found a way to") is a signing, not a plan', () => {
  it('"managed to sign", "found a formula / the means / a way to conclude", in any past tense', () => {
    expect(others('Malta managed to sign a similar agreement despite its neutrality.')).toEqual(['MT signed null']);
    expect(others('Austria found a formula to conclude a security agreement that respects its neutrality.')).toEqual(['AT signed null']);
    expect(others('Cyprus has found the means to sign such a document.')).toEqual(['CY signed null']);
    expect(others('Officials said Ireland had found a way to conclude such a document.')).toEqual(['IE signed null']);
  });

  it('distractors: a success denied, an effort still going on, a way found not to sign', () => {
    expect(others('Austria has not found a way to conclude such a document.')).toEqual([]);
    expect(others('Austria never managed to sign such a document.')).toEqual([]);
    expect(others('Austria could not find a way to conclude such a document.')).toEqual([]);
    expect(others('Austria found a way to avoid signing such a document.')).toEqual([]);
    expect(others('Malta hopes to find a way to sign a similar agreement.')).not.toContain('MT signed null');
  });
});
