import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// An agreement named before its cue keeps its own party when the partner after the cue belongs to the next
// clause ("The Latvian text was almost done, and talks with Washington had started").

const BEFORE = 'Ukraine signed a ten-year security agreement with Finland on Wednesday. ';

describe('"X\'s text is nearly final, and talks with Y have begun": the next clause\'s partner is not the first cue\'s signer', () => {
  it('a text or agreement before its cue, a partner of talks after ", and"', () => {
    expect(summary(extract(`${BEFORE}The Dutch draft is nearly finished, and talks with Oslo have begun.`))).toEqual(['FI signed 2024-06-12', 'NL negotiating null', 'NO negotiating null']);
    expect(summary(extract(`${BEFORE}The Polish text, officials said, was almost ready, and negotiations with Rome had opened.`))).toEqual(['FI signed 2024-06-12', 'IT negotiating null', 'PL negotiating null']);
    expect(summary(extract(`${BEFORE}Greece's document is close to completion, while consultations with Dublin are continuing.`))).toEqual(['FI signed 2024-06-12', 'GR negotiating null', 'IE negotiating null']);
  });
  it('distractor: a relative clause with its own "with" partner in the same clause still leaves the party before it out', () => {
    expect(summary(extract('Moscow condemned the security agreement that Ukraine signed with France on Friday.', '2024-02-19'))).toEqual(['FR signed 2024-02-16']);
  });
});
