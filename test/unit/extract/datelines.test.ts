import { describe, expect, it } from 'vitest';
import { datelineDay, fullDatesIn } from '../../../src/core/extract/dates/dateline-day.js';
import { extract, summary } from './helpers.js';

const page = (stamp: string, body: string): string => `Headline of the story\n\n${stamp}\n\n${body}`;

describe('a page that gives no publication date dates itself on a timestamp line near the top', () => {
  it('reads the timestamp formats of agencies, aggregators and broadcasters', () => {
    expect(datelineDay(page('Wed, April 3, 2024 at 12:15 PM UTC', 'Text.'))).toBe('2024-04-03');
    expect(datelineDay(page('Tue Sep 03 2024 - 08:10', 'Text.'))).toBe('2024-09-03');
    expect(datelineDay(page('Newswire Desk | Fasano | Updated: 13-06-2024 21:55 IST | Created: 13-06-2024 21:55 IST', 'Text.'))).toBe('2024-06-13');
    expect(datelineDay(page('JIJI PRESS - Jun 14, 2024 - 02:11 | World, Asia', 'Text.'))).toBe('2024-06-14');
    expect(datelineDay(page('Published on 16/02/2024 - 14:30•Updated 17/02/2024 - 09:12', 'Text.'))).toBe('2024-02-16');
    expect(datelineDay(page('Posted May 28, 2024 10:15 am', 'Text.'))).toBe('2024-05-28');
    expect(datelineDay(page('Updated Fri, May 31, 2024 · 3 min read', 'Text.'))).toBe('2024-05-31');
    expect(datelineDay(page('by the Kyiv desk | November 19, 2024 4:12 PM', 'Text.'))).toBe('2024-11-19');
    expect(datelineDay(page('Riga | April 11, 2024, Thursday // 14:21', 'Text.'))).toBe('2024-04-11');
    expect(datelineDay(page('Tallinn, 27 June 2024', 'Text.'))).toBe('2024-06-27');
    expect(datelineDay(page('BRUSSELS, Belgium, 16 February 2024 –', 'Text.'))).toBe('2024-02-16');
    expect(datelineDay(page('2024-07-08 09:30', 'Text.'))).toBe('2024-07-08');
  });

  it('a numeric date is read day first unless it cannot be', () => {
    expect(datelineDay(page('Published 11/07/2024', 'Text.'))).toBe('2024-07-11');
    expect(datelineDay(page('Published 07/31/2024', 'Text.'))).toBe('2024-07-31');
    expect(fullDatesIn('03/04/2024')).toEqual([{ day: '2024-04-03', alt: '2024-03-04', at: 0, end: 10 }]);
  });

  it('distractors: a sentence that holds a date, a row of a list, a date too far down', () => {
    expect(datelineDay(page('Talks began on 12 March 2024.', 'Text.'))).toBeNull();
    expect(datelineDay(page('Signed in Kyiv, 12 January 2024', 'Text.'))).toBeNull();
    expect(datelineDay(page('Germany, 16 February 2024', 'France, 16 February 2024'))).toBeNull();
    expect(datelineDay(page('The treaty was agreed on April 3, 2024 at the summit', 'Text.'))).toBeNull();
    expect(datelineDay('A\nB\nC\nD\nE\nF\n3 April 2024 | Agency\nText.')).toBeNull();
  });

  it('the timestamp is the story\'s today: "on Wednesday" and "yesterday" resolve from it', () => {
    const text = 'Finland, Ukraine sign security pact\n\nWed, April 3, 2024 at 12:15 PM UTC\n\nKYIV - Finland and Ukraine on Wednesday signed a 10-year security cooperation agreement, the Finnish president said.';
    expect(summary(extract(text, null))).toEqual(['FI signed 2024-04-03']);
    const later = 'Latvia signs pact\n\nNewswire Desk | Riga | Updated: 12-04-2024 09:10 IST\n\nLatvia and Ukraine signed a bilateral security agreement yesterday.';
    expect(summary(extract(later, null))).toEqual(['LV signed 2024-04-11']);
  });

  it('a timestamp with the publication day dates the story\'s news ("has signed")', () => {
    const text = 'Taoiseach signs agreement\n\nWed Sep 04 2024 - 17:45\n\nThe Taoiseach has signed an agreement on security cooperation with Ukraine in Kyiv.';
    expect(summary(extract(text, '2024-09-04'))).toEqual(['IE signed 2024-09-04']);
  });
});
