import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-07-11';
const LEAD = 'Britain signed the first bilateral security agreement with Ukraine on 12 January. ';

describe('round 15: a retrospective told as a sequence of signings', () => {
  describe('"X came <time>": a named subject whose only complement is a time, after signings', () => {
    it('month, part of a month, a day, a distance in time; gapped items after it', () => {
      expect(summary(extract(LEAD + 'Sweden came in late May.', P))).toEqual(['GB signed 2024-01-12', 'SE signed null']);
      expect(summary(extract(LEAD + 'The Netherlands came on 1 March, and Latvia in mid-April.', P))).toEqual(['GB signed 2024-01-12', 'LV signed null', 'NL signed 2024-03-01']);
      expect(summary(extract(LEAD + 'Denmark and Norway came two weeks later.', P))).toEqual(['DK signed 2024-01-26', 'GB signed 2024-01-12', 'NO signed 2024-01-26']);
      expect(summary(extract(LEAD + 'Then Portugal came at the end of May.', P))).toEqual(['GB signed 2024-01-12', 'PT signed null']);
    });

    it('distractors: a name that is another phrase\'s object, a journey, no signing before, a negation', () => {
      expect(summary(extract(LEAD + 'Aid from Germany came in April.', P))).toEqual(['GB signed 2024-01-12']);
      expect(summary(extract(LEAD + 'Finland came to Kyiv in early April.', P))).toEqual(['GB signed 2024-01-12']);
      expect(summary(extract(LEAD + 'Finland came in person.', P))).toEqual(['GB signed 2024-01-12']);
      expect(summary(extract('The war dragged on. Finland came in early April with a field hospital. Officials praised it.', P))).toEqual([]);
      expect(summary(extract(LEAD + 'Spain never came in May.', P))).toEqual(['GB signed 2024-01-12']);
    });
  });

  describe('"the day after that": an anchor counted from the anchor before it in the sentence', () => {
    it('chained anchors, "the week after that", "the day after," closing a phrase', () => {
      expect(summary(extract('Germany signed a security agreement with Ukraine on 16 February. A week later Denmark signed in Lviv, and the day after that Italy signed in Kyiv.', P))).toEqual(['DE signed 2024-02-16', 'DK signed 2024-02-23', 'IT signed 2024-02-24']);
      expect(summary(extract('Spain signed a security agreement with Ukraine on 27 May. Two days later Belgium signed, and the week after that Sweden signed its own.', P))).toEqual(['BE signed 2024-05-29', 'ES signed 2024-05-27', 'SE signed 2024-06-05']);
      expect(summary(extract('Spain signed a security agreement with Ukraine on 27 May. The day after, Portugal signed its own.', P))).toEqual(['ES signed 2024-05-27', 'PT signed 2024-05-28']);
    });

    it('distractor: "the day after the summit" counts from the summit, not from the date before', () => {
      expect(summary(extract('Germany signed a security agreement with Ukraine on 16 February. The day after the summit, Italy signed its own.', P))).toEqual(['DE signed 2024-02-16', 'IT signed null']);
    });
  });

  describe('a verbless list after signings goes on with the series, each item on its own day', () => {
    it('after a colon or opened by "then"; exact days, anchors counted from the item before, no day', () => {
      const lead = 'Spain and Ukraine signed a bilateral security agreement on 20 May. ';
      expect(summary(extract(lead + 'The end of May was busy: Belgium on the 27th, Portugal and Italy two days later, and Norway at a summit in Oslo.', P))).toEqual(['BE signed 2024-05-27', 'ES signed 2024-05-20', 'IT signed 2024-05-29', 'NO signed null', 'PT signed 2024-05-29']);
      expect(summary(extract(lead + 'Then Greece on 3 June and Croatia in Dubrovnik.', P))).toEqual(['ES signed 2024-05-20', 'GR signed 2024-06-03', 'HR signed null']);
      expect(summary(extract(lead + 'Belgium in Brussels the next day, Portugal in Lisbon the day after.', P))).toEqual(['BE signed 2024-05-21', 'ES signed 2024-05-20', 'PT signed 2024-05-22']);
    });

    it('plans told before make the list plans', () => {
      expect(summary(extract('Spain is expected to sign a bilateral security agreement with Ukraine on Monday. Then Belgium on Tuesday and Portugal on Wednesday.', '2024-05-24'))).toEqual(['BE planned 2024-05-28', 'ES planned 2024-05-27', 'PT planned 2024-05-29']);
    });

    it('distractors: a list with a verb, a list of names only, no signing just before, results of another kind', () => {
      const lead = 'Spain and Ukraine signed a bilateral security agreement on 20 May. ';
      expect(summary(extract(lead + 'Belgium on the 27th hosted a donor conference, and Portugal on the 28th.', P))).toEqual(['ES signed 2024-05-20']);
      expect(summary(extract(lead + 'Guests: Belgium, Portugal and Italy.', P))).toEqual(['ES signed 2024-05-20']);
      expect(summary(extract('Spain and Ukraine signed a bilateral security agreement on 20 May. Officials met reporters. The weather was calm. Then Belgium on the 27th and Portugal the next day.', P))).toEqual(['ES signed 2024-05-20']);
      expect(summary(extract('The war dragged on into the summer. Belgium in Brussels on 27 May, Portugal in Lisbon the next day.', P))).toEqual([]);
    });
  });

  describe('a day of the month after the sentence named the month is that month\'s day; the story keeps its year', () => {
    it('"In March ... on the 1st"; a retrospective\'s sequence keeps the year of its last date', () => {
      expect(summary(extract('In March, the Netherlands signed its security agreement with Ukraine on the 1st.', P))).toEqual(['NL signed 2024-03-01']);
      const retro = 'Britain signed the first security agreement with Ukraine on 12 January 2024. Germany and France followed in February. Denmark came in late February. Italy signed on 24 February.';
      expect(summary(extract(retro, '2025-07-11'))).toEqual(['DE signed null', 'DK signed null', 'FR signed null', 'GB signed 2024-01-12', 'IT signed 2024-02-24']);
    });

    it('distractor: a sentence that told no signing breaks the story; the page\'s year then', () => {
      const retro = 'Britain signed the first security agreement with Ukraine on 12 January 2024. Germany and France followed in February. The war went on. Officials met. Italy signed its agreement on 24 February.';
      expect(summary(extract(retro, '2025-07-11'))).toEqual(['DE signed null', 'FR signed null', 'GB signed 2024-01-12', 'IT signed 2025-02-24']);
    });
  });

  describe('verbless items between semicolons after a signing take it, on their own day', () => {
    it('anchored, dated, placed items; several verbs of one series', () => {
      const lead = 'In January, Ukraine signed its first bilateral security agreement with Britain. ';
      expect(summary(extract(lead + 'Sweden signed on 31 May in Stockholm; Norway and Iceland the same day; and Finland two days later in Helsinki.', P))).toEqual(['FI signed 2024-06-02', 'GB signed null', 'IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
      expect(summary(extract(lead + 'Spain inked its pact on 27 May; Belgium on 28 May in Brussels; and on 11 June the Greek premier put his signature to an agreement.', P))).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27', 'GB signed null', 'GR signed 2024-06-11']);
      expect(summary(extract('Austria is expected to sign a security agreement with Ukraine on Monday; Malta and Cyprus the day after in Kyiv.', '2024-06-20'))).toEqual(['AT planned 2024-06-24', 'CY planned 2024-06-25', 'MT planned 2024-06-25']);
    });

    it('distractors: an item with a verb of its own, a list of names, a different status before', () => {
      const lead = 'In January, Ukraine signed its first bilateral security agreement with Britain. ';
      expect(summary(extract(lead + 'Sweden signed on 31 May in Stockholm; Norway hosted a conference the same day.', P))).toEqual(['GB signed null', 'SE signed 2024-05-31']);
      expect(summary(extract(lead + 'Sweden signed on 31 May; guests: Norway and Iceland.', P))).toEqual(['GB signed null', 'SE signed 2024-05-31']);
      expect(summary(extract(lead + 'Talks with Austria are under way; Malta in Valletta.', P))).toEqual(['AT negotiating null', 'GB signed null']);
    });
  });

  describe('a possessive with no noun after it stands for its owner\'s agreement', () => {
    it('"X\'s followed", "and Y\'s the same day", "X\'s was signed"', () => {
      const lead = 'In January, Ukraine signed its first bilateral security agreement with Britain. ';
      expect(summary(extract(lead + "Germany's followed on 16 February, and France's the same day.", P))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16', 'GB signed null']);
      expect(summary(extract(lead + "Denmark's was signed in Lviv on 23 February.", P))).toEqual(['DK signed 2024-02-23', 'GB signed null']);
      expect(summary(extract(lead + "Italy's came on 24 February.", P))).toEqual(['GB signed null', 'IT signed 2024-02-24']);
    });

    it('distractors: a possessive with its own noun, an unrelated possessive', () => {
      const lead = 'In January, Ukraine signed its first bilateral security agreement with Britain. ';
      expect(summary(extract(lead + "Germany's chancellor followed the talks closely.", P))).toEqual(['GB signed null']);
      expect(summary(extract(lead + "Russia's, by contrast, is a war of aggression.", P))).toEqual(['GB signed null']);
    });
  });
});
