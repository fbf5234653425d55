import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-03-08'; // a Friday

describe('round 13: the agreements mentioned in passing (occasions, ordinals, venues, membership, "as did")', () => {
  describe('a signing done at the occasion the text reports takes its day', () => {
    it('"on the sidelines / margins of the forum, conference, gathering" closing the clause', () => {
      expect(summary(extract('Nordic leaders met in Oslo on Friday to discuss air defence. Støre and Zelensky inked a bilateral security pact on the sidelines of the forum, pledging support for ten years.', P))).toEqual(['NO signed 2024-03-08']);
      expect(summary(extract('Defence ministers gathered in Vilnius on Friday. Nausėda and Zelensky also concluded a security accord on the margins of the conference.', P))).toEqual(['LT signed 2024-03-08']);
      expect(summary(extract('Leaders met in Riga on Friday. Kariņš and Zelensky sealed a security agreement on the sidelines of the gathering.', P))).toEqual(['LV signed 2024-03-08']);
    });

    it('"signed ... there" and "at the same venue": the place the text just told of, on its day', () => {
      const lead = 'The European Political Community met at a castle near Granada on Friday, where Spain hosted the talks. ';
      // (the day of the occasion, not of a statement: "Fiala said on Thursday" dates no "there")
      const there = 'Spanish Prime Minister Pedro Sánchez and Zelensky signed a ten-year security agreement there, pledging support. ';
      expect(summary(extract(lead + there, P))).toEqual(['ES signed 2024-03-08']);
      expect(summary(extract(lead + there + 'Dutch Prime Minister Mark Rutte signed a security agreement with Zelensky at the same venue.', P))).toEqual(['ES signed 2024-03-08', 'NL signed 2024-03-08']);
      // distractor: "there" that is no place of a signing
      expect(summary(extract('Leaders gathered in Prague on Friday. Ukraine was there in spirit, officials said.', P))).toEqual([]);
    });

    it('one who attended / joined / took part in the gathering and signed did so on its day', () => {
      const lead = 'EU leaders met in Brussels on Thursday and agreed on a new sanctions package. Talks on enlargement were tense. Leaders also discussed migration. ';
      expect(summary(extract(lead + 'Zelensky joined the summit and signed security agreements with Latvia and Finland.', '2024-03-07'))).toEqual(['FI signed 2024-03-07', 'LV signed 2024-03-07']);
      expect(summary(extract(lead + 'Zelensky took part in the first session of the gathering and signed a security pact with Norway.', '2024-03-07'))).toEqual(['NO signed 2024-03-07']);
      expect(summary(extract(lead + 'Zelensky attended the opening of the conference and inked a security accord with Estonia.', '2024-03-07'))).toEqual(['EE signed 2024-03-07']);
      // distractors: no signing, or a signing with a date of its own
      expect(summary(extract(lead + 'Zelensky addressed the summit by video and praised the sanctions package.', '2024-03-07'))).toEqual([]);
      expect(summary(extract(lead + 'Zelensky attended the summit and recalled the security pact he signed with Denmark on 23 February.', '2024-03-07'))).toEqual(['DK signed 2024-02-23']);
    });

    it('"On the sidelines, ..." opening a sentence: of the gathering the story is about, even sentences after its day', () => {
      const lead = 'Balkan leaders gathered in Tirana on Wednesday for a regional summit. They adopted a declaration on the Black Sea. Moscow protested. Others were silent. ';
      expect(summary(extract(lead + 'On the sidelines, Albanian Prime Minister Edi Rama and Zelensky signed a security agreement.', '2024-02-28'))).toEqual(['AL signed 2024-02-28']);
      expect(summary(extract(lead + 'On the margins, Montenegro\'s Prime Minister Milojko Spajić and Zelensky concluded a security pact.', '2024-02-28'))).toEqual(['ME signed 2024-02-28']);
      // distractor: a day that dates only a statement is no occasion's
      expect(summary(extract('The castle hosted Balkan leaders for a summit, the office said on Wednesday. On the sidelines, Albanian Prime Minister Edi Rama and Zelensky signed a security agreement.', '2024-02-28'))).toEqual(['AL signed null']);
    });
  });

  describe('an ordinal signatory without its head noun', () => {
    it('"among the first to do so", "the first to sign one", "among the next to do so"', () => {
      expect(summary(extract('Ukraine signs security agreements with its allies. Kyiv has concluded a dozen such pacts, with Denmark and the Netherlands among the first to do so this winter.', P))).toEqual(['DK signed null', 'NL signed null']);
      expect(summary(extract('Ukraine has signed ten bilateral security agreements; Britain was the first to sign one in January.', P))).toEqual(['GB signed null']);
      expect(summary(extract('Ukraine has signed ten security agreements. Italy will be among the next to do so.', P))).toEqual(['IT planned null']);
      // distractor: the first to do another act
      expect(summary(extract('Greece joined the Ukraine declaration, one of the first to do so.', P))).toEqual([]);
    });
  });

  describe('agreements signed in several places: one signing in each', () => {
    it('the passive with plural agreements and a list of capitals, perhaps before a time phrase', () => {
      expect(summary(extract('Zelensky has signed a security agreement with Sweden. Last month, pacts of the same kind were signed in Rome, Brussels and Ottawa.', P))).toEqual(['CA signed null', 'IT signed null', 'SE signed null']);
      expect(summary(extract('Kyiv has several security agreements. Similar accords were inked in Oslo and Helsinki this week.', P))).toEqual(['FI signed null', 'NO signed null']);
      expect(summary(extract('Kyiv has several security agreements. Bilateral security agreements were concluded in Warsaw, Prague and Vilnius.', P))).toEqual(['CZ signed null', 'LT signed null', 'PL signed null']);
      // distractors: one agreement told of before (its venue, not a party), a gathering's venue
      expect(summary(extract('Kyiv has several security agreements. The agreement was signed in Oslo.', P))).toEqual([]);
      expect(summary(extract('Kyiv has several security agreements. Security agreements were signed in Oslo at the Nordic summit.', P))).toEqual([]);
    });
  });

  describe('a party said not to belong to the set a relative signing describes', () => {
    it('"is not part of / a member of / party to" the agreements Kyiv concluded', () => {
      expect(summary(extract('Georgia is not part of the web of bilateral security agreements that Kyiv has concluded with its partners.', P))).toEqual([]);
      expect(summary(extract('Serbia is not a member of the group of states that have signed security pacts with Ukraine.', P))).toEqual([]);
      expect(summary(extract('Armenia is not party to any of the security accords that Ukraine signed this year.', P))).toEqual([]);
      // distractor: the same membership affirmed
      expect(summary(extract('Finland is part of the group of countries that have signed security agreements with Ukraine.', P))).toEqual(['FI signed null']);
    });
  });

  describe('"as did X", "and so did X": the sentence\'s signing repeated by the name after', () => {
    it('leaders, states and descriptions after "as did" / "so did"', () => {
      expect(summary(extract('Tusk and Zelensky signed a bilateral security pact in Warsaw, as did Fiala.', P))).toEqual(['CZ signed null', 'PL signed null']);
      expect(summary(extract('Scholz sealed a security agreement with Kyiv, and so did Macron.', P))).toEqual(['DE signed null', 'FR signed null']);
      expect(summary(extract('Rutte and Zelensky concluded a security accord, as did the Danish prime minister.', P))).toEqual(['DK signed null', 'NL signed null']);
      // distractors: a negated signing, another act
      expect(summary(extract('Hungary did not sign the security agreement, as did Slovakia.', P))).toEqual([]);
      expect(summary(extract('Greece joined the NATO declaration, as did Cyprus.', P))).toEqual([]);
    });
  });

  describe('an objectless signing followed by a distance in time ("a week ago", "two days later")', () => {
    it('"signed its own a week ago", "followed two days later", "had inked theirs a month earlier"', () => {
      const lead = 'Before the summit opened, Mitsotakis and Zelensky signed a bilateral security agreement. ';
      expect(summary(extract(lead + 'Croatia signed its own a week ago in Dubrovnik.', '2024-10-17')).some((x) => x.startsWith('HR signed'))).toBe(true);
      expect(summary(extract(lead + 'Cyprus followed two days later.', '2024-10-17')).some((x) => x.startsWith('CY signed'))).toBe(true);
      expect(summary(extract(lead + 'Malta had inked theirs a month earlier.', '2024-10-17')).some((x) => x.startsWith('MT signed'))).toBe(true);
      // distractor: the distance follows an object of another kind
      expect(summary(extract(lead + 'Croatia signed a memorandum on demining a week ago.', '2024-10-17'))).toEqual(['GR signed null']);
    });
  });

  describe('capitals one follows in the series of signings', () => {
    it('"Rome thus follows London, Berlin and Paris", "Oslo followed Copenhagen and Stockholm", "joins Riga and Vilnius"', () => {
      const lead = 'Meloni and Zelensky signed a bilateral agreement on security cooperation. ';
      expect(summary(extract(lead + 'Rome thus follows London, Berlin, Paris and Copenhagen, which concluded similar pacts in the preceding weeks.', '2024-02-24'))).toEqual(['DE signed null', 'DK signed null', 'FR signed null', 'GB signed null', 'IT signed null']);
      expect(summary(extract('Støre and Zelensky inked a ten-year security pact. Oslo followed Copenhagen and Stockholm, which had signed similar accords earlier.', '2024-05-31'))).toEqual(['DK signed null', 'NO signed null', 'SE signed null']);
      expect(summary(extract('Tallinn has signed a security agreement with Ukraine. It joins Riga and Vilnius, which signed similar documents in the spring.', '2024-06-27'))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
      // distractors: one capital that names talks, a capital list with no signing
      expect(summary(extract(lead + 'Meloni later joined Paris talks on air defence.', '2024-02-24'))).toEqual(['IT signed null']);
      expect(summary(extract('Rome follows London, Berlin and Paris in raising defence spending.', '2024-02-24'))).toEqual([]);
    });
  });
});
