import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const BLOG = (entry: string) => `Live Briefing: the war in Ukraine\n\nOur live blog on the war.\n\nApril 11, 2024\n\n${entry}\n\n14:20 Russian strikes overnight damaged two thermal power plants, the operator said.\n\n10:03 The mayor said drones had hit energy infrastructure in the city.`;

// A live blog's entry that opens on its time stamp tells the news of its day, in the past as in the present
// ("17:52 Rinkēvičs and Zelensky signed …"); a page with no publication date is dated by its date line.
describe("a time-stamped live entry's signing is news of the blog's day", () => {
  it('dates a past signing in an entry by the date line of an undated page', () => {
    expect(summary(extract(BLOG('17:52 Latvian President Edgars Rinkēvičs and Volodymyr Zelensky signed a bilateral security agreement in Kyiv.'), null))).toEqual(['LV signed 2024-04-11']);
  });

  it('dates it by the publication date too', () => {
    expect(summary(extract(BLOG('17:52 GMT: Finland and Ukraine signed a ten-year security agreement in Kyiv.'), '2024-04-03'))).toEqual(['FI signed 2024-04-03']);
  });

  it('dates a perfect ("have signed") on an undated page with a date line', () => {
    expect(summary(extract(BLOG('Latvia and Ukraine have signed a bilateral security agreement, the presidents said.'), null))).toEqual(['LV signed 2024-04-11']);
  });

  it('distractor: a past signing in a sentence without a time stamp stays undated', () => {
    expect(summary(extract(BLOG('The Netherlands signed a bilateral security agreement with Ukraine, officials recalled.'), null))).toEqual(['NL signed null']);
  });
});
