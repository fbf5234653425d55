import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Articles without a publication date: the year of "on July 18" must come from somewhere else.
const got = (text: string): string[] => summary(extract(text, null));

describe('a missing year without a publication date', () => {
  it('a day with its weekday takes the year nearest the years the text names, not the first match after them', () => {
    // The text names 2025 and 2026 (aid plans); Thursday 11 April is 2024.
    const text = 'On Thursday, April 11, the Latvian president and Zelensky signed a bilateral security agreement in Vilnius. Latvia will provide 0.25% of its GDP in military aid in 2025 and 2026.';
    expect(got(text)).toEqual(['LV signed 2024-04-11']);
  });

  it('a year named from before the agreements does not pull the date back', () => {
    // 11 April 2020 was a Saturday; the search starts at the agreements' first year, 2024.
    const text = 'On Thursday, April 11, the Latvian president and Zelensky signed a bilateral security agreement. In 2020 the two had met in Riga.';
    expect(got(text)).toEqual(['LV signed 2024-04-11']);
  });

  it('a signing without a year is not placed before the first of these agreements (January 2024)', () => {
    const text = 'On July 18, on the sidelines of the summit, Zelensky and the Czech prime minister signed a bilateral security agreement.';
    expect(got(text)).toEqual(['CZ signed 2024-07-18']);
  });
});
