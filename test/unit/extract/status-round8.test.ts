import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Eighth round, status wording and precision. Sentences written for these tests; none is taken from a corpus.
// Each rule has a distractor that must give nothing (or nothing of the wrong kind).
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));
const lead = 'Kyiv is collecting ten-year bilateral security agreements from its allies. ';

describe('negations that are no refusals', () => {
  it('"did not rule out signing it" leaves the talks beside it', () => {
    expect(got(lead + 'The Greek premier said Athens had begun work on a similar security agreement with Kyiv and did not rule out signing it before the autumn.')).toEqual(['GR negotiating null']);
  });
  it('a real ruling-out is still a refusal', () => {
    expect(got(lead + 'Slovakia ruled out signing the security agreement with Ukraine.')).toEqual(['SK refused null']);
  });
  it('"declined to say whether" is no refusal; "declined to sign" is', () => {
    expect(got(lead + 'The spokesman declined to say whether Kyiv would seek a similar security agreement from Austria.')).toEqual([]);
    expect(got(lead + 'Austria declined to sign the security agreement with Ukraine.')).toEqual(['AT refused null']);
  });
  it('"the first non-EU country to sign" is a signing, not a negation', () => {
    expect(got(lead + 'Norway became the first non-EU country to sign a security agreement with Ukraine this spring.')).toEqual(['NO signed null']);
  });
  it('"did not sign" beside a text still under discussion is not yet, not refused', () => {
    expect(got(lead + 'The Greek premier, who was also in Kyiv, did not sign a security agreement; Greece said its text was still under discussion.')).toEqual(['GR negotiating null']);
    expect(got(lead + 'The Greek premier, who was also in Kyiv, did not sign the security agreement.')).toEqual(['GR refused null']);
  });
});

describe('a group that is not all its members', () => {
  it('"Among the Nordic countries, only Norway has signed" names Norway only', () => {
    expect(got(lead + 'Among the Nordic countries, only Norway has signed a security agreement so far.')).toEqual(['NO signed null']);
  });
  it('"the first of the Baltic states to conclude" names that one', () => {
    expect(got(lead + 'Estonia will become the first of the Baltic states to conclude such a security agreement.')).toEqual(['EE planned null']);
  });
  it('the whole group still expands', () => {
    expect(got(lead + 'Ukraine has signed security agreements with the Baltic states.')).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
  });
  it('"except", "apart from" remove members; a relative clause after them gives their own status', () => {
    expect(got(lead + 'Ukraine now has security agreements with all the Nordic countries apart from Iceland and Norway.')).toEqual(['DK signed null', 'FI signed null', 'SE signed null']);
    expect(got(lead + 'Ukraine now has security agreements with all G7 members except Canada and Japan, which are expected to sign next week.')).toEqual([
      'CA planned null', 'DE signed null', 'FR signed null', 'GB signed null', 'IT signed null', 'JP planned null', 'US signed null',
    ]);
  });
  it('"will have done so" is no signing yet', () => {
    expect(got(lead + '"After Friday all five Nordic countries will have done so," the minister said of the security agreements.')).toEqual([]);
  });
});

describe('talks, not plans', () => {
  it('the subject of "are still working on" takes the talks, not a later plan in the sentence', () => {
    expect(got(lead + 'Spain and Portugal are both still working on their own security agreements with Kyiv, and Greece has said it intends to conclude one as well.')).toEqual([
      'ES negotiating null', 'GR planned null', 'PT negotiating null',
    ]);
  });
  it('"hopes to conclude talks on" is talks; "hopes to conclude the agreement" a plan', () => {
    expect(got(lead + 'Athens hopes to conclude talks on its security agreement by the autumn.')).toEqual(['GR negotiating null']);
    expect(got(lead + 'Greece hopes to conclude the security agreement by the autumn.')).toEqual(['GR planned null']);
  });
  it('talks said to progress, similar talks, negotiations opened', () => {
    expect(got(lead + 'Talks with Greece and Ireland are also progressing.')).toEqual(['GR negotiating null', 'IE negotiating null']);
    expect(got(lead + 'Kyiv was holding similar talks with Spain and Portugal.')).toEqual(['ES negotiating null', 'PT negotiating null']);
    expect(got(lead + 'Portugal has also opened negotiations.')).toEqual(['PT negotiating null']);
  });
  it('talks on something else are not', () => {
    expect(got(lead + 'Talks with Greece on a minerals deal are progressing.')).toEqual([]);
    expect(got(lead + 'Kyiv was holding talks with Spain on grain exports.')).toEqual([]);
  });
});

