import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';
const others = (text: string): string[] => summary(extract(LEAD + text, P)).filter((x) => x !== FI);

describe('round 15: "should / can / must only be signed ...": a condition on the signing is no plan', () => {
  it('"only" in the verb group or right after the participle, with a modal of obligation or possibility', () => {
    expect(others('Austrian officials said a similar agreement could only be concluded after the elections.')).toEqual([]);
    expect(others('The Slovak president said the pact must be signed only by an elected cabinet.')).toEqual([]);
    expect(others("Malta's agreement can only be signed once parliament approves it.")).toEqual([]);
    expect(others('The Bulgarian president said such a document should only be signed by a regular government.')).toEqual([]);
  });

  it('distractors: "will only be signed next week" and "is to be signed only after" are plans; "should be signed in June" too', () => {
    expect(others("Malta's agreement will only be signed next week.")).toEqual(['MT planned null']);
    expect(others("Malta's agreement is to be signed only after the summit.")).toEqual(['MT planned null']);
    expect(others("Malta's agreement should be signed in June.")).toEqual(['MT planned null']);
  });
});
