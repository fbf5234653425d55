import { describe, expect, it } from 'vitest';
import { sectionDays } from '../../../src/core/extract/dates/section-day.js';
import { extract, summary } from './helpers.js';

// A live blog runs over days, each under a line that is only its date: the entries under it tell "today" and
// "this evening" from that day, not from the day the page was first published.
describe('a day heading dates the live-blog entries under it', () => {
  const blog = (heading: string) => `Russia-Ukraine war live\n\nThursday 15 February 2024\n\n18:40 GMT – Zelensky's office said he would travel to Europe.\n\n${heading}\n\n14:05 GMT – Germany and Ukraine have signed a bilateral security agreement, Chancellor Scholz said today.\n\n19:30 GMT – France signed its own security agreement with Ukraine this evening in Paris.`;

  it('reads "Friday 16 February 2024"', () => {
    expect(summary(extract(blog('Friday 16 February 2024'), '2024-02-15'))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16']);
  });

  it('reads a numeric heading and a month-first one', () => {
    expect(summary(extract(blog('16.02.2024'), '2024-02-15'))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16']);
    expect(summary(extract(blog('Friday, February 16, 2024'), '2024-02-15'))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16']);
  });

  it('reads a yearless heading with its weekday, in the year nearest the publication date', () => {
    expect(summary(extract(blog('Friday 16 February'), '2024-02-15'))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16']);
  });

  it('distractor: a sentence with a date is no heading', () => {
    expect(summary(extract(blog('The talks began on 16 February 2024.'), '2024-02-15'))).toEqual(['DE signed 2024-02-15', 'FR signed 2024-02-15']);
  });

  it('distractor: a yearless date without its weekday is a row of a chronology, no heading', () => {
    expect(sectionDays('16 February\nGermany and France signed.', '2024-03-01')).toEqual([]);
  });
});

describe('sectionDays', () => {
  it('lists the headings with their offsets', () => {
    const text = 'Live\nMon 12 Feb 2024\nnews\nTuesday 13 February 2024 09:30 CET\nmore news';
    expect(sectionDays(text, '2024-02-12')).toEqual([{ at: 5, day: '2024-02-12' }, { at: 26, day: '2024-02-13' }]);
  });
});
