import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 11c: explainers, retrospectives, datelines and status', () => {
  it('a dateline line at the top dates "yesterday" and "on Friday" when the feed gives no publication date', () => {
    const a = summary(extract('Kristersson signs pact in Gothenburg\n\n12.03.2024 | 08:10\n\nSweden and Ukraine signed yesterday a bilateral agreement on security cooperation.', null));
    expect(a).toEqual(['SE signed 2024-03-11']);
    const b = summary(extract('Store signs in Oslo\n\nSunday 14 April 2024 | NRK (English)\n\nNorway and Ukraine signed a bilateral security agreement in Oslo on Friday.', null));
    expect(b).toEqual(['NO signed 2024-04-12']);
    // distractor: a sentence that opens with a date is news, not a dateline; "yesterday" stays unresolved
    const c = summary(extract('Latvia signs\n\n12 March 2024 was when Riga first proposed the text, officials recall. Latvia and Ukraine signed yesterday a bilateral security agreement.', null));
    expect(c).toEqual(['LV signed null']);
  });
});
