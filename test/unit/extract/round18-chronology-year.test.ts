import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A chronology names the year once: the yearless days after a full date in the same sentence are of that year,
// whatever the publication date (a 2025 retrospective lists 2024 signings).
describe('a yearless day after a full date in its sentence takes that year', () => {
  it('reads "on 12 January 2024, followed by Germany on 16 February" as 2024 in a 2025 article', () => {
    const text = 'Britain was the first to sign a bilateral security agreement with Ukraine, on 12 January 2024, followed by Germany and France on 16 February and Denmark on 23 February.';
    expect(summary(extract(text, '2025-11-20'))).toEqual(['DE signed 2024-02-16', 'DK signed 2024-02-23', 'FR signed 2024-02-16', 'GB signed 2024-01-12']);
  });

  it('reads month-first dates the same way', () => {
    const text = 'Spain signed its bilateral security agreement with Ukraine on May 27, 2024, Belgium and Portugal on May 28 and Sweden on May 31.';
    expect(summary(extract(text, '2025-09-03'))).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27', 'PT signed 2024-05-28', 'SE signed 2024-05-31']);
  });

  it('carries the year into a later clause of the sentence', () => {
    const text = 'The Netherlands concluded its security agreement with Ukraine on 1 March 2024 in Kharkiv, while Finland signed its own on 3 April.';
    expect(summary(extract(text, '2026-01-15'))).toEqual(['FI signed 2024-04-03', 'NL signed 2024-03-01']);
  });

  it('distractor: a day earlier in the calendar than the full date is left to the publication date', () => {
    const text = 'Croatia signed its security agreement with Ukraine on 9 October 2024 in Dubrovnik, and Albania signed one on 13 January.';
    expect(summary(extract(text, '2025-02-01'))).toEqual(['AL signed 2025-01-13', 'HR signed 2024-10-09']);
  });

  it('distractor: a full date in another sentence does not reach the day', () => {
    const text = 'The war entered its third year on 24 February 2024. Germany signed its security agreement with Ukraine on 16 February.';
    expect(summary(extract(text, '2025-03-01'))).toEqual(['DE signed 2025-02-16']);
  });
});

// A site's timestamp may print the time before the date ("13:05 JST, June 14, 2024"): on a page with no
// publication date that line still dates the story.
describe('a timestamp line with the time first dates an undated page', () => {
  it('reads "on Thursday" from "13:05 JST, June 14, 2024"', () => {
    const text = 'Japan, Ukraine sign accord\n\n13:05 JST, June 14, 2024\n\nPrime Minister Fumio Kishida and President Volodymyr Zelensky signed on Thursday the Accord on Support for Ukraine and Cooperation between Japan and Ukraine.';
    expect(summary(extract(text, null))).toEqual(['JP signed 2024-06-13']);
  });

  it('takes a time with am/pm and a zone before a day-first date', () => {
    const text = 'Latvia signs pact\n09:40 CET | 12 April 2024\nLatvia and Ukraine signed a bilateral security agreement yesterday in Kyiv.';
    expect(summary(extract(text, null))).toEqual(['LV signed 2024-04-11']);
  });

  it('distractor: words of a sentence before the time make the line news, not a timestamp', () => {
    const text = 'Finland signs pact\nMeeting starts 10:30 CET, 3 April 2024\nFinland and Ukraine signed a bilateral security agreement yesterday.';
    expect(summary(extract(text, null))).toEqual(['FI signed null']);
  });
});
