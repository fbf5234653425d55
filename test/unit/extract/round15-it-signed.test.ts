import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "it" as the object of a verb of signing stands for the agreement the sentences before named, as "one",
// "its own" and a sentence-initial "It will be signed" already do.

const P = '2024-06-26';
const LEAD = 'Nausėda will sign a bilateral security agreement with Ukraine on Thursday. ';

describe('round 15: "sign it" refers to the agreement named before', () => {
  it('plans, in several verbs and word orders', () => {
    expect(summary(extract(LEAD + 'The Estonian side has also completed work on its text, and Estonia is expected to sign it on the same day.', P))).toEqual(['EE negotiating null', 'EE planned 2024-06-27', 'LT planned 2024-06-27']);
    expect(summary(extract('Tirana and Kyiv agreed the final wording of a security agreement on Monday. Albania hopes to conclude it next month.', '2025-01-02'))).toContain('AL planned null');
    expect(summary(extract('Kyiv and Prague have finished talks on a bilateral security agreement. The Czech Republic intends to sign it at the summit in England, an official said.', P))).toContain('CZ planned null');
    expect(summary(extract('Kyiv and Oslo have finished the text of a security agreement. Norway will ink it on Friday.', P))).toContain('NO planned 2024-06-28');
  });

  it('distractors: "it" as the object of other verbs, a bill signed into law, a vague verb', () => {
    expect(summary(extract(LEAD + 'Estonia is expected to discuss it on the same day.', P))).toEqual(['LT planned 2024-06-27']);
    expect(summary(extract(LEAD + 'Poland passed a defence budget bill, and President Duda will sign it into law.', P))).toEqual(['LT planned 2024-06-27']);
    expect(summary(extract(LEAD + 'Latvia said a deal was near and hopes to strike it soon.', P))).toEqual(['LT planned 2024-06-27']);
  });
});

describe('round 15: "when" + a plural subject of people opens a clause of its own', () => {
  it('the leaders of a meeting are no signers of the plan beside it', () => {
    const a = 'President Nausėda will sign a bilateral security agreement with Ukraine on Thursday in Brussels, on a day when the 27 EU leaders also convene, his office said.';
    expect(summary(extract(a, P))).toEqual(['LT planned 2024-06-27']);
    const b = 'Rutte will sign a security agreement with Zelensky on Friday, when NATO defence ministers meet in Brussels.';
    expect(summary(extract(b, P))).toEqual(['NL planned 2024-06-28']);
    const c = 'Pedro Sánchez is due to sign a security pact with Ukraine on Monday, when EU foreign ministers gather in Luxembourg.';
    expect(summary(extract(c, P))).toEqual(['ES planned 2024-07-01']);
  });

  it('distractors: a single person after "when" may still be the party; a plural subject before "when" signs', () => {
    const a = 'The text of the Greek security agreement with Ukraine was finalised last week, after talks that began when Mitsotakis visited Odesa in March.';
    expect(summary(extract(a, P))).toContain('GR negotiating null');
    const b = 'Nordic leaders will sign security agreements with Ukraine when they meet in Stockholm on Friday, including Norway and Sweden.';
    expect(summary(extract(b, P))).toEqual(expect.arrayContaining(['NO planned 2024-06-28', 'SE planned 2024-06-28']));
  });
});
