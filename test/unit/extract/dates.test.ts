import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const dateOf = (text: string, published: string | null): string | null => {
  const claims = extract(text, published);
  expect(claims).toHaveLength(1);
  return claims[0]!.date;
};

describe('dates', () => {
  it('absolute dates', () => {
    expect(dateOf('Poland and Ukraine signed a security agreement on July 8.', '2024-07-09')).toBe('2024-07-08');
    expect(dateOf('Poland and Ukraine signed a security agreement on 8 July.', '2024-07-09')).toBe('2024-07-08');
    expect(dateOf('Poland and Ukraine signed a security agreement on Jul. 8, 2024.', null)).toBe('2024-07-08');
  });

  it('relative dates against the publication date', () => {
    expect(dateOf('Japan and Ukraine will sign a security agreement tomorrow.', '2024-06-12')).toBe('2024-06-13');
    expect(dateOf('Japan and Ukraine signed a security agreement today.', '2024-06-13')).toBe('2024-06-13');
    expect(dateOf('Japan signed a security agreement with Ukraine yesterday.', '2024-06-14')).toBe('2024-06-13');
    expect(dateOf('Earlier today, Ukraine signed a bilateral security agreement with Italy.', '2024-02-24')).toBe('2024-02-24');
  });

  it('weekdays follow the tense', () => {
    // 2024-06-14 is a Friday
    expect(dateOf('Japan and Ukraine signed a security agreement on Thursday.', '2024-06-14')).toBe('2024-06-13');
    expect(dateOf('Japan and Ukraine will sign a security agreement on Thursday.', '2024-06-14')).toBe('2024-06-20');
    expect(dateOf('Ireland signed a security agreement with Ukraine on Friday.', '2024-06-14')).toBe('2024-06-14');
  });

  it('a past signing never lands after publication', () => {
    expect(dateOf('Canada signed a security agreement with Ukraine on December 28.', '2024-01-03')).toBe('2023-12-28');
  });

  it('infers the year around New Year for plans', () => {
    expect(dateOf('Canada will sign a security agreement with Ukraine on January 5.', '2023-12-30')).toBe('2024-01-05');
  });

  it('vague dates give null', () => {
    expect(dateOf('Last week, Ukraine signed a security agreement with France.', '2024-02-23')).toBeNull();
    expect(dateOf('Slovenia and Ukraine are set to sign a security pact next week.', '2024-06-23')).toBeNull();
    expect(dateOf('Slovenia plans to sign the security agreement with Ukraine in July.', '2024-06-23')).toBeNull();
  });

  it('without a publication date, relative dates are null and a missing year comes from the epoch', () => {
    expect(dateOf('Latvia signed a security agreement with Ukraine today.', null)).toBeNull();
    expect(dateOf('Latvia signed a security agreement with Ukraine on April 11.', null)).toBe('2024-04-11');
  });

  it('"today, <date>" in the text anchors relative dates', () => {
    const text = 'Zelensky arrives in Berlin today, February 16.\n\nGermany and Ukraine will sign a security agreement today.';
    expect(dateOf(text, null)).toBe('2024-02-16');
  });

  it('a date that modifies a noun is not the signing date', () => {
    expect(dateOf('Finland signed the security agreement with Ukraine to implement the Joint Declaration of July 12, 2023.', null)).toBeNull();
  });
});
