import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';
const others = (text: string): string[] => summary(extract(LEAD + text, P)).filter((x) => x !== FI);

describe('round 15: a party named again in a gapped aside with a date of its own takes that date', () => {
  it('a dash, a bracket or "or rather" opening "<date> with <party>", signings and plans', () => {
    expect(others('We signed agreements with Malta and Cyprus on Tuesday – on Monday with Cyprus, to be exact.')).toEqual(['CY signed 2024-05-13', 'MT signed 2024-05-14']);
    expect(others('Zelensky signed agreements with Spain and Portugal this week (on 14 May with Portugal).')).toEqual(['ES signed null', 'PT signed 2024-05-14']);
    expect(others('Kyiv will sign agreements with Austria and Malta on Friday, or rather on Thursday with Malta.')).toEqual(['AT planned 2024-05-17', 'MT planned 2024-05-16']);
  });

  it('distractors: the aside names someone else, or is a clause of its own with another verb', () => {
    expect(others('We signed agreements with Malta and Cyprus on Tuesday – on Monday with the prime minister of Malta.')).toEqual(['CY signed 2024-05-14', 'MT signed 2024-05-14']);
    expect(others('We signed agreements with Malta and Cyprus on Tuesday – and on Monday we met with Cyprus.')).toEqual(['CY signed 2024-05-14', 'MT signed 2024-05-14']);
  });
});
