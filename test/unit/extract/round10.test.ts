import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 10: lists left out, speech tags, teams, strike, sequence words, possessors, likeness', () => {
  it('the list after "leaving" is left out of the signing', () => {
    const s = summary(extract('Poland and Spain have already signed security agreements with Ukraine, leaving Hungary and Slovakia as the only neighbours still to sign.'));
    expect(s).toContain('PL signed null');
    expect(s).toContain('ES signed null');
    expect(s.some((x) => x.startsWith('HU ') || x.startsWith('SK '))).toBe(false);
    // distractor: a party before "leaving" keeps its signing
    const t = summary(extract('Zelensky signed a security agreement with Greece before leaving Athens for Italy.'));
    expect(t.some((x) => x.startsWith('GR signed'))).toBe(true);
  });

  it('a leader in a trailing speech tag takes no cue of its own when the party already has one', () => {
    const s = summary(extract('Hungary will not sign a bilateral security agreement with Ukraine like the ones that thirty states have signed with Kyiv, Prime Minister Viktor Orban said.'));
    expect(s).toEqual(['HU refused null']);
    // distractor: a party named only in the tag still keeps its cue
    const t = summary(extract('We will sign the security agreement with Ukraine next week, Prime Minister Viktor Orban said.'));
    expect(t).toEqual(['HU planned null']);
  });

  it("a state's negotiating team acts for it", () => {
    const s = summary(extract('Ukraine will sign a security agreement with Spain. Officials said the Ukrainian and Dutch delegations had finalised the text of the security agreement.'));
    expect(s).toContain('NL negotiating null');
    // distractor: a demonym before another noun is no party
    const t = summary(extract('Ukraine signed a security agreement with Spain, which is buying Dutch tanks.'));
    expect(t).toEqual(['ES signed null']);
  });

  it('"strike a deal" is a signing, a missile strike is not', () => {
    const s = summary(extract('Ukraine signed a security agreement with Austria. Austria was the last country to strike such a deal, following Poland and Romania.'));
    expect(s).toContain('PL signed null');
    expect(s).toContain('RO signed null');
    const t = summary(extract('Russian drones strike Odesa as Ukraine and Latvia prepare a security agreement.'));
    expect(t.some((x) => x.includes('signed'))).toBe(false);
  });

  it('"the next documents" are still the hub\'s agreements', () => {
    const s = summary(extract('Ukraine signed a security agreement with Finland. The next documents, with Sweden and Norway, are expected to be signed soon.'));
    expect(s).toContain('SE planned null');
    expect(s).toContain('NO planned null');
    // distractor: a noun qualifier still names another kind
    const t = summary(extract('Ukraine signed a security agreement with Finland. The next trade agreements, with Sweden and Norway, are expected to be signed soon.'));
    expect(t.some((x) => x.startsWith('SE ') || x.startsWith('NO '))).toBe(false);
  });

  it("a plural possessor (\"their countries' agreements\") names no other kind", () => {
    const s = summary(extract('Ukraine signed a security agreement with Norway. The prime ministers of Spain and Portugal signed their countries\' agreements with Zelensky last month.'));
    expect(s).toContain('ES signed null');
    expect(s).toContain('PT signed null');
    const t = summary(extract('Ukraine signed a security agreement with Norway. The prime ministers of Spain and Portugal signed their countries\' trade agreements with Morocco last month.'));
    expect(t).toEqual(['NO signed null']);
  });

  it('an anaphor keeps the hub agreement named again earlier in its sentence', () => {
    const text = 'Ukraine and Moldova signed a Treaty of Friendship in Chisinau. Romania concluded a similar agreement with Kyiv in July, while Bulgaria signed its document a week later.';
    const s = summary(extract(`Zelensky and Sandu signed a security agreement on Tuesday. ${text}`));
    expect(s).toContain('BG signed null');
    // distractor: without the renaming, the anaphor after another act stays unbound
    const t = summary(extract('Zelensky and Sandu signed a security agreement on Tuesday. Ukraine and Moldova signed a Treaty of Friendship in Chisinau. Bulgaria signed its document a week later.'));
    expect(t.some((x) => x.startsWith('BG '))).toBe(false);
  });

  it('"the same kind of document" is the hub agreement by likeness', () => {
    const s = summary(extract('Ukraine and Italy signed a security agreement on Monday. Later that day Zelensky signed the same kind of document with Chancellor Karl Nehammer of Austria.'));
    expect(s.some((x) => x.startsWith('AT signed'))).toBe(true);
    const t = summary(extract('Ukraine and Italy signed a security agreement on Monday. Austria signed a different kind of trade document with Ukraine.'));
    expect(t.some((x) => x.startsWith('AT '))).toBe(false);
  });

  it('"agreed on the text" is a stage of the talks', () => {
    const s = summary(extract('Ukraine and Ireland have agreed on the text of a bilateral security agreement, officials said.'));
    expect(s).toEqual(['IE negotiating null']);
    // distractor: agreeing on something else is no stage of the text
    const t = summary(extract('Ukraine and Ireland have agreed on the need for more air defence, officials said.'));
    expect(t).toEqual([]);
  });

  it('"between the two governments" names the pair, not a count of other states', () => {
    const title = 'Belgium to sign security deal with Ukraine in July';
    const lead = 'The agreement will not be ready for signature this month, the minister said. ';
    const s = summary(extract(`${lead}The text of the document is still being negotiated between the two governments.`, '2024-06-12', title));
    expect(s).toContain('BE negotiating null');
    // distractor: a real count of states names nobody
    const t = summary(extract(`${lead}The text of the document is still being negotiated with two governments of the region.`, '2024-06-12', title));
    expect(t).not.toContain('BE negotiating null');
  });

  it('a gapped "and on <date> - with X and Y" item repeats the signing', () => {
    const s = summary(extract('Kyiv keeps signing. On June 3 the security agreement was signed with Ireland, and on June 5 - with Malta and Cyprus.', '2024-06-12'));
    expect(s).toEqual(['CY signed 2024-06-05', 'IE signed 2024-06-03', 'MT signed 2024-06-05']);
    // distractor: the "with" phrase goes on into other business
    const t = summary(extract('Kyiv keeps signing. On June 3 the security agreement was signed with Ireland, and on June 5 with Malta\'s minister to discuss grain.', '2024-06-12'));
    expect(t).toEqual(['IE signed 2024-06-03']);
  });
});
