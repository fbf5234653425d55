import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A text that still wants work ("the draft still needs work") is being negotiated.

const BEFORE = 'Ukraine signed a ten-year security agreement with Finland on Wednesday. ';

describe('"the Polish draft still needs work": a text wanting work is a stage of negotiation', () => {
  it('needs / requires (more, further, some) work or polishing, with a text or the agreement as subject', () => {
    expect(summary(extract(`${BEFORE}Diplomats concede the Czech draft still needs work.`))).toEqual(['CZ negotiating null', 'FI signed 2024-06-12']);
    expect(summary(extract(`${BEFORE}The Slovenian text, officials said, requires further polishing.`))).toEqual(['FI signed 2024-06-12', 'SI negotiating null']);
    expect(summary(extract(`${BEFORE}The agreement with Dublin still needs a little work.`))).toEqual(['FI signed 2024-06-12', 'IE negotiating null']);
  });
  it('distractors: work no longer needed, work wanted on something else, a text negated', () => {
    expect(summary(extract(`${BEFORE}The Czech draft no longer needs work.`))).toEqual(['FI signed 2024-06-12']);
    expect(summary(extract(`${BEFORE}Poland needs more work on its air defences.`))).toEqual(['FI signed 2024-06-12']);
    expect(summary(extract(`${BEFORE}The Czech draft does not need more work.`))).toEqual(['FI signed 2024-06-12']);
  });
});
