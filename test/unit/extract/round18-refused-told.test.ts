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

describe('"have refused to join": joining with nothing joined named is joining the signatories; refusing it is refusing to sign', () => {
  it('a bare "join", "join them", "join in", with a colon list or a time between', () => {
    expect(summary(extract(`${BEFORE}Three governments have so far declined to join: Hungary, Slovakia and Bulgaria.`))).toEqual(['BG refused null', 'HU refused null', 'SK refused null']);
    expect(summary(extract(`${BEFORE}Austria has refused to join them.`))).toEqual(['AT refused null']);
    expect(summary(extract(`${BEFORE}Hungary refused on Monday to join in.`))).toEqual(['HU refused 2024-06-10']);
  });
  it('distractors: something else joined, a join that is not refused, no agreement told before', () => {
    expect(summary(extract(`${BEFORE}Hungary refused to join the coalition of the willing.`))).toEqual([]);
    expect(summary(extract(`${BEFORE}Hungary wants to join.`))).toEqual([]);
    expect(summary(extract('Hungary has refused to join.'))).toEqual([]);
  });
});
