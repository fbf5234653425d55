import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';

describe('round 14: talks and plans in their tense, voice and word-order variants', () => {
  describe('a verb of talks (preparing, drafting, discussing) takes a bare agreement noun as its object', () => {
    it('"preparing documents with X", "drafting agreements with X", "discussed accords with X"', () => {
      expect(summary(extract(LEAD + 'Kyiv is also preparing documents with Malta and Cyprus.', P))).toEqual(['CY negotiating null', 'FI signed 2024-05-13', 'MT negotiating null']);
      expect(summary(extract(LEAD + 'Diplomats have been drafting agreements with Austria.', P))).toEqual(['AT negotiating null', 'FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Its envoys prepared pacts with Slovakia last month, an adviser said.', P))).toContain('SK negotiating null');
      // "drafts" is a text noun like "texts": "drafts are being worked on / prepared with X"
      expect(summary(extract(LEAD + 'Drafts are being prepared with Lisbon and Madrid.', P))).toEqual(['ES negotiating null', 'FI signed 2024-05-13', 'PT negotiating null']);
    });

    it('distractors: other objects of those verbs, and a draft as a noun of another act', () => {
      expect(summary(extract(LEAD + 'Officials discussed agreements on grain exports with Bulgaria.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'The ministry is preparing a report with Moldova on refugees.', P))).toEqual(['FI signed 2024-05-13']);
    });
  });

  describe('"work continues with X": the verb of progress before the partners', () => {
    it('tenses and verbs of progress, lists of partners', () => {
      expect(summary(extract(LEAD + 'The presidential office said work was continuing with Austria, Malta and Cyprus.', P))).toEqual(['AT negotiating null', 'CY negotiating null', 'FI signed 2024-05-13', 'MT negotiating null']);
      expect(summary(extract(LEAD + 'Work is still under way with Lisbon.', P))).toEqual(['FI signed 2024-05-13', 'PT negotiating null']);
      expect(summary(extract(LEAD + 'Work has resumed with Bratislava, a spokesman said.', P))).toEqual(['FI signed 2024-05-13', 'SK negotiating null']);
      expect(summary(extract(LEAD + 'Work goes on with Malta.', P))).toEqual(['FI signed 2024-05-13', 'MT negotiating null']);
    });

    it('distractors: help, support and a bare "is with"', () => {
      expect(summary(extract(LEAD + "Work continued with Austria's support.", P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Work continued with the help of Vienna.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'The work is with Malta now.', P))).toEqual(['FI signed 2024-05-13']);
    });
  });

  describe('a signing being readied is a signing ahead, not talks', () => {
    it('passive in any tense, with or without determiner; "preparing the signing", "preparations for the signing"', () => {
      expect(summary(extract(LEAD + 'Zelensky said signing was also being arranged with Malta and Cyprus.', P))).toEqual(['CY planned null', 'FI signed 2024-05-13', 'MT planned null']);
      expect(summary(extract(LEAD + 'A signing ceremony with Austria is being organised.', P))).toEqual(['AT planned null', 'FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Kyiv is preparing the signing of an agreement with Slovakia.', P))).toEqual(['FI signed 2024-05-13', 'SK planned null']);
      expect(summary(extract(LEAD + 'Preparations for the signing with Portugal are under way.', P))).toEqual(['FI signed 2024-05-13', 'PT planned null']);
    });

    it('distractors: a text being prepared is talks; a signing not being prepared; a statement prepared after a signing', () => {
      expect(summary(extract(LEAD + "Austria's text is being prepared.", P))).toEqual(['AT negotiating null', 'FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Malta said the signing was not being prepared yet.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'After the signing, the delegations prepared a joint statement with Cyprus.', P))).toEqual(['FI signed 2024-05-13']);
    });
  });

  describe('talks that failed are over, not under way (a refusal that ended them stands)', () => {
    it('"collapsed", "broke down", "fell through", "foundered", negotiations or talks', () => {
      expect(summary(extract(LEAD + 'Negotiations with Hungary collapsed in March.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Talks on a similar pact with Slovakia had broken down by the spring.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Negotiations with Austria foundered last year.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Negotiations with Malta fell through in April when the interim premier refused to sign.', P))).toEqual(['FI signed 2024-05-13', 'MT refused null']);
    });

    it('distractors: a setback of talks still going on, and talks that go on', () => {
      expect(summary(extract(LEAD + 'Negotiations with Austria failed to produce a text by April.', P))).toEqual(['AT negotiating null', 'FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Talks on a similar pact with Malta continue.', P))).toEqual(['FI signed 2024-05-13', 'MT negotiating null']);
    });
  });

  describe('a time phrase between the auxiliary and its verb', () => {
    it('"will on Friday sign", "will next month sign", "will in July formally sign"', () => {
      expect(summary(extract('Austrian Chancellor Karl Nehammer will on Friday sign a security agreement with Zelensky.', P))).toEqual(['AT planned 2024-05-17']);
      expect(summary(extract('Greece will next month sign a security pact with Ukraine.', P))).toEqual(['GR planned null']);
      expect(summary(extract('Malta will in July formally sign a security accord with Kyiv.', P))).toEqual(['MT planned null']);
    });

    it('distractors: a time phrase after "that", not after an auxiliary', () => {
      expect(summary(extract('Officials said that on Friday Austria signed a security agreement with Ukraine.', P))).toEqual(['AT signed 2024-05-10']);
      expect(summary(extract('Leaders who in July sign security agreements with Kyiv were praised.', P))).toEqual([]);
    });
  });

  describe('a plan the sentence undoes after "but" is no plan', () => {
    it('"did not take place", "was cancelled", "never happened", "has been scrapped"', () => {
      expect(summary(extract(LEAD + 'Vienna said it would sign a security pact in April, but the signing did not take place.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Lisbon announced it would sign an accord in March, but the ceremony was cancelled.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Malta will sign a security pact in June, but the visit has been scrapped, officials say.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Athens said it would sign a security deal in April, but the trip never happened.', P))).toEqual(['FI signed 2024-05-13']);
    });

    it('distractors: a "but" that leaves the plan standing', () => {
      expect(summary(extract(LEAD + 'Vienna said it would sign a security pact in June, but the date is not yet fixed.', P))).toEqual(['AT planned null', 'FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'Malta will sign a security pact in June, but it did not say where.', P))).toEqual(['FI signed 2024-05-13', 'MT planned null']);
    });
  });

  describe('an agreement itself said to be nearly finished is still in talks', () => {
    it('"almost finished", "practically complete", "nearly done", of the pact, accord or agreement', () => {
      expect(summary(extract(LEAD + 'The pact with Austria is almost finished, an aide said.', P))).toEqual(['AT negotiating null', 'FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'The agreement with Greece is practically complete.', P))).toEqual(['FI signed 2024-05-13', 'GR negotiating null']);
      expect(summary(extract(LEAD + 'Our accord with Malta was nearly done by May.', P))).toEqual(['FI signed 2024-05-13', 'MT negotiating null']);
    });

    it('distractors: a state reached, and another kind of deal', () => {
      expect(summary(extract(LEAD + 'The pact with Austria is complete.', P))).toEqual(['FI signed 2024-05-13']);
      expect(summary(extract(LEAD + 'The gas deal with Austria is nearly finished.', P))).toEqual(['FI signed 2024-05-13']);
    });
  });
});
