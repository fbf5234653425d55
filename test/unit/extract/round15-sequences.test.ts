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
});
