import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A wire's dateline with its agency between the date and the dash ("LISBON, May 28 (Lusa) -") is the day the
// story is filed on: on a page with no publication date, its "on Tuesday" and "yesterday" count from it.
describe('a wire dateline with the agency in parentheses dates an undated page', () => {
  it('reads "on Tuesday" from "PLACE, Month Day (Agency) -" (year from the text)', () => {
    const text = 'RIGA, April 11 (LETA) - Latvian President Edgars Rinkēvičs and Ukrainian President Volodymyr Zelensky signed a bilateral security agreement on Thursday in Kyiv. Latvia will provide 0.25% of its GDP in military aid in 2024.';
    expect(summary(extract(text, null))).toEqual(['LV signed 2024-04-11']);
  });

  it('reads "yesterday" back from it', () => {
    const text = 'HELSINKI, April 4 (STT) - Finland and Ukraine signed a ten-year security agreement in Kyiv yesterday, President Alexander Stubb said. The package for 2024 is worth 188 million euros.';
    expect(summary(extract(text, null))).toEqual(['FI signed 2024-04-03']);
  });

  it('takes an agency of several words, and a day-first date', () => {
    const text = 'MADRID, 28 May (Europa Press) - Spain signed a bilateral security agreement with Ukraine on Monday, pledging one billion euros of military aid in 2024.';
    expect(summary(extract(text, null))).toEqual(['ES signed 2024-05-27']);
  });

  it('distractor: a sentence with a date and a bracket is no dateline, and the weekday stays undated', () => {
    const text = 'Talks resumed, May 28 (a Tuesday) - and Spain signed a bilateral security agreement with Ukraine on Monday. The aid for 2024 is one billion euros.';
    expect(summary(extract(text, null))).toEqual(['ES signed null']);
  });

  it('distractor: with a publication date the dateline changes nothing', () => {
    const text = 'RIGA, April 11 (LETA) - Latvia and Ukraine signed a bilateral security agreement on Thursday in Kyiv.';
    expect(summary(extract(text, '2024-04-12'))).toEqual(['LV signed 2024-04-11']);
  });
});
