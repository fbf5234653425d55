import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "Trudeau and Meloni arrived in Kyiv. Both are expected to sign ...": "Both" opening a sentence that names no
// partner is the two partners the sentence before opened with as its subject.

const P = '2024-02-24';
const LEAD = 'Ukraine and Denmark signed a security agreement on Friday. ';

describe('round 15: "Both" across sentences', () => {
  it('plans and signings, with titles, leaders or states as the pair', () => {
    expect(summary(extract(LEAD + 'Canadian Prime Minister Justin Trudeau and Italian Prime Minister Giorgia Meloni arrived in Kyiv on Saturday morning.\nBoth are expected to sign bilateral security agreements with Zelenskyy today.', P))).toEqual(['CA planned 2024-02-24', 'DK signed 2024-02-23', 'IT planned 2024-02-24']);
    expect(summary(extract(LEAD + 'Mark Rutte and Petteri Orpo travelled to Kyiv on Saturday. Both leaders signed security agreements with Zelensky there.', P))).toEqual(['DK signed 2024-02-23', 'FI signed 2024-02-24', 'NL signed 2024-02-24']);
    expect(summary(extract(LEAD + 'Spain and Portugal have finished their talks. Both of them will sign security pacts with Ukraine next week.', P))).toEqual(['DK signed 2024-02-23', 'ES planned null', 'PT planned null']);
  });

  it('distractors: "Both" after a sentence with one subject, or a list of three; "both" inside a sentence', () => {
    expect(summary(extract(LEAD + 'Justin Trudeau arrived in Kyiv on Saturday with his ministers. Both are expected to sign security agreements today.', P))).not.toContain('CA planned 2024-02-24');
    expect(summary(extract(LEAD + 'Rutte, Orpo and Meloni arrived in Kyiv on Saturday. Both are expected to sign security agreements today.', P))).toEqual(['DK signed 2024-02-23']);
    expect(summary(extract(LEAD + 'Trudeau and Meloni arrived in Kyiv on Saturday. Both praised the Danish agreement.', P))).toEqual(['DK signed 2024-02-23']);
  });
});
