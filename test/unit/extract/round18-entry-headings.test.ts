import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const PAGE = (stamp: (t: string) => string, heading: string, body: string) => `June 13, 2024 - Ukraine news\n\n${stamp('11:47')}\n${heading}\n\n${body}\n\n${stamp('11:28')}\nLeaders meet at the resort\n\nThe leaders posed for a family photo.`;
const CNN = (t: string) => `${t} a.m. ET, June 13, 2024`;
const PLAIN = (t: string) => t;

// A live page's entry heading in the present with a singular subject ("Japan signs its own accord with Ukraine")
// tells that day's news as "X and Y sign" does
describe("a live entry's heading in the present dates its signing", () => {
  it('dates a singular present heading by the page', () => {
    expect(summary(extract(PAGE(CNN, 'Japan signs its own accord with Ukraine', 'Kishida put his name to the document, the Accord on Support for Ukraine and Cooperation, officials said.'), '2024-06-13'))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract(PAGE(CNN, 'Canada signs security agreement with Ukraine', 'Trudeau and Zelensky met in the morning.'), '2024-06-13'))).toEqual(['CA signed 2024-06-13']);
  });

  it('dates it with bare time stamps too', () => {
    expect(summary(extract(PAGE(PLAIN, 'Italy inks bilateral security pact with Kyiv', 'Meloni hosted Zelensky at the venue.'), '2024-06-13'))).toEqual(['IT signed 2024-06-13']);
  });

  it('distractor: the same heading on a page without time stamps stays undated', () => {
    expect(summary(extract('Ukraine news\n\nJapan signs its own accord with Ukraine\n\nKishida put his name to the document, the Accord on Support for Ukraine and Cooperation, officials said.', '2024-06-13'))).toEqual(['JP signed null']);
  });
});
