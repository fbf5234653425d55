import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('a list under a lead that says the partners hold the agreements', () => {
  const intro = 'Kyiv has concluded bilateral agreements on security cooperation and long-term support with many partners.\n\n';

  it('reads the numbered or bulleted list under "Ukraine now has N such agreements. The partners are:"', () => {
    for (const lead of ['As of today, Ukraine has 3 such bilateral agreements. The partners are:', 'Countries that now have security pacts with Kyiv:', 'Kyiv holds ten-year agreements with these states:']) {
      const text = `${intro}${lead}\n\n1. Sweden\n2. Norway\n3. Iceland\n\nTalks continue with Austria and Malta.`;
      expect(summary(extract(text, null))).toEqual(['AT negotiating null', 'IS signed null', 'MT negotiating null', 'NO signed null', 'SE signed null']);
    }
    expect(summary(extract(`${intro}Ukraine has two such documents; they were signed with:\n- Japan\n- the United States`, null))).toEqual(['JP signed null', 'US signed null']);
  });

  it('but not a list under a lead about aid, or about another kind of agreement', () => {
    expect(summary(extract(`${intro}Ukraine has aid agreements worth billions with:\n\n1. Sweden\n2. Norway`, null))).toEqual([]);
    expect(summary(extract(`${intro}Ukraine has drone co-production deals with these partners:\n\n1. Sweden\n2. Norway`, null))).toEqual([]);
  });
});

describe('a gapped "and in mid-February with X"', () => {
  it('repeats the signing for the parties after "with", undated', () => {
    expect(summary(extract('Ukraine signed its first security agreement with Britain in January, and in mid-February with Germany and France.', '2024-02-23'))).toEqual(['DE signed null', 'FR signed null', 'GB signed null']);
    expect(summary(extract('Ukraine signed a security agreement with Canada on Saturday, and in mid-June with Japan.', '2024-06-20'))).toContain('JP signed null');
  });

  it('but a mid-month talk with someone is no signing', () => {
    expect(summary(extract('Ukraine signed a security agreement with Britain in January, and in mid-February met with Austria.', '2024-02-23'))).toEqual(['GB signed null']);
  });
});
