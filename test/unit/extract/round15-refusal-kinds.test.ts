import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';

describe('round 15: "says no to" an agreement; a "non-" adjective that names no other kind', () => {
  describe('"X says no to a security deal": a refusal of the agreement after it', () => {
    it('tenses of "say no to", with the agreement or its signing after "to"', () => {
      expect(summary(extract(LEAD + 'Slovakia said no to a bilateral security agreement with Kyiv on Tuesday.', P))).toEqual([FI, 'SK refused 2024-05-14']);
      expect(summary(extract(LEAD + 'Vienna is saying no to signing such a pact, officials said.', P))).toEqual(['AT refused null', FI]);
      expect(summary(extract(LEAD + 'Budapest says no to security pact with Ukraine.', P))).toEqual([FI, 'HU refused null']);
    });

    it('distractors: "no" to something else, and a "no" denied', () => {
      expect(summary(extract(LEAD + 'Hungary says no to weapons deliveries for Ukraine.', P))).toEqual([FI]);
      expect(summary(extract(LEAD + 'Hungary says no to EU membership talks for Ukraine.', P))).toEqual([FI]);
      expect(summary(extract(LEAD + 'Slovakia did not say no to a security agreement with Ukraine.', P))).toEqual([FI]);
    });
  });

  describe('"a similar non-military document": what the text is not does not name another kind', () => {
    it('"non-military", "non-binding" before the noun, with and without a likeness word', () => {
      expect(summary(extract(LEAD + 'Ireland signed a similar non-military document in September.', P))).toEqual([FI, 'IE signed null']);
      expect(summary(extract(LEAD + 'Austria signed a similar non-military agreement with Kyiv last week.', P))).toEqual(['AT signed null', FI]);
      expect(summary(extract(LEAD + 'Malta inked a non-binding document with Kyiv on Tuesday.', P))).toEqual([FI, 'MT signed 2024-05-14']);
    });

    it('distractors: a noun after "non-" names its own act, and a plain qualifier still does', () => {
      expect(summary(extract(LEAD + 'Moldova signed a non-aggression pact with Ukraine on Tuesday.', P))).toEqual([FI]);
      expect(summary(extract(LEAD + 'Malta signed a non-proliferation treaty with Ukraine on Tuesday.', P))).toEqual([FI]);
      expect(summary(extract(LEAD + 'Austria signed a similar military agreement with Kyiv last week.', P))).toEqual([FI]);
    });
  });
});
