import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
// the visit is dated three sentences before the one that refers to it
const VISIT = 'Rutte arrived in Kyiv on Friday and signed a bilateral security agreement with Zelensky. The deal runs for ten years. It covers air defence and training. ';
const NL = 'NL signed 2024-05-10';
const others = (text: string): string[] => summary(extract(VISIT + text, P)).filter((x) => x !== NL);

describe('round 15: "during the visit" closing a clause is the visit the text dated, however far back', () => {
  it('"during the visit", "during his visit", "on the trip"', () => {
    expect(others('Spanish Prime Minister Pedro Sanchez, who travelled with him, also signed an agreement of his own with Zelensky during the visit.')).toEqual(['ES signed 2024-05-10']);
    expect(others("Belgium's De Croo signed a similar document with Zelensky during his visit.")).toEqual(['BE signed 2024-05-10']);
    expect(others('Portugal concluded its own agreement with Ukraine on the trip.')).toEqual(['PT signed 2024-05-10']);
  });

  it('distractors: a visit not yet told of, a visit named by its own place and time, no visit dated before', () => {
    expect(others('Portugal will sign its own agreement with Ukraine during a visit.')).toEqual(['PT planned null']);
    expect(others('Portugal signed its own agreement with Ukraine during the visit to Lisbon in March.')).toEqual(['PT signed null']);
    expect(summary(extract('Ukraine has security agreements with many states. Portugal signed its own security agreement with Ukraine during the visit.', P))).toEqual(['PT signed null']);
  });
});