describe('the state of the text', () => {
  it('"the text is agreed / ready / close to final / being polished" is negotiation', () => {
    expect(got(lead + 'The text of the Irish security agreement is agreed.')).toEqual(['IE negotiating null']);
    expect(got(lead + "The text of Spain's security agreement was ready, officials said.")).toEqual(['ES negotiating null']);
    expect(got(lead + 'The American text of the security agreement is said to be close to final.')).toEqual(['US negotiating null']);
    expect(got(lead + 'The text of the security agreement with Slovenia has been agreed by the two sides.')).toEqual(['SI negotiating null']);
  });
  it('"we have finished the text with Greece" is negotiation', () => {
    expect(got(lead + 'Zelensky said Ukraine had finished the text with Greece.')).toEqual(['GR negotiating null']);
  });
  it('a finished text beside a plan of the same party is only its background', () => {
    expect(got(lead + 'The text of the Irish security agreement is agreed. Ireland will sign the security agreement next week.')).toEqual(['IE planned null']);
  });
  it('a text of another deal, a question, and finished talks are not', () => {
    expect(got(lead + 'The text of the minerals deal with Greece is agreed.')).toEqual([]);
    expect(got(lead + 'The Greek office did not say whether the text had been agreed with Kyiv.')).toEqual([]);
  });
});

describe('plans', () => {
  it('a government clearing a draft is a plan to sign, undated; a draft trade deal is nothing', () => {
    expect(got(lead + 'The Slovenian government cleared the draft security agreement with Ukraine on Thursday.')).toEqual(['SI planned null']);
    expect(got(lead + 'The cabinet approved the draft trade agreement with Ukraine on Thursday.')).toEqual([]);
  });
  it('"..., and it will be signed when ..." gives the parties of the first statement a plan too', () => {
    expect(got(lead + 'Greece and Ukraine have finalised the text of a bilateral security agreement, and it will be signed when the prime minister visits Kyiv.')).toEqual([
      'GR negotiating null', 'GR planned null',
    ]);
    expect(got(lead + 'Greece and Ukraine have finalised the text of a bilateral trade agreement, and it will be signed when the prime minister visits Kyiv.')).toEqual([]);
  });
  it('a headline "signs" gives way to a body that only plans the signing', () => {
    expect(got('Greece and Ukraine have finalised the text of a bilateral security agreement, and it will be signed when the prime minister visits Kyiv at the end of the month.', '2024-06-12', 'Greece signs security agreement with Ukraine')).toEqual([
      'GR negotiating null', 'GR planned null',
    ]);
  });
  it('"set to formalise" is a plan; formalising a trade deal is nothing', () => {
    expect(got(lead + "EU leaders are set to formalise the EU's joint security commitments to Ukraine.")).toEqual(['EU planned null']);
    expect(got(lead + 'The two countries formalised their trade agreement.')).toEqual([]);
  });
  it('"was expected to sign ... later on Saturday" is the day\'s plan; "was expected to sign" alone fell through', () => {
    expect(got(lead + "Trudeau was expected to sign Canada's own security agreement with Zelensky later on Saturday.", '2024-02-24')).toEqual(['CA planned 2024-02-24']);
    expect(got(lead + "Trudeau was expected to sign Canada's own security agreement with Zelensky.", '2024-02-24')).toEqual([]);
  });
});

describe('ratification', () => {
  it('"The Chamber of Deputies in Luxembourg ratified the agreement" is Luxembourg\'s; another treaty is not', () => {
    expect(got(lead + 'The Chamber of Deputies in Luxembourg ratified the bilateral security agreement with Ukraine on Tuesday.')).toEqual(['LU ratified 2024-06-11']);
    expect(got(lead + 'The Chamber of Deputies in Luxembourg ratified the free trade agreement with Ukraine on Tuesday.')).toEqual([]);
  });
});
