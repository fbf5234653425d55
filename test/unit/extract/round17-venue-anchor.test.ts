import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'President Joe Biden and President Volodymyr Zelensky on Thursday signed a bilateral security agreement at the summit in Apulia. ';

describe('"signed ... at the resort": a venue named by its kind alone is the one the text told of, on that day', () => {
  it('the venue closing its clause takes the day of the occasion before', () => {
    expect(summary(extract(`${LEAD}Japanese Prime Minister Fumio Kishida and Zelensky also signed an agreement on security cooperation at the resort.`, '2024-06-14'))).toEqual(['JP signed 2024-06-13', 'US signed 2024-06-13']);
    expect(summary(extract(`${LEAD}Canada's Justin Trudeau signed a similar security agreement with Zelensky at the venue, officials said.`, '2024-06-14'))).toEqual(['CA signed 2024-06-13', 'US signed 2024-06-13']);
    expect(summary(extract(`${LEAD}Italy's Giorgia Meloni later signed her country's security agreement with Ukraine at the castle.`, '2024-06-14'))).toEqual(['IT signed 2024-06-13', 'US signed 2024-06-13']);
  });

  it('", in which ...": a relative clause opened by a preposition tells of something else, its time is not the signing\'s', () => {
    expect(summary(extract(`${LEAD}Japanese Prime Minister Fumio Kishida and Zelensky also signed an agreement on security cooperation at the resort, in which Tokyo promised $4.5 billion in aid this year.`, '2024-06-14'))).toEqual(['JP signed 2024-06-13', 'US signed 2024-06-13']);
    expect(summary(extract(`${LEAD}Japanese Prime Minister Fumio Kishida and Zelensky also signed an agreement on security cooperation there, under which Tokyo pledges aid this year.`, '2024-06-14'))).toEqual(['JP signed 2024-06-13', 'US signed 2024-06-13']);
  });

  it('distractors: a venue with a place after it, or one that is not where the signing was', () => {
    expect(summary(extract(`${LEAD}Japanese Prime Minister Fumio Kishida and Zelensky also signed an agreement on security cooperation at the resort in May.`, '2024-06-14'))).toEqual(['JP signed null', 'US signed 2024-06-13']);
    expect(summary(extract(`${LEAD}Japan signed its own security agreement with Ukraine in Kyiv, a palace official said.`, '2024-06-14'))).toEqual(['JP signed null', 'US signed 2024-06-13']);
  });
});
