import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 13: re-published copies (frames of other acts, ...)', () => {
  describe('an act named as the frame of the agreements is not what a later cue is about', () => {
    it('"agreements within / under / in line with / as part of the declaration, and talks are under way with X"', () => {
      expect(summary(extract('Kyiv keeps working on security agreements under the G7 declaration, and negotiations are now under way with Greece and Ireland.'))).toEqual(['GR negotiating null', 'IE negotiating null']);
      expect(summary(extract('Ukraine is drafting long-term security pacts in line with the Vilnius declaration, and talks have begun with Portugal.'))).toEqual(['PT negotiating null']);
      expect(summary(extract('Kyiv is finalising bilateral security deals as part of the G7 joint declaration; talks are continuing with Norway.'))).toEqual(['NO negotiating null']);
      expect(summary(extract('Ukraine has concluded security accords within the framework of the G7 declaration, and Belgium has signed as well.'))).toEqual(['BE signed null']);
    });

    it('distractors: the act alone, or an act that is itself the object, gives no claim', () => {
      expect(summary(extract('Under the Ukraine Compact, Sweden pledged more support to Kyiv.'))).toEqual([]);
      expect(summary(extract('Ukraine and Sweden signed a demining memorandum under the G7 declaration.'))).toEqual([]);
      expect(summary(extract('Negotiations on the declaration are under way with Ukraine and Greece.'))).toEqual([]);
    });
  });
});
