import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';
const others = (text: string): string[] => summary(extract(LEAD + text, P)).filter((x) => x !== FI);

describe('round 15: a journey whose purpose is a signing', () => {
  it('a journey made in the past is a plan as of that day, dated back from the report', () => {
    expect(others('Zelenskyy headed to Paris for a similar signing with Macron.')).toEqual(['FR planned null']);
    expect(others('On Tuesday he flew to Rome for the signing ceremony with Giorgia Meloni.')).toEqual(['IT planned 2024-05-14']);
    expect(others('Zelensky then travelled to Madrid for the signing of a similar agreement.')).toEqual(['ES planned null']);
  });

  it('the signing itself as the purpose, the destination as the party when no other is named; ahead or made', () => {
    expect(others('Zelenskyy headed to Paris for a similar signing.')).toEqual(['FR planned null']);
    expect(others('Zelensky travels to Lisbon on Friday for a similar signing.')).toEqual(['PT planned 2024-05-17']);
  });

  it('distractors: another act signed, talks, a summit, a journey after the signing', () => {
    expect(others('Zelenskyy headed to Paris for a signing of grain deals.')).toEqual([]);
    expect(others('Zelenskyy headed to Paris for talks with Macron.')).toEqual([]);
    expect(others('After the signing, Zelenskyy flew to Paris for a summit.')).toEqual([]);
    expect(others('Zelenskyy flew to Paris for the signing of a new gas contract.')).toEqual([]);
  });
});
