import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "On July 8, two days before the summit opened, ... signed": the distance to another event, in apposition to the
// date just written, says where that date lies; it dates nothing of its own.

describe('"On <date>, N days before <event>, ... signed": the apposition glosses the date', () => {
  it('a date or a weekday, then the distance to an event that is no signing', () => {
    expect(summary(extract('On July 8, two days before the summit opened, Tusk and Zelensky signed Poland\'s bilateral security agreement in Warsaw.', '2024-08-06'))).toEqual(['PL signed 2024-07-08']);
    expect(summary(extract('On 11 April, a day before the Easter holiday, Latvia signed a security agreement with Ukraine in Kyiv.', '2024-08-06'))).toEqual(['LV signed 2024-04-11']);
    expect(summary(extract('On Friday, three days after the elections, Romania signed its security agreement with Ukraine.', '2024-08-06'))).toEqual(['RO signed 2024-08-02']);
  });
  it('distractor: a distance that opens its sentence counts from the date before', () => {
    expect(summary(extract('Denmark signed a security agreement with Ukraine on July 5. Two days later, Poland signed its security agreement with Ukraine.', '2024-08-06'))).toEqual(['DK signed 2024-07-05', 'PL signed 2024-07-07']);
  });
  it('distractor: the distance after a party\'s own act counts back to that act', () => {
    expect(summary(extract('Security agreements with Ukraine keep coming. Sweden signed a security agreement with Ukraine on Friday, a day after Denmark did the same.', '2024-06-12'))).toEqual(['DK signed 2024-06-06', 'SE signed 2024-06-07']);
  });
});
