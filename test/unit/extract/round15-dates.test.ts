import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('a retrospective narrates a year before the page: its yearless days continue the story', () => {
  it('a day without a year after a dated step of the story is in the story\'s year', () => {
    const text = 'The series began in Kyiv on 12 January 2024, when Britain signed the first security agreement with Ukraine. Germany and France followed on 16 February.';
    expect(summary(extract(text, '2025-07-11'))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16', 'GB signed 2024-01-12']);
    const steps = 'Latvia signed its bilateral security agreement with Ukraine on 11 April 2024. Spain signed one in Madrid on 27 May.';
    expect(summary(extract(steps, '2025-06-01'))).toEqual(['ES signed 2024-05-27', 'LV signed 2024-04-11']);
    // "a week later" counts from the story's day, not from a day a year on
    const later = 'On 16 February 2024 Germany signed a security agreement with Ukraine. A week later Denmark signed one in Lviv.';
    expect(summary(extract(later, '2025-03-01'))).toEqual(['DE signed 2024-02-16', 'DK signed 2024-02-23']);
  });

  it('distractors: the story is of this year, or the day lies too far past the story\'s date', () => {
    // the dated step is of the page's own year: the usual nearest past day
    expect(summary(extract('Croatia signed a security agreement with Ukraine on 9 October 2024. Greece signed on 17 October.', '2024-10-20'))).toEqual(['GR signed 2024-10-17', 'HR signed 2024-10-09']);
    // no dated step in the last sentences: the nearest past day before the page
    const far = 'Britain signed a security agreement with Ukraine on 12 January 2024. Aid has since grown. Deliveries were slow. Officials met often. On 16 February, Germany signed a security agreement with Ukraine.';
    expect(summary(extract(far, '2025-03-01'))).toContain('DE signed 2025-02-16');
    // a day more than half a year past the story's date is not its next step
    expect(summary(extract('Britain signed a security agreement with Ukraine on 12 January 2024. Albania signed one on 16 November.', '2025-12-01'))).toContain('AL signed 2025-11-16');
  });
});

describe('"a year ago today": the anniversary\'s exact day', () => {
  it('years and months before the day of publication', () => {
    expect(summary(extract('A year ago today, Britain and Ukraine signed a security agreement.', '2025-01-12'))).toEqual(['GB signed 2024-01-12']);
    expect(summary(extract('Twelve months ago today, Rishi Sunak put his name to the first bilateral security agreement with Ukraine in Kyiv.', '2025-01-12'))).toEqual(['GB signed 2024-01-12']);
    expect(summary(extract('Six months ago this day Poland signed its security agreement with Ukraine.', '2025-01-08'))).toEqual(['PL signed 2024-07-08']);
  });

  it('without "today" it is no day', () => {
    expect(summary(extract('A year ago, Britain and Ukraine signed a security agreement.', '2025-01-12'))).toEqual(['GB signed null']);
  });
});

describe('days counted back or forward from publication, and weekdays of the week before or after', () => {
  const L = 'Ukraine has signed security agreements with many partners. ';
  const P = '2024-06-20'; // a Thursday
  it('"seven days ago", "a week ago today", "the day before yesterday"', () => {
    expect(summary(extract(L + 'Japan signed its agreement seven days ago.', P))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract(L + 'Japan signed its agreement a week ago today.', P))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract(L + 'Japan signed its agreement the day before yesterday.', P))).toEqual(['JP signed 2024-06-18']);
    expect(summary(extract(L + 'Japan will sign its agreement the day after tomorrow.', P))).toEqual(['JP planned 2024-06-22']);
  });

  it('"Thursday last week", "on Monday next week": the weekday of the calendar week before or after', () => {
    expect(summary(extract(L + 'Japan signed its agreement on Thursday last week.', P))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract(L + 'Japan signed its agreement on Friday last week.', '2024-06-17'))).toEqual(['JP signed 2024-06-14']);
    expect(summary(extract(L + 'Japan will sign its agreement on Monday next week.', P))).toEqual(['JP planned 2024-06-24']);
  });

  it('"on Thursday, the 13th (of June)": the day of the month says which Thursday', () => {
    expect(summary(extract(L + 'Japan signed its agreement on Thursday, the 13th.', P))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract(L + 'Japan signed its agreement on Thursday, the 13th of June.', P))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract(L + 'Japan will sign on Monday, the 24th, officials said.', P))).toEqual(['JP planned 2024-06-24']);
  });

  it('approximate spans stay undated: "a week ago", "a few days ago"', () => {
    expect(summary(extract(L + 'Japan signed its agreement a week ago.', P))).toEqual(['JP signed null']);
    expect(summary(extract(L + 'Japan signed its agreement a few days ago.', P))).toEqual(['JP signed null']);
  });
});

describe('"on 11 April last year": the year counted from publication', () => {
  const L = 'Ukraine has signed security agreements with many partners. ';
  it('last year, next year', () => {
    expect(summary(extract(L + 'President Edgars Rinkēvičs signed the agreement with Volodymyr Zelensky in Kyiv on 11 April last year.', '2025-04-20'))).toEqual(['LV signed 2024-04-11']);
    expect(summary(extract(L + 'Denmark signed its agreement in Lviv on 23 February last year.', '2025-04-20'))).toEqual(['DK signed 2024-02-23']);
    expect(summary(extract(L + 'Japan will sign on 13 June next year.', '2025-04-20'))).toEqual(['JP planned 2026-06-13']);
  });

  it('distractors: "last year" after a comma belongs to another phrase; a past day after publication is dropped', () => {
    expect(summary(extract(L + 'Latvia signed on 11 April, and last year was difficult.', '2025-04-20'))).toEqual(['LV signed 2025-04-11']);
    expect(summary(extract(L + 'Spain signed on 27 May this year.', '2025-04-20'))).toEqual(['ES signed null']);
  });
});

describe('"at which" / "during which": the occasion the clause before told of', () => {
  const LEAD = 'Iceland and Volodymyr Zelensky today signed a ten-year security deal in Stockholm. ';
  it('signings at the occasion take its day', () => {
    expect(summary(extract(LEAD + 'The ceremony was held during a summit of the Nordic leaders, at which Sweden and Norway also signed agreements of their own.', '2024-05-31'))).toEqual(['IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
    expect(summary(extract('Zelensky attended the NATO summit in Washington on 11 July 2024, during which Romania signed a security agreement with Ukraine.', '2024-07-20'))).toEqual(['RO signed 2024-07-11']);
  });

  it('"at which point" is no occasion', () => {
    expect(summary(extract('Talks dragged on until the spring, at which point Norway signed a security agreement with Ukraine.', '2024-07-20'))).toEqual(['NO signed null']);
  });
});

describe('"on the summit\'s sidelines" (round 17): the possessive form of the margins of the gathering', () => {
  it('takes the day of the gathering told before', () => {
    expect(summary(extract("EU leaders meet in Brussels on Thursday, 27 June. Lithuania and Estonia are expected to sign their bilateral security agreements with Zelensky on the summit's sidelines.", '2024-06-25'))).toEqual(['EE planned 2024-06-27', 'LT planned 2024-06-27']);
  });
});
