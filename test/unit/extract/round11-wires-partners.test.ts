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

  it('list members dated one by one keep their dates when a member without one follows in a clause of its own', () => {
    const s = summary(extract('Zelensky signed security agreements with Ireland on Monday and Portugal on Tuesday, adding to the Spanish agreement concluded in Madrid last month.', '2024-07-12'));
    expect(s).toEqual(['ES signed null', 'IE signed 2024-07-08', 'PT signed 2024-07-09']);
    // distractor: an undated member in the same clause leaves the list undated
    const t = summary(extract('Zelensky signed security agreements with Ireland on Monday and Portugal on Tuesday and Spain.', '2024-07-12'));
    expect(t).toEqual(['ES signed null', 'IE signed null', 'PT signed null']);
  });

  it('a hyphenated compound counts as one word between a signing idiom and its agreement', () => {
    const s = summary(extract('Prime Minister Petr Fiala and Volodymyr Zelensky put their names to a ten-year security cooperation and long-term support deal in Prague today.', '2024-07-18'));
    expect(s).toEqual(['CZ signed 2024-07-18']);
    // distractor: the idiom's object is another text, the security agreement only a later plan
    const t = summary(extract('Prime Minister Petr Fiala and Volodymyr Zelensky put their names to a ten-year grain export and long-term energy supply plan, and a security agreement is due later.', '2024-07-18'));
    expect(t.some((x) => x.includes('signed'))).toBe(false);
  });

  it('"the first of the Nordic countries to conclude" is an ordinal signatory', () => {
    const s = summary(extract('Finland will sign a security agreement with Ukraine. Norway, the first of the Nordic countries to conclude such a text, signed its agreement in Oslo in May.'));
    expect(s).toEqual(['FI planned null', 'NO signed null']);
    // distractor: "one of ... expected to conclude" is no ordinal; the plan stays a plan
    const t = summary(extract('Finland will sign a security agreement with Ukraine. Norway, one of the Nordic countries expected to conclude such a text, will sign its agreement in June.'));
    expect(t).toEqual(['FI planned null', 'NO planned null']);
  });

  it('a gapped "and yesterday with X" repeats the signing with its own day', () => {
    const s = summary(extract('Ukraine signed a security agreement with Greece today, and yesterday with Cyprus.', '2024-05-28'));
    expect(s).toEqual(['CY signed 2024-05-27', 'GR signed 2024-05-28']);
    // distractor: a new clause with its own verb is no gapped item
    const t = summary(extract('Ukraine signed a security agreement with Greece today, and yesterday Cyprus announced talks on its own.', '2024-05-28'));
    expect(t.some((x) => x.startsWith('CY signed'))).toBe(false);
  });

  it("an authorisation's day is not the signing's", () => {
    const s = summary(extract('The Romanian government on Tuesday authorised the foreign minister to sign the security agreement with Ukraine.', '2024-12-17'));
    expect(s).toEqual(['RO planned null']);
    // distractor: a day after "to sign" is the signing's own
    const t = summary(extract('The Romanian government authorised the foreign minister to sign the security agreement with Ukraine on Thursday.', '2024-12-17'));
    expect(t).toEqual(['RO planned 2024-12-19']);
  });

  it('capitals right after an agreement noun and before a verb are the subject of a relative clause', () => {
    const s = summary(extract('Greece signed a security agreement with Ukraine. "It is similar to the agreements Madrid and Lisbon have concluded with Kyiv," the minister said.', '2024-03-05'));
    expect(s).toEqual(['ES signed null', 'GR signed null', 'PT signed null']);
    // distractor: a capital as a noun modifier ("Madrid lawyers") is no party
    const t = summary(extract('Greece signed a security agreement with Ukraine. "It is similar to the agreements Madrid lawyers have drafted for Kyiv," the minister said.', '2024-03-05'));
    expect(t).toEqual(['GR signed null']);
  });

  it('"was the first to reach such a deal" is an ordinal signatory without a head noun', () => {
    const s = summary(extract('Finland signed a security agreement with Ukraine. Denmark was the first to reach such a deal, in February.', '2024-03-05'));
    expect(s).toEqual(['DK signed null', 'FI signed null']);
    // distractor: reaching a place is no deal
    const t = summary(extract('Finland signed a security agreement with Ukraine. Denmark was the first to reach Kyiv by train, in February.', '2024-03-05'));
    expect(t).toEqual(['FI signed null']);
  });

  it('talks or the agreement itself "at the final stage" are negotiations with the partner', () => {
    const s = summary(extract('Zelensky signed a security agreement with Spain. Talks with Belgium and Portugal were "at the final stage", his office said.', '2024-05-20'));
    expect(s).toEqual(['BE negotiating null', 'ES signed null', 'PT negotiating null']);
    const t = summary(extract('The security agreement between Ireland and Ukraine is in the final phase of coordination, the ministry said.', '2024-05-20'));
    expect(t).toEqual(['IE negotiating null']);
    // distractor: another subject in its final phase is no negotiation
    const u = summary(extract('Zelensky signed a security agreement with Spain. The motorway between Poland and Ukraine is in the final phase of construction, the ministry said.', '2024-05-20'));
    expect(u).toEqual(['ES signed null']);
  });

  it('a past expectation in reported speech is still a plan; a capital after "said" is its subject', () => {
    const s = summary(extract('Macron will sign a security agreement with Ukraine. A government source said Rome was also expected to sign a pact with Kyiv at the summit.', '2024-02-12'));
    expect(s).toEqual(['FR planned null', 'IT planned null']);
    // distractor: a lapsed "supposed to" stays a plan that fell through
    const t = summary(extract('Macron will sign a security agreement with Ukraine. A government source said Rome was supposed to sign a pact with Kyiv at the summit.', '2024-02-12'));
    expect(t).toEqual(['FR planned null']);
  });

  it('"an equivalent document" points back at the agreement', () => {
    const s = summary(extract("Fiala signed a security agreement with Ukraine. Austria's Karl Nehammer signed an equivalent document with Zelensky at the same meeting.", null));
    expect(s).toEqual(['AT signed null', 'CZ signed null']);
    // distractor: an equivalent text of another kind with another state
    const t = summary(extract("Fiala signed a security agreement with Ukraine. Austria's Karl Nehammer signed an equivalent trade protocol with Moldova at the same meeting.", null));
    expect(t).toEqual(['CZ signed null']);
  });

  it('a possessive group is the whole set when "all N" counts all its members', () => {
    const s = summary(extract('Sweden signed a security agreement with Ukraine. Its Baltic allies, all three of which had already signed security agreements, urged it on.', '2024-07-08'));
    expect(s).toEqual(['EE signed null', 'LT signed null', 'LV signed null', 'SE signed null']);
    // distractor: "two of which" is a part of the set, named nowhere
    const t = summary(extract('Sweden signed a security agreement with Ukraine. Its Baltic allies, two of which had already signed security agreements, urged it on.', '2024-07-08'));
    expect(t).toEqual(['SE signed null']);
  });

  it('"on the margins of the meeting" closing a clause takes the day of the meeting told of before', () => {
    const s = summary(extract('NATO leaders opened their summit in Vilnius on Tuesday. Norway and Denmark also signed security agreements with Zelensky on the margins of the meeting.', '2024-07-12'));
    expect(s).toEqual(['DK signed 2024-07-09', 'NO signed 2024-07-09']);
    // distractor: a meeting named further ("of defence ministers in Oslo") is another occasion
    const t = summary(extract('NATO leaders opened their summit in Vilnius on Tuesday. Norway and Denmark also signed security agreements with Zelensky on the margins of the meeting of defence ministers in Oslo.', '2024-07-12'));
    expect(t).toEqual(['DK signed null', 'NO signed null']);
  });
});
