import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';

describe('round 15: an agreement "on the agenda" of an occasion ahead is a plan to sign it', () => {
  it('the agreement as subject, in a main clause or a "where" clause, with "also" / "high"', () => {
    expect(summary(extract(LEAD + 'Zelensky travels to Rome on Friday, where a security agreement with Italy is also on the agenda.', P))).toEqual([FI, 'IT planned 2024-05-17']);
    expect(summary(extract(LEAD + "A bilateral security pact with Spain is on the agenda of Sanchez's visit to Kyiv next week.", P))).toEqual(['ES planned null', FI]);
    expect(summary(extract(LEAD + 'Meloni will host Zelensky; the agreement with Italy is high on the agenda.', P))).toEqual([FI, 'IT planned null']);
    // (an expected agreement in a "where" clause, likewise)
    expect(summary(extract(LEAD + 'Zelensky flies to Madrid, where an agreement with Spain is expected on Tuesday.', P))).toEqual(['ES planned 2024-05-21', FI]);
  });

  it('distractors: another subject, a denied or past agenda', () => {
    expect(summary(extract(LEAD + 'Security is on the agenda of the talks with Italy.', P))).toEqual([FI]);
    expect(summary(extract(LEAD + 'A decision on the agreement with Italy is on the agenda.', P))).toEqual([FI]);
    expect(summary(extract(LEAD + 'A security agreement with Italy is not on the agenda of the visit.', P))).toEqual([FI]);
    expect(summary(extract(LEAD + 'A security agreement with Italy was on the agenda in March.', P))).toEqual([FI]);
  });
});

describe('round 15: a sentence opened by "It" as the subject of a passive signing speaks of the agreement before', () => {
  const T = 'Bulgaria and Ukraine discuss security agreement';
  const run = (text: string): string[] => summary(extract(text, P, T));
  it('modals and "is to be", with a condition, a place or a month after', () => {
    expect(run('Bulgaria discussed a security agreement with Ukraine. It will be signed once the text is agreed.')).toEqual(['BG negotiating null', 'BG planned null']);
    expect(run('Bulgaria discussed a security agreement with Ukraine. It is to be concluded in June.')).toEqual(['BG negotiating null', 'BG planned null']);
    expect(run('Bulgaria discussed a security agreement with Ukraine. It could be signed at the NATO summit in July.')).toEqual(['BG negotiating null', 'BG planned null']);
  });

  it('distractors: "it" with another predicate, and "it" for another kind of deal', () => {
    expect(run('Bulgaria discussed a security agreement with Ukraine. It will be a long process.')).toEqual(['BG negotiating null']);
    expect(run('Bulgaria discussed a security agreement with Ukraine. It was agreed that talks would continue.')).toEqual(['BG negotiating null']);
    expect(summary(extract('Ukraine and Bulgaria signed a minerals deal on Monday. It was signed in Sofia.', P))).toEqual([]);
  });
});
