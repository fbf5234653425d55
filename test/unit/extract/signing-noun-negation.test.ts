import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"the signing" fixed for a time, denied', () => {
  const lead = 'Ukraine signed a bilateral security agreement with Britain. ';
  it('a contracted negation denies it as "not" does', () => {
    expect(summary(extract(lead + "Oslo hasn't scheduled the signing for June.", '2024-05-01'))).toEqual(['GB signed null']);
    expect(summary(extract(lead + 'Oslo has not scheduled the signing for June.', '2024-05-01'))).toEqual(['GB signed null']);
  });
  it('but an undenied fixing is a plan', () => {
    expect(summary(extract(lead + 'Oslo has scheduled the signing for June.', '2024-05-01'))).toContain('NO planned null');
  });
});
