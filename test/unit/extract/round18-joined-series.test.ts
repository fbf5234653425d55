import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const at = (text: string): string[] => summary(extract(text, '2024-12-31'));

describe('a bare "joined" with only a time after it goes on with the signings told', () => {
  it('"joined on" a day', () => {
    expect(at('Britain signed the first bilateral security agreement with Ukraine on 12 January. Lithuania joined on 27 June.')).toEqual(['GB signed 2024-01-12', 'LT signed 2024-06-27']);
  });

  it('then gapped items with days of their own', () => {
    expect(at('Ukraine concluded security agreements with Germany and France in February. Spain joined on 27 May, Belgium on 28 May and Sweden on 31 May.')).toEqual([
      'BE signed 2024-05-28', 'DE signed null', 'ES signed 2024-05-27', 'FR signed null', 'SE signed 2024-05-31',
    ]);
  });

  it('"joined a day later", the clause ending on it', () => {
    expect(at('Denmark concluded its security agreement with Ukraine on 23 February. Italy and Canada joined a day later.')).toEqual(['CA signed 2024-02-24', 'DK signed 2024-02-23', 'IT signed 2024-02-24']);
    expect(at('Denmark concluded its security agreement with Ukraine in Lviv. Then Italy joined.')).toEqual(['DK signed null', 'IT signed null']);
  });

  it('distractors: an object after it, an object before it, a passive', () => {
    expect(at('Britain signed its security agreement with Ukraine on 12 January. Finland joined NATO in April 2023.')).toEqual(['GB signed 2024-01-12']);
    expect(at('Britain signed its security agreement with Ukraine on 12 January, under the G7 declaration, which Portugal joined in August 2023.')).toEqual(['GB signed 2024-01-12']);
    expect(at('Britain signed its security agreement with Ukraine on 12 January. Zelensky was joined by Meloni in Kyiv on 24 February.')).toEqual(['GB signed 2024-01-12']);
  });
});
