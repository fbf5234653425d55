import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2025-03-13';

describe('a legislature passing "the bill ratifying" the agreement ratifies it', () => {
  it('passed, adopted, approved: the act is the ratification, on the vote\'s day', () => {
    expect(summary(extract('Estonia\'s parliament on Wednesday passed a law ratifying the bilateral security agreement with Ukraine.', P))).toEqual(['EE ratified 2025-03-12']);
    expect(summary(extract('On Tuesday the Czech Chamber of Deputies adopted legislation ratifying the long-term security agreement between Prague and Kyiv.', P))).toEqual(['CZ ratified 2025-03-11']);
    expect(summary(extract('Lawmakers in Malta approved the bill ratifying the country\'s security agreement with Ukraine on Monday.', P))).toContain('MT ratified 2025-03-10');
  });

  it('distractors: a bill not passed, a bill only talked about, a bill the government sent', () => {
    expect(summary(extract('The Saeima has not yet passed the bill ratifying the security agreement with Ukraine.', P))).toEqual([]);
    expect(summary(extract('Critics said the bill ratifying the security agreement with Ukraine was rushed.', P))).toEqual([]);
    expect(summary(extract('The Slovak government on Monday sent parliament the bill ratifying the security agreement with Ukraine.', P))).not.toContain('SK ratified 2025-03-10');
  });
});
