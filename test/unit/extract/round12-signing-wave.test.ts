import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/** The claims of `party` in a summary. */
function of(s: readonly string[], party: string): string[] {
  return s.filter((x) => x.startsWith(`${party} `));
}

describe('round 12 (the 2024 signing wave): sequences, talks in progress, reduced relatives, texts and places', () => {
  it('"then came X" / "X came next" places X in the sequence of signings, in either word order', () => {
    const lead = 'Ukraine signed a bilateral security agreement with Britain in January. ';
    for (const text of [
      'Then came Spain, Portugal and Belgium.',
      'Next came Greece and the Czech Republic, both in the spring.',
      'Afterwards came Norway.',
      'Ireland came next, and Austria came third.',
    ]) {
      const s = summary(extract(lead + text, null));
      expect(s.filter((x) => x.endsWith('signed null')).length).toBeGreaterThanOrEqual(2);
    }
    expect(summary(extract(lead + 'Ireland came next, and Austria came third.', null))).toEqual(['AT signed null', 'GB signed null', 'IE signed null']);
    // distractors: another event after "came", a possessor, no signing before, a visit with "to"
    expect(summary(extract(lead + "Then came Macron's visit to Kyiv.", null))).toEqual(['GB signed null']);
    expect(summary(extract(lead + 'Then came the winter offensive.', null))).toEqual(['GB signed null']);
    expect(summary(extract('Then came Spain and Portugal, with new aid for the front.', null))).toEqual([]);
  });

  it('an intransitive verb of motion names its destination only after "to"', () => {
    // the visit is still a visit
    expect(summary(extract('President Zelensky came to Madrid, where he signed a bilateral security agreement.', null))).toEqual(['ES signed null']);
    // distractor: a transitive verb of visiting keeps its object a visit, not a partner in its own right
    expect(summary(extract('Zelensky visited Oslo and signed the security agreement there.', null))).toEqual(['NO signed null']);
  });

  it('a possessive pronoun or no object after "negotiating" is the agreement of the sentences before', () => {
    const lead = 'Ukraine signed a security agreement with Poland on Monday. ';
    expect(of(summary(extract(lead + 'Hungary and Slovakia are still negotiating theirs.')), 'SK')).toEqual(['SK negotiating null']);
    expect(of(summary(extract(lead + 'Croatia, for its part, is negotiating its own.')), 'HR')).toEqual(['HR negotiating null']);
    expect(of(summary(extract(lead + 'Greece has been negotiating for weeks, and Cyprus is still negotiating.')), 'CY')).toEqual(['CY negotiating null']);
    expect(of(summary(extract(lead + 'Malta had been negotiating their own, officials said.')), 'MT')).toEqual(['MT negotiating null']);
    expect(of(summary(extract(lead + 'Latvia is still drafting its own.')), 'LV')).toEqual(['LV negotiating null']);
    expect(summary(extract(lead + 'Denmark and Iceland are finalising theirs.'))).toEqual(['DK negotiating null', 'IS negotiating null', 'PL signed 2024-06-10']);
    expect(of(summary(extract(lead + 'Lithuania is still working on its own.')), 'LT')).toEqual(['LT negotiating null']);
    // distractors: talks with an object of another kind, and talks with no agreement named in the article
    expect(summary(extract(lead + 'Latvia is preparing its own budget.'))).toEqual(['PL signed 2024-06-10']);
    expect(summary(extract(lead + 'Lithuania is still working on its own reforms.'))).toEqual(['PL signed 2024-06-10']);
    expect(summary(extract(lead + 'Hungary is still negotiating with Russia over gas prices.'))).toEqual(['PL signed 2024-06-10']);
    expect(summary(extract('Hungary and Slovakia are still negotiating theirs.'))).toEqual([]);
  });

  it('work said to be under way, continuing or being done on agreements is negotiation', () => {
    const lead = 'Ukraine signed a security agreement with Spain in May. ';
    expect(summary(extract(lead + 'Work is now under way on agreements with Greece and Cyprus.'))).toEqual(['CY negotiating null', 'ES signed null', 'GR negotiating null']);
    expect(of(summary(extract(lead + 'Work is continuing on similar documents with Slovenia.')), 'SI')).toEqual(['SI negotiating null']);
    expect(of(summary(extract(lead + 'The minister said work was being done on the pacts with Malta and Croatia.')), 'HR')).toEqual(['HR negotiating null']);
    // distractor: work under way on something that is no agreement
    expect(summary(extract(lead + 'Work is under way on a new bridge with Moldova.'))).toEqual(['ES signed null']);
  });

  it('talks said to be well advanced or furthest along are still going on', () => {
    const lead = 'Kyiv signed a security agreement with Britain last month. ';
    expect(summary(extract(lead + 'Talks with Italy and Canada are the most advanced.'))).toEqual(['CA negotiating null', 'GB signed null', 'IT negotiating null']);
    expect(of(summary(extract(lead + 'Negotiations with Denmark are far advanced, a source said.')), 'DK')).toEqual(['DK negotiating null']);
    expect(of(summary(extract(lead + 'Work with Rome is now well advanced.')), 'IT')).toEqual(['IT negotiating null']);
    expect(of(summary(extract(lead + 'Talks with Ottawa are furthest along.')), 'CA')).toEqual(['CA negotiating null']);
    expect(of(summary(extract(lead + 'Talks with Oslo are nearing completion.')), 'NO')).toEqual(['NO negotiating null']);
    // distractors: "advanced" of another noun, and talks on another subject
    expect(summary(extract(lead + "Italy's air defences are the most advanced."))).toEqual(['GB signed null']);
    expect(summary(extract(lead + 'Talks with Italy on grain exports are the most advanced.'))).toEqual(['GB signed null']);
  });

  it('a preposition or subordinating word before a bare agreement noun qualifies nothing', () => {
    const lead = 'Ukraine signed a bilateral security agreement with Finland. ';
    expect(of(summary(extract(lead + 'Officials are working on agreements with Sweden and Norway.')), 'SE')).toEqual(['SE negotiating null']);
    expect(summary(extract(lead + 'Zelensky then flew to Oslo and Stockholm, where agreements were also signed.', null))).toEqual(['FI signed null', 'NO signed null', 'SE signed null']);
    expect(of(summary(extract(lead + 'The president then talked about deals with Denmark and Iceland, which he signed in Copenhagen.', null)), 'DK')).toEqual(['DK signed null']);
    // distractor: a noun qualifier after the preposition still names another kind
    expect(summary(extract(lead + 'Officials are working on trade agreements with Sweden.'))).toEqual(['FI signed null']);
  });

  it('temporal adjectives ("most recent", "previous", "earlier") leave an agreement noun the article\'s', () => {
    const lead = 'Ukraine has signed bilateral security agreements with ten countries. ';
    expect(summary(extract(lead + 'The most recent accords were signed with Latvia and Lithuania.', null))).toEqual(['LT signed null', 'LV signed null']);
    expect(summary(extract(lead + 'The previous deal was inked with Canada.', null))).toEqual(['CA signed null']);
    expect(summary(extract(lead + 'Earlier documents were concluded with Denmark.', null))).toEqual(['DK signed null']);
    // distractor: a qualifier of another kind after the adjective
    expect(summary(extract(lead + 'The most recent trade deal was signed with Turkey.', null))).toEqual([]);
  });

  it('a text likened to the agreements named ("a similar text", "an identical text") is one of them', () => {
    const lead = 'Romania signed a bilateral security agreement with Ukraine on Thursday. ';
    expect(of(summary(extract(lead + "Luxembourg's premier signed a similar text with Zelensky.", null)), 'LU')).toEqual(['LU signed null']);
    expect(of(summary(extract(lead + 'Slovakia will sign an identical text next month.', null)), 'SK')).toEqual(['SK planned null']);
    expect(of(summary(extract(lead + 'Bulgaria inked the same text on Friday.', '2024-07-12')), 'BG')).toEqual(['BG signed 2024-07-12']);
    // distractors: a text of another kind, a text not likened to anything (a draft, for negotiation cues only)
    expect(summary(extract(lead + 'Luxembourg signed the text of a similar trade deal.', null))).toEqual(['RO signed null']);
    expect(summary(extract(lead + 'Luxembourg adopted a similar text on climate.', null))).toEqual(['RO signed null']);
  });

  it('a signing idiom right after its agreement noun is a reduced passive ("a deal struck by Britain")', () => {
    const lead = 'Germany signed a security agreement with Ukraine on Friday. ';
    expect(of(summary(extract(lead + 'It follows a similar deal struck by Britain last month.', null)), 'GB')).toEqual(['GB signed null']);
    expect(of(summary(extract(lead + 'The pact mirrors the accord recently sealed with Denmark.', null)), 'DK')).toEqual(['DK signed null']);
    expect(of(summary(extract(lead + 'An agreement forged in Paris with France came hours later.', null)), 'FR')).toEqual(['FR signed null']);
    expect(of(summary(extract(lead + 'It resembles the pact clinched with Canada in February.', null)), 'CA')).toEqual(['CA signed null']);
    // distractors: the idiom with an object of its own, and an idiom that is no signing
    expect(summary(extract(lead + 'Britain struck a gas deal with Norway.', null))).toEqual(['DE signed null']);
    expect(summary(extract(lead + 'The deal struck a chord with voters in Britain.', null))).toEqual(['DE signed null']);
  });

  it('talks as the subject of "concluded" ended: no signing', () => {
    const lead = 'Estonia will sign a bilateral security agreement with Ukraine next week. ';
    for (const text of ['Talks on the text with Kyiv concluded earlier this month, the minister said.', 'The negotiations with Ukraine were concluded in May.', 'Consultations on the draft have concluded.']) {
      expect(summary(extract(lead + text, null)).some((x) => x.includes('signed'))).toBe(false);
    }
    // distractors: a new subject after the talks concludes an agreement
    expect(of(summary(extract(lead + 'The talks ended and Latvia concluded a similar agreement.', null)), 'LV')).toEqual(['LV signed null']);
    expect(of(summary(extract(lead + 'After long talks, Lithuania concluded its agreement.', null)), 'LT')).toEqual(['LT signed null']);
  });

  it('an agreement said to be (almost) ready is a text still in negotiation', () => {
    const lead = 'Ukraine signed a bilateral security agreement with Britain. ';
    expect(of(summary(extract(lead + "Warsaw's document is \"practically ready\".")), 'PL')).toEqual(['PL negotiating null']);
    expect(of(summary(extract(lead + 'The agreement with Norway is almost ready.')), 'NO')).toEqual(['NO negotiating null']);
    expect(of(summary(extract(lead + 'The Dutch deal is now ready, officials said.')), 'NL')).toEqual(['NL negotiating null']);
    // distractors: ready to be signed is a plan; ready of something else is nothing
    expect(of(summary(extract(lead + 'The agreement with Norway is ready to be signed.')), 'NO')).toEqual(['NO planned null']);
    expect(summary(extract(lead + 'The aid package for Norway is ready.'))).toEqual(['GB signed null']);
    expect(summary(extract(lead + 'Norway is ready to help.'))).toEqual(['GB signed null']);
  });

  it('a list of places before a where-clause hosts its signing, with its date, whatever its sources', () => {
    const lead = 'Zelensky will travel to Madrid on Monday to sign a bilateral security agreement with Spain. ';
    expect(summary(extract(lead + 'He is then expected in Belgium and Portugal, where agreements could also be signed on May 28.', '2024-05-26'))).toEqual(['BE planned 2024-05-28', 'ES planned 2024-05-27', 'PT planned 2024-05-28']);
    expect(summary(extract(lead + 'He is then due in Oslo and Sweden, where agreements will be signed, according to Norwegian and Swedish media.', '2024-05-26'))).toEqual(['ES planned 2024-05-27', 'NO planned null', 'SE planned null']);
    expect(summary(extract(lead + 'Later he is due in Greece and Cyprus, where similar agreements should be signed on Thursday.', '2024-05-26'))).toEqual(['CY planned 2024-05-30', 'ES planned 2024-05-27', 'GR planned 2024-05-30']);
    expect(summary(extract(lead + 'Zelensky then flew to Oslo and Stockholm, where agreements were also signed.', null))).toEqual(['ES planned null', 'NO signed null', 'SE signed null']);
    // distractors: a party named in the where-clause itself, agreements of another kind, a where-clause with no signing
    expect(summary(extract(lead + 'Zelensky then flew to Oslo and Stockholm, where he met students.', null))).toEqual(['ES planned null']);
    expect(of(summary(extract(lead + 'He is then expected in Belgium and Portugal, where agreements could also be signed with Italy.', '2024-05-26')), 'BE')).toEqual([]);
    expect(summary(extract(lead + 'He is due in Bratislava and Budapest, where trade agreements will be signed.', '2024-05-26'))).toEqual(['ES planned 2024-05-27']);
  });

  it('"those" / "the ones" before a signing participle stand for agreements like the one told of', () => {
    const lead = 'Greece signed a bilateral security agreement with Ukraine. ';
    expect(summary(extract(lead + 'The accord follows those concluded by Britain and France.', null))).toEqual(['FR signed null', 'GB signed null', 'GR signed null']);
    expect(summary(extract(lead + 'It copies the ones already signed with Denmark and Norway.', null))).toEqual(['DK signed null', 'GR signed null', 'NO signed null']);
    expect(summary(extract(lead + 'It is shorter than those inked by Canada.', null))).toEqual(['CA signed null', 'GR signed null']);
    // distractors: a group that made the model is no tally; "those" with no signing participle names nothing
    expect(summary(extract('Austria will not sign a security agreement with Ukraine like those concluded by the Nordic countries.', null))).toEqual(['AT refused null']);
    expect(summary(extract(lead + 'Those present included ministers from Britain and France.', null))).toEqual(['GR signed null']);
  });
});
