import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';

describe('round 15: a list of agreements named through a pronoun for them', () => {
  describe('a document that follows, joins or comes after "similar ones" / "those" with the partners', () => {
    it('sequence verbs in several tenses, with "of", "with" and a participle with "by"', () => {
      expect(summary(extract(LEAD + 'The Finnish pact joins those of Britain, Germany and France.', P))).toEqual(['DE signed null', FI, 'FR signed null', 'GB signed null']);
      expect(summary(extract(LEAD + 'The accord comes after those signed with Poland and Italy.', P))).toEqual([FI, 'IT signed null', 'PL signed null']);
      expect(summary(extract(LEAD + 'The new agreement followed earlier ones with Canada and Japan.', P))).toEqual(['CA signed null', FI, 'JP signed null']);
      expect(summary(extract(LEAD + 'It joins those concluded by Spain and Portugal.', P))).toEqual(['ES signed null', FI, 'PT signed null']);
    });

    it('distractors: the pronoun stands for visits or plans, not agreements', () => {
      expect(summary(extract(LEAD + 'The visit follows similar ones to Britain, Germany and France.', P))).toEqual([FI]);
      expect(summary(extract(LEAD + 'The plan follows those of Britain and Germany.', P))).toEqual([FI]);
    });
  });

  describe('the sentence itself names the agreements as signed or in force before the pronoun', () => {
    it('"among the pacts signed so far, the ones with X", "of the documents in force, those of X"', () => {
      expect(summary(extract(LEAD + 'Among the pacts signed so far, the ones with Canada and Japan are the most generous.', P))).toEqual(['CA signed null', FI, 'JP signed null']);
      expect(summary(extract(LEAD + 'Of the documents now in force, officials praised those of Norway and Sweden.', P))).toEqual([FI, 'NO signed null', 'SE signed null']);
    });

    it('distractors: drafts and unsigned agreements before the pronoun', () => {
      // (drafts under discussion are talks, whatever the pronoun: no signing)
      expect(summary(extract(LEAD + 'Among the drafts under discussion, officials praised those of Norway and Sweden.', P))).toEqual([FI, 'NO negotiating null', 'SE negotiating null']);
      expect(summary(extract(LEAD + 'Of the agreements not yet signed, those with Malta and Cyprus are closest.', P))).toEqual([FI]);
    });
  });

  describe('"recent ones include X", "among the others are X": the agreements the sentence before said were signed', () => {
    it('list verbs and "among" with "ones", "others", "them"', () => {
      expect(summary(extract('Ukraine has concluded security agreements with more than 20 countries. The earlier ones were with Britain, Germany and France.', P))).toEqual(['DE signed null', 'FR signed null', 'GB signed null']);
      expect(summary(extract('Kyiv has signed security agreements with many allies this year. Among them are Spain, Portugal and Belgium.', P))).toEqual(['BE signed null', 'ES signed null', 'PT signed null']);
      expect(summary(extract('Ukraine has signed bilateral security deals with a dozen states. The others include Spain, Portugal and Belgium.', P))).toEqual(['BE signed null', 'ES signed null', 'PT signed null']);
      expect(summary(extract('Ukraine has signed security agreements with a dozen states. The other ones comprised Spain and Belgium.', P))).toEqual(['BE signed null', 'ES signed null']);
    });

    it('distractors: an antecedent planned or under talks, too far back, "among others", persons', () => {
      expect(summary(extract('Ukraine plans to sign security agreements with more countries. Recent ones include Ireland and Croatia.', P))).toEqual([]);
      expect(summary(extract('Ukraine is negotiating security agreements with several states. Among them are Austria and Malta.', P))).toEqual([]);
      expect(summary(extract('Ukraine has signed security agreements with 20 countries. Zelensky thanked the leaders. Among them were Spain and Portugal.', P))).toEqual([]);
      expect(summary(extract('Ukraine signed a security agreement with Finland. Among others, Sweden and Norway sent aid.', P))).toEqual(['FI signed null']);
      expect(summary(extract('Ukraine has signed security agreements with 20 countries. Those who criticised them include Hungary.', P))).toEqual([]);
    });
  });
});
