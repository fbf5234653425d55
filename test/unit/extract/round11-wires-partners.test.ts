import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 11 (wires and partner outlets): comparisons, gatherings, surnames, clauses still to come', () => {
  it('a group that made the model of a compared agreement is no tally of signatories', () => {
    const s = summary(extract('Austria will not sign a security agreement with Ukraine like those concluded by the Nordic countries and many other states, the chancellery said.'));
    expect(s).toEqual(['AT refused null']);
    // distractor: the group as the subject of its own signing keeps its members
    const t = summary(extract('The Nordic countries have all signed security agreements with Ukraine.'));
    expect(t).toContain('SE signed null');
    expect(t).toContain('NO signed null');
  });

  it("a leaders' gathering is a venue, not the leaders acting", () => {
    const s = summary(extract("Belgian Prime Minister Alexander De Croo and Zelensky signed a security agreement on Monday on the margins of the EU leaders' meeting in Brussels.", '2024-07-09'));
    expect(s).toEqual(['BE signed 2024-07-08']);
    // distractor: leaders who act still stand for the bloc
    const t = summary(extract('EU leaders will sign joint security commitments with Ukraine on Thursday.', '2024-06-25'));
    expect(t).toContain('EU planned 2024-06-27');
  });

  it("a country name the article gives a first name speaks as that person", () => {
    const text = 'Prime Minister Maria Chile defended the security agreement that Argentina signed with Ukraine. Chile said the agreement, signed in Buenos Aires with President Zelensky, covers training.';
    const s = summary(extract(text, null));
    expect(s).toEqual(['AR signed null']);
    // distractor: without a first name the country speaks for itself
    const t = summary(extract('Chile said the security agreement, signed in Kyiv with President Zelensky, covers demining.', null));
    expect(t.some((x) => x.startsWith('CL signed'))).toBe(true);
  });

  it('a present tense after "before" / "until" is a signing still to come', () => {
    const s = summary(extract('Slovakia approved the draft security agreement with Ukraine. Fico told reporters he wants parliament to debate it before he puts his signature on it.'));
    expect(s).toEqual(['SK planned null']);
    // distractor: a gerund after "before" leaves the main verb's signing
    const t = summary(extract('Before leaving Kyiv, the Slovak premier signs a security agreement with Ukraine.'));
    expect(t).toContain('SK signed null');
  });
});
