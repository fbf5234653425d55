import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 11: Ukrainian outlets (list rows with venues, passive lists, present-state phrasing)', () => {
  it('a list row may close with its venue in brackets and the list punctuation after the date', () => {
    const text = [
      'Where Ukraine has signed security agreements so far',
      '',
      'Signed agreements:',
      '',
      'Belgium – May 28, 2024 (Brussels);',
      'Luxembourg, Romania – July 10, 2024 (Washington);',
      'Croatia – October 9, 2024 (Dubrovnik).',
    ].join('\n');
    const s = summary(extract(text, '2024-12-01'));
    expect(s).toEqual(['BE signed 2024-05-28', 'HR signed 2024-10-09', 'LU signed 2024-07-10', 'RO signed 2024-07-10']);
    // distractor: the venue in brackets is no party, and a list of aid pledges is no list of signings
    const t = summary(extract(['Aid pledges for Ukraine:', '', 'Belgium – May 28, 2024 (Brussels);', 'Norway – May 31, 2024 (Washington);'].join('\n'), '2024-12-01'));
    expect(t).toEqual([]);
  });
});
