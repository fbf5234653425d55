import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A journey in the past progressive ("was heading to Brussels to conclude a pact") was under way when the
// report was written: its purpose is a plan; a journey made ("flew to Lisbon to sign") stays a signing.

describe('round 15: a journey under way ("was heading to X to sign") is a plan, a journey made a signing', () => {
  const PUB = '2024-05-28';
  const L = 'Zelensky signed a security agreement with Spain in Madrid on Monday. ';
  it('past progressive of motion before "to sign": planned', () => {
    expect(summary(extract(L + 'The Ukrainian leader was heading on Tuesday to Brussels to conclude a pact of the same kind with Prime Minister Alexander De Croo of Belgium.', PUB))).toEqual(['BE planned 2024-05-28', 'ES signed 2024-05-27']);
    expect(summary(extract(L + 'He was travelling to Lisbon to sign a similar agreement with Portugal.', PUB))).toEqual(['ES signed 2024-05-27', 'PT planned null']);
    expect(summary(extract(L + 'Zelensky and his team were flying to Stockholm to sign similar pacts with Sweden and Norway.', PUB))).toEqual(['ES signed 2024-05-27', 'NO planned null', 'SE planned null']);
  });

  it('distractors: a journey made stays a signing', () => {
    expect(summary(extract(L + 'He then flew to Lisbon to sign a similar agreement with Portugal.', PUB))).toEqual(['ES signed 2024-05-27', 'PT signed null']);
    expect(summary(extract(L + 'Zelensky headed to Brussels to sign a similar pact with Belgium.', PUB))).toEqual(['BE signed null', 'ES signed 2024-05-27']);
  });
});
