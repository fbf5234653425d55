import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-07-20';
const LEAD = 'Britain signed the first bilateral security agreement with Ukraine on 12 January. ';

describe('round 15: objects of signing that deny, enter into, or stand for the agreement', () => {
  describe('a plan whose object is "no" agreement is a refusal', () => {
    it('"will sign no", "would put its name to no", "is going to sign no such" ', () => {
      expect(summary(extract(LEAD + 'Bratislava says it will sign no security agreement with Kyiv.', P))).toEqual(['GB signed 2024-01-12', 'SK refused null']);
      expect(summary(extract(LEAD + "Orbán's cabinet said it would put its name to no bilateral agreement of its own.", P))).toEqual(['GB signed 2024-01-12', 'HU refused null']);
      expect(summary(extract(LEAD + 'Vienna will add its signature to no such document, the chancellor said.', P))).toEqual(['AT refused null', 'GB signed 2024-01-12']);
    });

    it('distractors: "no later than", a past with no object, a passive', () => {
      expect(summary(extract(LEAD + 'Malta will sign its security agreement no later than June.', P))).toEqual(['GB signed 2024-01-12', 'MT planned null']);
      expect(summary(extract(LEAD + 'Hungary signed no security agreement in 2024.', P))).toEqual(['GB signed 2024-01-12']);
      expect(summary(extract(LEAD + 'The agreement with Spain is to be signed no later than 27 May.', P))).toEqual(['ES planned 2025-05-27', 'GB signed 2024-01-12']);
    });
  });

  describe('"enter into" an agreement is to sign it', () => {
    it('past, plan, negated plan', () => {
      expect(summary(extract(LEAD + 'Norway entered into a ten-year security pact with Kyiv on 31 May.', P))).toEqual(['GB signed 2024-01-12', 'NO signed 2024-05-31']);
      expect(summary(extract(LEAD + 'Austria is expected to enter into a similar agreement in the autumn.', P))).toEqual(['AT planned null', 'GB signed 2024-01-12']);
      expect(summary(extract(LEAD + 'Szijjártó insisted that Budapest would not enter into an agreement of that kind.', P))).toEqual(['GB signed 2024-01-12', 'HU refused null']);
    });

    it('distractors: entering into force, into talks, into the war', () => {
      expect(summary(extract(LEAD + 'The agreement with Spain entered into force on 27 May.', P))).toEqual(['GB signed 2024-01-12']);
      expect(summary(extract(LEAD + 'Malta will enter into talks on a security agreement next month.', P))).toEqual(['GB signed 2024-01-12', 'MT negotiating null']);
      expect(summary(extract(LEAD + 'Poland entered into the war debate with a plan.', P))).toEqual(['GB signed 2024-01-12']);
    });
  });

  describe('"their own versions": the agreement before, in each signer\'s version', () => {
    it('plural and singular, leaders for their states', () => {
      expect(summary(extract(LEAD + 'Five weeks later, Olaf Scholz and Emmanuel Macron signed their own versions within hours of each other, in Berlin and Paris.', P))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16', 'GB signed 2024-01-12']);
      expect(summary(extract(LEAD + 'Later, Norway signed its own version.', P))).toEqual(['GB signed 2024-01-12', 'NO signed null']);
    });

    it('distractor: a version of another text', () => {
      expect(summary(extract(LEAD + 'Spain signed its own version of the declaration in May.', P))).toEqual(['GB signed 2024-01-12']);
    });
  });

  describe('a text whose subject is the type\'s own names the agreement', () => {
    it('"a text covering security cooperation and long-term support", "texts on security guarantees"', () => {
      expect(summary(extract('Stubb and Zelensky on Wednesday signed a Finnish-Ukrainian text covering security cooperation and long-term support.', '2024-04-03'))).toEqual(['FI signed 2024-04-03']);
      expect(summary(extract('Norway and Ukraine signed a text on security cooperation and long-term support in Stockholm on 31 May.', P))).toEqual(['NO signed 2024-05-31']);
      expect(summary(extract('Kyiv and Rome are still working on the text on security guarantees, diplomats said.', P))).toEqual(['IT negotiating null']);
    });

    it('distractors: a text on another kind of security, a text of a law', () => {
      expect(summary(extract('Kyiv and Rome signed a text on security of energy supplies on Monday.', P))).toEqual([]);
      expect(summary(extract('Lawmakers in Kyiv and Warsaw approved the text of the law on security cooperation.', P))).toEqual([]);
    });
  });
});
