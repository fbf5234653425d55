import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "The EU is expected to finalise its commitments at the European Council on June 27": finishing the text on a set
// occasion is its signing planned, dated ahead. Hoping or pushing to finalise is still talks.

const BEFORE = 'Britain signed a security agreement with Ukraine in January.';

describe('"is expected to finalise its agreement at ...": a planned finishing is a planned signing', () => {
  it('"expected to", "set to", "plans to" before "finalise"', () => {
    expect(summary(extract(`${BEFORE} Washington is also expected to finalize its agreement with Kyiv during the summit.`, '2024-06-20'))).toEqual(['GB signed null', 'US planned null']);
    expect(summary(extract(`${BEFORE} The European Union is set to finalise its security commitments with Ukraine at the European Council on June 27.`, '2024-06-20'))).toEqual(['EU planned 2024-06-27', 'GB signed null']);
    expect(summary(extract(`${BEFORE} Italy plans to finalise its security agreement with Kyiv at the G7 summit next week.`, '2024-06-20'))).toEqual(['GB signed null', 'IT planned null']);
  });
  it('distractors: a hope to finalise is talks; a negated expectation is nothing', () => {
    expect(summary(extract(`${BEFORE} Albania hoped to finalise its security agreement with Kyiv soon.`, '2024-06-20'))).toEqual(['AL negotiating null', 'GB signed null']);
    expect(summary(extract(`${BEFORE} Spain is not expected to finalise its security agreement with Kyiv before the summit.`, '2024-06-20'))).toEqual(['GB signed null']);
  });
});
