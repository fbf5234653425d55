import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Ukrainian outlets close a signing story with the tally: "Ukraine now has 25 bilateral security agreements,
// including those with …", "X is the 28th partner with which Ukraine has signed such a document. Among them are
// …. The list also includes …". The partners named in the tally signed, undated.
describe('a counted holding names the partners it includes', () => {
  it('reads "now has 25 bilateral security agreements, including those with X and Y"', () => {
    expect(summary(extract('Thus, Ukraine now has 25 bilateral security agreements, including those with the United States and the European Union.', '2024-07-18'))).toEqual(['EU signed null', 'US signed null']);
  });

  it('reads a number word and "including with"', () => {
    expect(summary(extract('Kyiv already has twenty such security agreements, including with Japan and Canada.', '2024-07-01'))).toEqual(['CA signed null', 'JP signed null']);
  });

  it('reads "among them"', () => {
    expect(summary(extract('Ukraine has 17 security agreements, among them those with France and Italy.', '2024-06-14'))).toEqual(['FR signed null', 'IT signed null']);
  });

  it('distractor: a count with no partner named is no claim', () => {
    expect(summary(extract('Ukraine now has 25 security agreements with its partners, officials in Kyiv said.', '2024-07-18'))).toEqual([]);
  });
});

const STORY = 'Zelensky and Mitsotakis signed a bilateral security agreement in Brussels on Thursday. ';

describe('a place in the series of signings opens the list of the others', () => {
  it('reads "Among them are …" after "the 28th partner with which Ukraine has signed such a document"', () => {
    const text = `${STORY}Greece is the 28th partner with which Ukraine has signed such a document. Among them are the United States, Japan and Canada.`;
    expect(summary(extract(text, '2024-10-17'))).toEqual(['CA signed null', 'GR signed 2024-10-17', 'JP signed null', 'US signed null']);
  });

  it('goes on into "the list also includes …" after the first list', () => {
    const text = `${STORY}Greece became the 28th country to sign such an agreement with Ukraine. Among them are the United States and Japan. In Europe, the list also includes Denmark and the Netherlands.`;
    expect(summary(extract(text, '2024-10-17'))).toEqual(['DK signed null', 'GR signed 2024-10-17', 'JP signed null', 'NL signed null', 'US signed null']);
  });

  it('reads "the tenth state"', () => {
    const text = `${STORY}Greece is the tenth state with which Ukraine has signed this kind of document. Among the others are Sweden and Norway.`;
    expect(summary(extract(text, '2024-10-17'))).toEqual(['GR signed 2024-10-17', 'NO signed null', 'SE signed null']);
  });

  it('distractor: "the first partner" opens no list of others', () => {
    const text = `${STORY}Britain was the first partner with which Ukraine signed such a document. Among them are aid pledges and training.`;
    expect(summary(extract(text, '2024-10-17'))).toEqual(['GB signed null', 'GR signed 2024-10-17']);
  });

  it('distractor: a list of something else two sentences on is not continued', () => {
    const text = `${STORY}Greece is the 28th partner with which Ukraine has signed such a document. Among them are the United States and Japan. Officials said the next summit list includes Austria and Malta as guests.`;
    expect(summary(extract(text, '2024-10-17'))).toEqual(['GR signed 2024-10-17', 'JP signed null', 'US signed null']);
  });
});
