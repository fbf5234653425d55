import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A signing told without its verb ("do the same", "follow suit", "go first") after a verb of refusal: the
// infinitive of a refusal is no plan.

const BEFORE = 'Ukraine has signed 27 bilateral security agreements since January. ';

describe('"declined to do the same", "refused to follow suit": a refusal of the signing the words stand for', () => {
  it('a refusal verb right before the infinitive, or across a time phrase', () => {
    expect(summary(extract(`${BEFORE}Budapest declined to do the same.`))).toEqual(['HU refused null']);
    expect(summary(extract(`${BEFORE}Slovakia has so far refused to follow suit.`))).toEqual(['SK refused null']);
    expect(summary(extract(`${BEFORE}Hungary again refused on Monday to do so.`))).toEqual(['HU refused 2024-06-10']);
    expect(summary(extract(`${BEFORE}Bratislava, for its part, has declined to follow.`))).toEqual(['SK refused null']);
  });
  it('distractors: a plan ("is expected to do the same", "is set to follow") stays a plan', () => {
    expect(summary(extract(`${BEFORE}Greece is expected to do the same.`))).toEqual(['GR planned null']);
    expect(summary(extract(`${BEFORE}Croatia is set to follow suit.`))).toEqual(['HR planned null']);
    expect(summary(extract(`${BEFORE}Ireland declined to comment on whether it would do the same.`))).toEqual([]);
  });
});
