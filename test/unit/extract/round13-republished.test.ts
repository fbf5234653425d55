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

  describe('a verb or preposition of sequence before a bare plural is no qualifier of its kind', () => {
    const lead = 'Croatia signed a security agreement with Ukraine on Tuesday. ';
    it('"follows / comes after / mirrors agreements (that) Kyiv signed with X": earlier signings', () => {
      expect(summary(extract(lead + 'The document follows agreements that Kyiv signed with Ireland and Czechia.'))).toEqual(['CZ signed null', 'HR signed 2024-06-11', 'IE signed null']);
      expect(summary(extract(lead + 'It comes after agreements Kyiv has concluded with Finland.'))).toEqual(['FI signed null', 'HR signed 2024-06-11']);
      expect(summary(extract(lead + 'The pact mirrors accords which Ukraine inked with Sweden and Norway.'))).toEqual(['HR signed 2024-06-11', 'NO signed null', 'SE signed null']);
      expect(summary(extract(lead + 'The pact joins accords that Kyiv signed with Japan and Canada.'))).toEqual(['CA signed null', 'HR signed 2024-06-11', 'JP signed null']);
      // other statuses: the same relative clause with talks
      expect(summary(extract(lead + 'It precedes deals that Kyiv is still negotiating with Greece and Albania.'))).toEqual(['AL negotiating null', 'GR negotiating null', 'HR signed 2024-06-11']);
    });

    it('distractors: a real qualifier or a subject of its own still names another kind', () => {
      expect(summary(extract(lead + 'It follows trade agreements that Kyiv signed with Ireland.'))).toEqual(['HR signed 2024-06-11']);
      expect(summary(extract(lead + 'It follows agreements on grain that Kyiv signed with Turkey.'))).toEqual(['HR signed 2024-06-11']);
      expect(summary(extract('It comes after deals on grain exports that Kyiv signed with Romania.'))).toEqual([]);
    });
  });

  describe('a time of the visit between its places and ", where he signed" leaves the places the hosts', () => {
    const lead = 'Ukraine signed a security agreement with Latvia on Thursday. ';
    it('"visited A and B earlier this week / last month / on Monday, where he signed ..."', () => {
      expect(summary(extract(lead + 'The president toured Italy and Greece last month, where he sealed similar security agreements.'))).toEqual(['GR signed null', 'IT signed null', 'LV signed 2024-06-06']);
      expect(summary(extract(lead + 'Zelensky was in Oslo and Reykjavik on Monday, where he inked security pacts.'))).toEqual(['IS signed 2024-06-10', 'LV signed 2024-06-06', 'NO signed 2024-06-10']);
      expect(summary(extract(lead + 'He travelled to Rome, Athens and Valletta earlier this week, where he also concluded security deals with the three governments.'))).toEqual(['GR signed null', 'IT signed null', 'LV signed 2024-06-06', 'MT signed null']);
    });

    it('distractors: no signing in the where-clause, or a summit as the venue', () => {
      expect(summary(extract(lead + 'Zelensky visited Spain and Portugal earlier this week, where he discussed air defence.'))).toEqual(['LV signed 2024-06-06']);
      expect(summary(extract(lead + 'Zelensky attended the summit in Italy last week, where he signed security agreements.'))).toEqual(['LV signed 2024-06-06']);
    });
  });

  describe('a gapped last item after a vaguer time: "..., and in late May with X and Y"', () => {
    const lead = 'Ukraine signed a security agreement with Latvia on Thursday. ';
    it('month, "last month", "in early July", planned or signed: the sentence\'s one cue, undated', () => {
      expect(summary(extract(lead + 'Kyiv also signed with Ottawa at the G7, and in late May with Madrid and Lisbon.'))).toEqual(['CA signed null', 'ES signed null', 'LV signed 2024-06-06', 'PT signed null']);
      expect(summary(extract(lead + 'Ukraine sealed a pact with Berlin in February, and last month with Oslo.'))).toContain('NO signed null');
      expect(summary(extract(lead + 'Kyiv will sign with Rome next week and in early July with Athens.'))).toEqual(['GR planned null', 'IT planned null', 'LV signed 2024-06-06']);
    });

    it('distractors: a verb of its own after the time, or a list that does not close the sentence', () => {
      expect(summary(extract(lead + 'Kyiv signed with Washington in June, and in May held talks with Madrid.'))).not.toContain('ES signed null');
      expect(summary(extract(lead + 'Kyiv signed with Washington in June, and in May with Madrid on trade.'))).not.toContain('ES signed null');
    });
  });

  describe('"the signing" with no complement is the told agreement\'s signing, still to come', () => {
    const lead = 'Portugal signed a security agreement with Ukraine. ';
    it('fixed for a time ("announced / scheduled the signing for ...") or said to come ("could come after ...")', () => {
      expect(summary(extract(lead + 'Greece announced the signing for the coming months.'))).toContain('GR planned null');
      expect(summary(extract(lead + 'Malta has scheduled the signing for September.'))).toContain('MT planned null');
      expect(summary(extract(lead + 'Tirana said the signing will happen in the autumn.'))).toContain('AL planned null');
      expect(summary(extract(lead + 'For Ireland, the signing could come after the summer.'))).toContain('IE planned null');
    });

    it('distractors: a denied plan, an idiom of "come", a signing of another act', () => {
      expect(summary(extract(lead + 'Greece has not scheduled the signing for any date.'))).toEqual(['PT signed null']);
      expect(summary(extract(lead + 'The signing could come under fire from the opposition, Greece said.'))).toEqual(['PT signed null']);
      expect(summary(extract(lead + 'Greece announced the signing of a trade deal for next month.'))).toEqual(['PT signed null']);
    });
  });

  describe('a signing coordinated after the subject\'s talks by "and" has the same subject', () => {
    const lead = 'Portugal signed a security agreement with Ukraine. ';
    it('"X is preparing its text and will sign it / announced the signing for ..."', () => {
      expect(summary(extract(lead + 'Croatia is preparing its text and will sign the document in June.'))).toEqual(['HR negotiating null', 'HR planned null', 'PT signed null']);
      expect(summary(extract(lead + 'Malta and Cyprus are finalising their agreements and announced the signing for the autumn.'))).toEqual(['CY negotiating null', 'CY planned null', 'MT negotiating null', 'MT planned null', 'PT signed null']);
      expect(summary(extract(lead + 'Albania is negotiating its agreement and will sign it next month.'))).toEqual(['AL negotiating null', 'AL planned null', 'PT signed null']);
      // the next clause, opened by ", and" with no party of its own: "the signing" is the one the talks are for
      expect(summary(extract(lead + 'Ireland is working on its own text, Irish media say, and the signing could come after the summer.'))).toEqual(['IE negotiating null', 'IE planned null', 'PT signed null']);
      expect(summary(extract(lead + 'Norway is drafting its text, and the signing is scheduled for June.'))).toContain('NO planned null');
    });

    it('distractors: another subject, a contrast, or an aim of the talks', () => {
      expect(summary(extract(lead + 'Greece is drafting its text and Malta will sign next week.'))).not.toContain('GR planned null');
      expect(summary(extract(lead + 'Greece is drafting its text, and Malta will sign next week.'))).not.toContain('GR planned null');
      expect(summary(extract(lead + 'Greece is drafting its text but will not sign before autumn.'))).toEqual(['GR negotiating null', 'PT signed null']);
      expect(summary(extract(lead + 'Greece is drafting its text and hopes to sign it soon.'))).toEqual(['GR negotiating null', 'PT signed null']);
    });
  });

  describe('"the other / remaining Baltic states": the group less the members named before', () => {
    it('expands to the members not yet named, in any status', () => {
      expect(summary(extract('Lithuania signed a security agreement with Ukraine on Tuesday, while the other Baltic states are still negotiating their texts.'))).toEqual(['EE negotiating null', 'LT signed 2024-06-11', 'LV negotiating null']);
      expect(summary(extract('Denmark and Norway signed security agreements with Ukraine. The remaining Nordic countries are expected to sign in May.'))).toEqual(['DK signed null', 'FI planned null', 'IS planned null', 'NO signed null', 'SE planned null']);
      expect(summary(extract('The Latvian premier signed a security pact with Kyiv. The other Baltic states have also signed theirs.'))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
    });

    it('distractors: "other" than nobody named, no cue, or talks only foreseen', () => {
      expect(summary(extract('The other Baltic states are still negotiating security agreements with Ukraine.'))).toEqual([]);
      expect(summary(extract('Lithuania signed a security agreement with Ukraine. The other Baltic states have refused to comment.'))).toEqual(['LT signed null']);
      expect(summary(extract('Britain signed a security agreement with Ukraine. The other G7 nations are expected to negotiate similar agreements with Kyiv.'))).toEqual(['GB signed null']);
    });
  });

  describe('"ready for signing" ahead in time is a plan', () => {
    const lead = 'Portugal signed a security agreement with Ukraine. ';
    it('"should / will be ready for signing", "ready for signing next week"', () => {
      expect(summary(extract(lead + 'The agreement with Estonia will be ready for signing in June.'))).toContain('EE planned null');
      expect(summary(extract(lead + 'The Dutch text will be ready for signing soon.'))).toContain('NL planned null');
      expect(summary(extract(lead + 'Finland said its agreement should be ready for signing by the end of the month.'))).toContain('FI planned null');
      expect(summary(extract(lead + 'The Maltese text is ready for signing next week.'))).toContain('MT planned null');
    });

    it('distractors: a past or bare state of readiness', () => {
      expect(summary(extract(lead + 'The Greek document is ready for signing.'))).toEqual(['PT signed null']);
      expect(summary(extract(lead + 'The Greek document was ready for signing in May, but it was never signed.'))).not.toContain('GR planned null');
    });
  });

  describe('"the visit ended with X signing an agreement": an event that ended or began with a party signing', () => {
    const lead = 'Portugal signed a security agreement with Ukraine. ';
    it('a party, a leader with title, or a list between "with" and the gerund', () => {
      expect(summary(extract(lead + 'The visit ended with the Spanish prime minister signing an agreement.'))).toContain('ES signed null');
      expect(summary(extract(lead + 'The summit closed with Italy and Ukraine signing a similar pact.'))).toContain('IT signed null');
      expect(summary(extract(lead + 'The day began with Belgian Prime Minister Alexander De Croo signing a security deal.'))).toContain('BE signed null');
    });

    it('distractors: another gerund, or another object', () => {
      expect(summary(extract(lead + 'The meeting ended with Sanchez signing autographs.'))).toEqual(['PT signed null']);
      expect(summary(extract(lead + 'The visit ended with Spain refusing to sign.'))).not.toContain('ES signed null');
    });
  });
});
