import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';
const others = (text: string): string[] => summary(extract(LEAD + text, P)).filter((x) => x !== FI);

describe('round 15: partners a statement refers back to (places, pronouns, the previous subject)', () => {
  describe('a trip\'s destinations before ", where" may be followed by an adverb of sequence or time', () => {
    it('"next", "later", "soon", "next week" between the places and ", where"', () => {
      expect(others('The president is due to travel to Malta and Cyprus next, where similar agreements are to be signed.')).toEqual(['CY planned null', 'MT planned null']);
      expect(others('The president will travel to Malta and Cyprus later, where he will sign similar agreements.')).toEqual(['CY planned null', 'MT planned null']);
      expect(others('Zelensky heads to Austria soon, where a similar agreement will be signed.')).toEqual(['AT planned null']);
      expect(others('Shmyhal goes to Spain and Portugal next week, where he expects to sign similar documents.')).toEqual(['ES planned null', 'PT planned null']);
    });

    it('distractors: the same trip with no signing there, and a summit venue', () => {
      expect(others('Zelensky will visit Norway next, where he will discuss grain exports.')).toEqual([]);
      expect(others('He flies to the summit in Italy next, where similar agreements are to be signed.')).toEqual([]);
    });
  });

  describe('"with them": a cue whose partner is a pronoun for the names that open an earlier clause', () => {
    it('reported speech with "that" or without, signings to come and talks', () => {
      expect(others('He said Malta and Cyprus would come next, and that Ukraine hoped to sign agreements with them.')).toEqual(['CY planned null', 'MT planned null']);
      expect(others('Zelensky said Austria and Slovakia were next, and that he expected to conclude similar pacts with them by July.')).toEqual(['AT planned null', 'SK planned null']);
      expect(others('The minister noted that Spain and Portugal are next, and that Kyiv is negotiating with them.')).toEqual(['ES negotiating null', 'PT negotiating null']);
    });

    it('distractors: a clause with an object that "them" could stand for, a list that is an object, a clause with a status of its own', () => {
      expect(others('He said Germany and France sent experts, and that Ukraine hoped to sign documents with them.')).toEqual([]);
      expect(others('He said Berlin had criticised Poland and France, and that Ukraine hoped to sign documents with them.')).toEqual([]);
      expect(others('He said Malta and Cyprus had already signed, and that Ukraine hoped to sign further documents with them.')).toEqual(['CY signed null', 'MT signed null']);
    });
  });

  describe('"talks with Kyiv" in a sentence naming no other country: the party the sentence before opened with', () => {
    it('talks begun, under way or at an early stage, with the previous subject other than the article\'s main partner', () => {
      expect(others('Oslo is weighing its options. Talks with Kyiv are at an early stage.')).toEqual(['NO negotiating null']);
      expect(others('Malta wants a text of its own. Consultations with Kyiv are under way.')).toEqual(['MT negotiating null']);
      expect(others('The Portuguese government says it is ready. Negotiations with Ukraine have started.')).toEqual(['PT negotiating null']);
      expect(others('Vienna has not decided yet. Talks with Kyiv are at a preliminary stage.')).toEqual(['AT negotiating null']);
    });

    it('distractors: a list as subject, peace talks, talks with another state, talks on something else, a talks owner named', () => {
      expect(others('Germany and France were busy. Talks with Kyiv are at an early stage.')).toEqual([]);
      expect(others('Hungary blocked the aid. Peace talks with Kyiv are at an early stage.')).toEqual([]);
      expect(others('Oslo is weighing its options. Talks with Moscow are at an early stage.')).toEqual([]);
      expect(others('Oslo is weighing its options. Talks with Kyiv on grain are at an early stage.')).toEqual([]);
      expect(others("Oslo is weighing its options. Austria's talks with Kyiv are at an early stage.")).not.toContain('NO negotiating null');
    });
  });

  describe('a negation inside a relative clause or aside does not deny the talks of the main verb', () => {
    it('"X, which has no ..., is preparing / drafting / negotiating"', () => {
      expect(others('Iceland, which has no armed forces, is also drafting a document.')).toEqual(['IS negotiating null']);
      expect(others('Malta, which has no army to speak of, is preparing a similar agreement.')).toEqual(['MT negotiating null']);
      expect(others('Austria, a country with no NATO membership, is negotiating a security pact too.')).toEqual(['AT negotiating null']);
      expect(others('Cyprus, which is not in NATO, has been negotiating an agreement.')).toEqual(['CY negotiating null']);
    });

    it('distractors: the verb itself negated, before an aside or in its own clause', () => {
      expect(others('Cyprus is not, for now, negotiating such an agreement.')).toEqual([]);
      expect(others('Moldova is not among the countries negotiating a security agreement.')).toEqual([]);
      expect(others('Malta, which has an army, is no longer negotiating a security agreement.')).toEqual([]);
    });
  });
});
