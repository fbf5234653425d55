import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Second round of phenomena: the article carries the topic, refusals, softer talks, told signings and dates
// from the page. Sentences written for these tests; none is taken from a corpus.
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));

describe('the article carries the agreement a sentence does not name', () => {
  const lead = 'Kyiv is collecting ten-year bilateral security agreements from its allies. ';

  it('capitals with a verb of signing and no object, after a strong mention', () => {
    expect(got(lead + 'Copenhagen went first in the north. Madrid and Lisbon followed in May, and Oslo signed in Stockholm.', '2024-06-10')).toEqual([
      'DK signed null',
      'ES signed null',
      'NO signed null',
      'PT signed null',
    ]);
  });

  it('refusals and talks without an agreement word', () => {
    expect(got(lead + 'Vienna has opened talks. Hungary has also declined to sign.', '2024-06-10')).toEqual(['AT negotiating null', 'HU refused null']);
  });

  it('topic-only claims are weaker than named ones', () => {
    const claims = extract(lead + 'Hungary has also declined to sign.', '2024-06-10');
    expect(claims.find((c) => c.party === 'HU')!.confidence).toBeLessThan(0.6);
  });

  it('never without a strong mention before', () => {
    expect(got('Leaders met in Vienna. Hungary has also declined to sign.')).toEqual([]);
  });

  it('never across a shift to another act', () => {
    const text = 'Kyiv signed a security agreement with Norway in May. On Tuesday London and Kyiv signed a 100-year partnership. The treaty, signed with Zelensky in Kyiv, covers trade.';
    expect(got(text)).toEqual(['NO signed null']);
  });

  it('a refusal of something else is no refusal', () => {
    expect(got(lead + 'Hungary refused to send weapons.')).toEqual([]);
  });
});

describe('refusals', () => {
  it.each([
    ['Malta has decided not to sign the bilateral security agreement with Ukraine, its premier said on Monday.', 'MT refused 2024-06-10'],
    ['In Bratislava the government of Robert Fico has said it will not sign a security agreement with Ukraine, while Austria is neutral.', 'SK refused null'],
  ])('%s → %s', (text, expected) => {
    expect(got(text)).toEqual([expected]);
  });

  it('"was the first to say no" and "pulled out of signing it"', () => {
    const text = 'Ten-year security agreements with Ukraine now cover most of Europe. Hungary was the first to say no. This month the cabinet of Dimitar Glavchev pulled out of signing it.';
    expect(got(text, '2024-12-20')).toEqual(['BG refused null', 'HU refused null']);
  });

  it('a plan that fell through and a negated mandate are neither signed nor planned', () => {
    const text = 'Cyprus has decided not to sign the security agreement with Ukraine that was to have been concluded this week. Its president had said he would not give ministers a mandate to sign.';
    expect(got(text)).toEqual(['CY refused null']);
  });
});

describe('groups and holding', () => {
  it('"holds agreements with all G7 members" and "the EU itself, which signed"', () => {
    const text = 'Kyiv now holds security agreements with all G7 members and the European Union itself, which signed its joint security commitments in June.';
    expect(got(text, '2024-08-01')).toEqual(['CA signed null', 'DE signed null', 'EU signed null', 'FR signed null', 'GB signed null', 'IT signed null', 'JP signed null', 'US signed null']);
  });

  it('"EU partners" is not the EU', () => {
    expect(got("Most of Austria's EU partners have already signed such security agreements with Kyiv.")).toEqual([]);
  });
});

