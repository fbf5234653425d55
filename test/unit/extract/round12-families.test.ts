import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const has = (s: string[], x: string): boolean => s.some((y) => y.startsWith(x));

describe('round 12: families of news English (possession, pro-verbs, peoples, series, coordinated statuses)', () => {
  describe('possession in any tense is a signing', () => {
    it('past "had" holds agreements as the present "has" does', () => {
      for (const text of [
        'By the end of the summit Kyiv had bilateral security agreements with Belgium, Canada and Denmark.',
        'At that point Ukraine had security pacts with France and Italy only.',
        'Ukraine has had a security accord with Britain since January.',
      ]) {
        const s = summary(extract(text));
        expect(s.length).toBeGreaterThan(0);
        expect(s.every((x) => x.includes(' signed '))).toBe(true);
      }
      expect(summary(extract('By the end of the summit Kyiv had bilateral security agreements with Belgium, Canada and Denmark.'))).toEqual(['BE signed null', 'CA signed null', 'DK signed null']);
    });

    it('"X already has such a document": an anaphor of the article\'s kind held with no other party', () => {
      const lead = 'Belgium signed a security agreement with Ukraine in May. ';
      expect(summary(extract(lead + 'Luxembourg already has such a document.'))).toContain('LU signed null');
      expect(summary(extract(lead + 'The Netherlands also holds a similar agreement.'))).toContain('NL signed null');
      expect(summary(extract(lead + 'Norway has had such a pact since spring.'))).toContain('NO signed null');
      // distractors: the same possession with another party of its own, or denied
      expect(summary(extract(lead + 'Luxembourg has a similar deal with Moldova.'))).toEqual(['BE signed null']);
      expect(summary(extract(lead + 'Luxembourg has no such document yet.'))).toEqual(['BE signed null']);
    });

    it('distractors: a counterfactual, a negation, an auxiliary "had" and talks are no possession', () => {
      expect(summary(extract('Ukraine would have had a security agreement with Spain by now had the election not intervened.'))).toEqual([]);
      expect(summary(extract('Ukraine had no security agreement with Spain at the time.'))).toEqual([]);
      expect(has(summary(extract('Ukraine had hoped to sign a security agreement with Spain.')), 'ES signed')).toBe(false);
      expect(summary(extract('Ukraine had talks on a security agreement with Spain.'))).toEqual(['ES negotiating null']);
    });
  });

  describe('the title "Agreement on Support for Ukraine" and verbs of content name the type', () => {
    it('titles and content verbs make the agreement the tracked kind', () => {
      expect(summary(extract("The Taoiseach signed Ireland's agreement on support for Ukraine in Kyiv on Wednesday.", '2024-09-06'))).toEqual(['IE signed 2024-09-04']);
      expect(summary(extract('Malta will sign an agreement setting out its long-term support for Ukraine next month.'))).toEqual(['MT planned null']);
      expect(summary(extract('Austria signed a pact that lays out long-term support for Ukraine.'))).toEqual(['AT signed null']);
      expect(summary(extract('Cyprus concluded a deal providing for security cooperation with Ukraine.'))).toEqual(['CY signed null']);
    });

    it('distractors: a sum of support, support for a budget, a deal about something else', () => {
      expect(summary(extract('EU leaders reached an agreement on 50 billion euros in support for Ukraine.'))).toEqual([]);
      expect(summary(extract("Ireland signed an agreement on support for Ukraine's budget."))).toEqual([]);
      expect(summary(extract('Ireland signed a deal setting out grain exports to Ukraine.'))).toEqual([]);
    });

    it('"discussions ... are a matter for the government" is a deflection, not talks', () => {
      const lead = 'Malta has not yet signed a security agreement with Ukraine. ';
      expect(summary(extract(lead + 'Talks on a suitable text are a matter for the cabinet, an aide said.'))).toEqual([]);
      // distractor: talks said to go on
      expect(summary(extract(lead + 'Discussions on the text are continuing, an aide said.'))).toEqual(['MT negotiating null']);
    });
  });

  describe('earlier signers may carry their own time and place', () => {
    it('"after X in January and Y this morning in Berlin"', () => {
      const lead = 'Macron and Zelensky signed the agreement on security cooperation in Paris. ';
      const s = summary(extract(lead + 'France is the third partner to conclude such an agreement with Ukraine, after the United Kingdom in January and Germany this morning in Berlin.', '2024-02-16'));
      expect(s).toContain('DE signed 2024-02-16');
      expect(has(s, 'GB signed')).toBe(true);
      const t = summary(extract('Norway became the fourth country to sign a security pact with Ukraine, after Sweden in Kyiv and Finland in Helsinki.'));
      expect(t).toEqual(['FI signed null', 'NO signed null', 'SE signed null']);
      const u = summary(extract('Greece is the latest partner to seal a security accord with Ukraine, following Croatia on 9 October.', '2024-10-18'));
      expect(u).toContain('HR signed 2024-10-09');
    });

    it('distractor: an "after" clause with a verb or another noun is no list of signers', () => {
      const s = summary(extract('Norway became the fourth country to sign a security pact with Ukraine, after talks with Sweden in Kyiv.'));
      expect(s).toEqual(['NO signed null']);
    });
  });

  describe('a people with "the" stands for its state', () => {
    it('plural demonyms as subjects', () => {
      const lead = 'Britain signed a security agreement with Ukraine. ';
      expect(summary(extract(lead + 'The Americans began negotiating their text in August.'))).toContain('US negotiating null');
      expect(summary(extract('The Czechs and the Poles have signed security agreements with Ukraine.'))).toEqual(['CZ signed null', 'PL signed null']);
      expect(summary(extract('The Canadians signed a security agreement with Ukraine in Ottawa.'))).toEqual(['CA signed null']);
      const d = summary(extract('The Dutch and the Danes put pen to paper on security deals with Kyiv.'));
      expect(has(d, 'DK signed') && has(d, 'NL signed') && d.length === 2).toBe(true);
    });

    it('distractors: an invariant demonym before a noun is an adjective; no "the", no people', () => {
      expect(summary(extract('They met in the Swiss resort of Davos, where Albania signed a security agreement with Ukraine.'))).toEqual(['AL signed null']);
      expect(summary(extract('Spaniards signed a petition against the security agreement with Ukraine.'))).toEqual([]);
    });
  });

  describe('joining the signatories: "joined the list", "added theirs", "came next"', () => {
    const lead = 'Ireland signed its security agreement with Ukraine in September. ';
    it('positives', () => {
      expect(summary(extract(lead + 'At the NATO summit, Croatia and Romania joined the list.'))).toEqual(['HR signed null', 'IE signed null', 'RO signed null']);
      expect(summary(extract(lead + 'Malta will join the ranks of the signatories next month.'))).toContain('MT planned null');
      // a list opening the clause after "in <city>," is its subject, not the city's country
      expect(summary(extract(lead + 'At the summit in Vilnius, Iceland and Norway joined the list.'))).toEqual(['IE signed null', 'IS signed null', 'NO signed null']);
      expect(summary(extract(lead + 'Portugal added its signature on Tuesday.', '2024-09-20'))).toContain('PT signed 2024-09-17');
      expect(summary(extract("Italy's security agreement was signed in Kyiv in February, and Canada and Denmark added theirs later that month."))).toEqual(['CA signed null', 'DK signed null', 'IT signed null']);
      expect(summary(extract('Kyiv signed security agreements with 27 partners. Next came Croatia and Greece.'))).toEqual(['GR signed null', 'HR signed null']);
      expect(summary(extract('Kyiv signed security agreements with 20 partners. Slovenia comes next.'))).toEqual(['SI planned null']);
      const s = summary(extract('Ukraine signed security agreements with 27 partners. The last two came in quick succession: Croatia on 9 October and Greece on 17 October.', '2025-01-03'));
      expect(s).toEqual(['GR signed 2024-10-17', 'HR signed 2024-10-09']);
    });

    it('distractors: a list of something else, another object, a negation, an inverted noun that is no party', () => {
      expect(summary(extract(lead + 'Greece joined the list of countries training Ukrainian pilots.'))).toEqual(['IE signed null']);
      expect(summary(extract(lead + 'Greece added its own conditions.'))).toEqual(['IE signed null']);
      expect(summary(extract(lead + 'Greece has not joined the club.'))).toEqual(['IE signed null']);
      // the country in apposition to a city stays a place
      expect(summary(extract('At a ceremony in Oxford, England, Zelensky signed a security agreement with France.'))).toEqual(['FR signed null']);
      expect(summary(extract('Kyiv signed security agreements with 27 partners. Next came a visit by Macron.'))).toEqual([]);
    });
  });

  describe("a group named from a member's side and a possessive pronoun object", () => {
    it('"its Baltic allies, all three of which had already signed theirs"', () => {
      const s = summary(extract('Poland signed a security agreement with Ukraine later than its Baltic neighbours, all of which had already signed theirs.'));
      expect(s).toEqual(['EE signed null', 'LT signed null', 'LV signed null', 'PL signed null']);
      const lead = 'Poland signed a security agreement with Ukraine. The document covers air defence. Tusk spoke to reporters. Zelensky thanked Poland. ';
      expect(summary(extract(lead + 'Lithuania had already signed its own.'))).toContain('LT signed null');
      expect(summary(extract(lead + 'Latvia had signed theirs in January.'))).toContain('LV signed null');
    });

    it('"has signed one", "will sign one in July": the pronoun "one" is an agreement of the kind', () => {
      const lead = 'Ireland signed a security agreement with Ukraine. ';
      expect(summary(extract(lead + 'Even neutral Malta has signed one.'))).toContain('MT signed null');
      expect(summary(extract(lead + 'Cyprus will sign one in July.'))).toContain('CY planned null');
      expect(summary(extract(lead + 'Portugal inked one, too.'))).toContain('PT signed null');
      // distractors: "one of" and "one more" head other nouns
      expect(summary(extract(lead + 'Austria signed one of the largest gas deals in its history.'))).toEqual(['IE signed null']);
      expect(summary(extract(lead + 'Austria signed one more trade protocol.'))).toEqual(['IE signed null']);
    });

    it('distractor: "its own" followed by another noun is that other thing', () => {
      const lead = 'Poland signed a security agreement with Ukraine. The document covers air defence. Tusk spoke to reporters. Zelensky thanked Poland. ';
      expect(summary(extract(lead + 'Lithuania had already signed its own defence procurement deal.'))).toEqual(['PL signed null']);
    });
  });

  describe('a negation inside a closed relative aside is the aside\'s own', () => {
    it('positives', () => {
      expect(summary(extract('Even Montenegro, which is not an EU member, signed its security agreement with Ukraine in Vilnius on 11 July 2024.', '2024-07-20'))).toEqual(['ME signed 2024-07-11']);
      expect(summary(extract('Moldova, which is not a NATO member, has signed a security pact with Ukraine.'))).toEqual(['MD signed null']);
      expect(summary(extract('Iceland, who never had an army, concluded a security accord with Kyiv.'))).toEqual(['IS signed null']);
    });
    it('distractors: the negation of the verb itself, even across an aside of its own', () => {
      expect(summary(extract('Hungary has not, as of Friday, signed a security agreement with Ukraine.')).some((x) => x.includes('signed'))).toBe(false);
      expect(summary(extract('Hungary has not signed a security agreement with Ukraine.')).some((x) => x.includes('signed'))).toBe(false);
    });
  });

  describe('hosting the signing is signing', () => {
    const lead = 'Italy signed a security agreement with Ukraine. ';
    it('positives', () => {
      expect(summary(extract(lead + 'Petr Fiala hosted a signing ceremony in Prague.'))).toContain('CZ signed null');
      expect(summary(extract(lead + 'Pedro Sánchez held the signing at the Moncloa.'))).toContain('ES signed null');
      expect(summary(extract(lead + 'Ulf Kristersson staged a signing in Stockholm.'))).toContain('SE signed null');
    });
    it('distractors: a guest at the ceremony, a signing of other texts, a negation', () => {
      expect(summary(extract(lead + 'Ursula von der Leyen attended the signing in Rome.'))).toEqual(['IT signed null']);
      expect(summary(extract(lead + 'Fiala hosted a signing of grain export contracts in Prague.'))).toEqual(['IT signed null']);
      expect(summary(extract(lead + 'Fiala did not host a signing in Prague.'))).toEqual(['IT signed null']);
    });
  });

  describe('one subject, two coordinated statuses', () => {
    it('talks and a plan joined by "and" both hold', () => {
      expect(summary(extract('Orpo said the text of the Finnish-Ukrainian security agreement was in the final stage of preparation and could be signed within days.'))).toEqual(['FI negotiating null', 'FI planned null']);
      expect(summary(extract('Rutte said the Dutch-Ukrainian security agreement was being finalised and would be signed next week.'))).toEqual(['NL negotiating null', 'NL planned null']);
      expect(summary(extract('Frederiksen said the Danish-Ukrainian security agreement was negotiated for months and will be signed on Friday.'))).toEqual(['DK negotiating null', 'DK planned 2024-06-14']);
    });

    it('the plan may sit in a second clause that names the same state again', () => {
      const lead = 'Biden will sign a security agreement with Zelensky on Thursday. ';
      const s = summary(extract(lead + 'Canada is also in the final stages of negotiating its own agreement with Kyiv, and Canadian officials have said Prime Minister Justin Trudeau could sign it in Italy too.'));
      expect(s).toContain('CA negotiating null');
      expect(has(s, 'CA planned')).toBe(true);
    });

    it('distractors: a plan that is the aim of the talks, a text already agreed, a contrast', () => {
      expect(summary(extract('Czech officials were negotiating the security agreement and hoped to sign it soon.')).some((x) => x.includes('planned'))).toBe(false);
      expect(summary(extract('Fiala said talks on the Czech security agreement were stalled, but it would be signed next week.')).some((x) => x.includes('negotiating'))).toBe(false);
    });
  });
});