describe('softer talks and plans', () => {
  it.each([
    ['Ukraine is negotiating a bilateral security agreement, and consultations with Sweden are also under way.', 'SE negotiating null'],
    ['Zhovkva said Ukraine\'s security agreement texts are ready and that work with Montenegro on a text was continuing.', 'ME negotiating null'],
    ['Kyiv has sent a bilateral security agreement draft to its partners, and talks have also started with Chişinău.', 'MD negotiating null'],
    ['Ukraine has security agreements with six countries; the Estonian draft is already being discussed.', 'EE negotiating null'],
    ['Ukraine has security agreements with six countries. Denmark is expected to become the seventh.', 'DK planned null'],
    ['Zelensky told reporters that a similar security agreement with Cyprus would be signed very soon.', 'CY planned null'],
  ])('%s → %s', (text, expected) => {
    expect(got(text)).toEqual([expected]);
  });

  it('"would be signed" without a verb of saying is no plan', () => {
    expect(got('A security agreement with Cyprus would be signed if the parliament agreed.')).toEqual([]);
  });

  it('a second sign in one sentence after "and" keeps the plan', () => {
    expect(got('Zelensky is expected to attend the first session of the summit and sign the joint security commitments with the EU.')).toEqual(['EU planned null']);
  });
});

describe('lists, ordinals and told signings', () => {
  it('"as well as" continues a list', () => {
    expect(got('Similar security agreements were signed with Poland and Latvia, as well as Canada, Kyiv said.')).toEqual(['CA signed null', 'LV signed null', 'PL signed null']);
  });

  it('"was the first to sign" is past, "will be the next to sign" a plan', () => {
    expect(got('Ukraine\'s partners keep signing. Read also: Denmark was the first to sign such a security agreement, in February')).toEqual(['DK signed null']);
    expect(got('Austria will be the next to sign a security agreement with Ukraine.')).toEqual(['AT planned null']);
  });

  it('"it was X\'s turn" and "did the same" a day after', () => {
    const text = 'Security agreements with Ukraine keep coming. Last Monday it was Vienna\u2019s turn. Sweden signed a security agreement with Ukraine on Friday, a day after Norway did the same.';
    expect(got(text, '2024-06-12')).toEqual(['AT signed 2024-06-10', 'NO signed 2024-06-06', 'SE signed 2024-06-07']);
  });

  it('a ratification names the party of the agreement it approves', () => {
    expect(got('The Senate on Tuesday approved the bilateral security agreement that Italy signed with Ukraine.', '2024-06-12')).toContain('IT ratified 2024-06-11');
  });
});

describe('dates from the page and from each phrase', () => {
  it('each party the date of its own phrase', () => {
    expect(got('Zelensky had signed security agreements with Greece on Monday and with Cyprus earlier on Tuesday.', '2024-06-12')).toEqual(['CY signed 2024-06-11', 'GR signed 2024-06-10']);
  });

  it('"this afternoon", "a short while ago" and "have just signed" are the day of publication', () => {
    expect(got('Malta signed a security agreement with Ukraine this afternoon.')).toEqual(['MT signed 2024-06-12']);
    expect(got('Austria and Ukraine signed a security agreement a short while ago.')).toEqual(['AT signed 2024-06-12']);
    expect(got('Austria and Ukraine have just signed a security agreement.')).toEqual(['AT signed 2024-06-12']);
  });

  it('a press release dated by its timestamp line dates its headline', () => {
    const text = 'Ukraine and Malta signed an agreement on security cooperation\n12 June 2024 - 15:42\n\nThe two leaders signed the document in Valletta.';
    expect(got(text, '2024-06-12', 'Ukraine and Malta signed an agreement on security cooperation')).toEqual(['MT signed 2024-06-12']);
  });

  it('without a dated page the headline stays undated', () => {
    expect(got('The two leaders signed the document in Valletta.', '2024-06-12', 'Ukraine and Malta signed an agreement on security cooperation')).toEqual(['MT signed null']);
  });

  it('a live blog dates "has signed" by the blog day', () => {
    const text = 'Live\n18:02 CET\nZelensky has signed another bilateral security agreement, this time with Malta.\n14:10 CET\nLeaders arrive.';
    expect(got(text, '2024-06-12')).toEqual(['MT signed 2024-06-12']);
  });

  it('"this week\'s summit" does not blank the date of a refusal', () => {
    expect(got("Cyprus has decided not to sign the security agreement with Ukraine at this week's summit, its president said on Monday.", '2024-06-12')).toEqual(['CY refused 2024-06-10']);
  });
});
