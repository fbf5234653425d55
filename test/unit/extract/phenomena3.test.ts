import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Third round of phenomena: talks with a list, texts negotiated by each party, objectless refusals, plans moved
// to another occasion, ordinal signatories, other agreements named by their subject, reported expectations and
// dates carried from the sentence before. Sentences written for these tests; none is taken from a corpus.
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));
const lead = 'Kyiv is collecting ten-year bilateral security agreements from its allies. ';

describe('talks with a list of parties', () => {
  it('"Talks with X and Y continue" gives talks with each', () => {
    expect(got(lead + 'Talks with Portugal and Norway continue, diplomats say.')).toEqual(['NO negotiating null', 'PT negotiating null']);
  });

  it('also with an auxiliary after the list', () => {
    expect(got(lead + 'Talks with Austria have already started.')).toEqual(['AT negotiating null']);
  });

  it('"held talks with X" is a meeting, not negotiation', () => {
    expect(got(lead + 'Zelensky held talks with Macron and Scholz continued to Berlin.')).toEqual([]);
  });

  it('needs the article to be about the agreements', () => {
    expect(got('Kyiv hosted a conference on energy. Talks with Portugal and Norway continue, diplomats say.')).toEqual([]);
  });
});

describe('two partners each negotiating their own text', () => {
  it('"Riga and Vilnius are still negotiating their texts"', () => {
    expect(got(lead + 'Riga and Vilnius are still negotiating their texts.')).toEqual(['LT negotiating null', 'LV negotiating null']);
  });

  it('two countries agreeing with each other stay out', () => {
    expect(got(lead + 'France and Moldova signed a defence agreement on Monday.')).toEqual([]);
  });
});

describe('objectless refusals', () => {
  it('"backed out in November" in an article about the agreements', () => {
    const text = 'Sofia was supposed to sign a ten-year security agreement with Ukraine in Brussels. In the end, the government of Rosen Zhelyazkov backed out in November.';
    expect(got(text, '2025-01-20')).toEqual(['BG refused null']);
  });

  it('pulling out of something else is no refusal', () => {
    expect(got(lead + "Hungary's team pulled out of the tournament in May.")).toEqual([]);
  });

  it('backing out needs the article to be about the agreements', () => {
    expect(got('Ukraine and Bulgaria discussed energy. The government of Rosen Zhelyazkov backed out in November.')).toEqual([]);
  });
});

describe('a plan moved to another occasion', () => {
  it('"will not sign at X, but at Y" is a plan', () => {
    const text = 'Austria will not sign its security agreement with Ukraine at the summit in Rome, but at a ceremony in Vienna next month, the chancellor said.';
    expect(got(text)).toEqual(['AT planned null']);
  });

  it('"will not sign ..., but in the autumn" is a plan', () => {
    expect(got('Portugal will not sign the security agreement with Ukraine this week but in the autumn.')).toEqual(['PT planned null']);
  });

  it('the new occasion dates the plan, not the old one', () => {
    expect(got('Austria will not sign its security agreement with Ukraine on Monday, but on 21 June in Vienna.')).toEqual(['AT planned 2024-06-21']);
  });

  it('a refusal stays a refusal', () => {
    expect(got('Austria will not sign a security agreement with Ukraine, the chancellor said.')).toEqual(['AT refused null']);
  });

  it('a postponement without a new occasion is neither', () => {
    expect(got('Austria will not sign its security agreement with Ukraine at the summit in Rome.')).toEqual([]);
  });

  it('"but" opening another subject is not the new occasion', () => {
    expect(got('Austria will not sign its security agreement with Ukraine at the summit, but Hungary has not decided.')).toEqual([]);
  });
});

describe('ordinal signatories', () => {
  it('"among the last ... to sign such a document" after its signing is no plan', () => {
    const text = 'Portugal signed its security agreement with Ukraine on Monday. Portugal is among the last members of the alliance in the west to sign such a document.';
    expect(got(text)).toEqual(['PT signed 2024-06-10']);
  });

  it('"was the last western state to sign" is a signing', () => {
    expect(got(lead + 'Portugal was the last western European state to sign such a document.')).toEqual(['PT signed null']);
  });

  it('"will be the last ... to sign" is a plan', () => {
    expect(got(lead + 'Greece will be the last EU member to sign such an agreement with Ukraine.')).toEqual(['GR planned null']);
  });

  it('"the last ... yet to sign" is neither', () => {
    expect(got(lead + 'Hungary is the last EU member yet to sign such an agreement with Ukraine.')).toEqual([]);
  });
});

describe('an agreement named by another subject', () => {
  it('an agreement on customs control is not the security agreement named later', () => {
    const text = 'Ukraine and Poland signed an agreement on Tuesday on joint customs checks at the border. Poland has not yet concluded a bilateral security agreement with Kyiv.';
    expect(got(text, '2024-06-12', 'Ukraine and Poland sign agreement on joint customs control')).toEqual([]);
  });

  it.each(['on fisheries', 'on trade in grain', 'about electricity exports'])('an agreement %s', (subject) => {
    expect(got(`${lead}Ukraine and Estonia signed an agreement ${subject} on Monday.`)).toEqual([]);
  });

  it('"not among the countries negotiating" is no negotiation', () => {
    expect(got('Ukraine and Moldova signed an agreement on joint border control. Moldova is not among the countries negotiating a bilateral security agreement with Kyiv.')).toEqual([]);
  });

  it('an adjunct after the agreement is not its subject', () => {
    expect(got(lead + 'Ukraine and Spain signed the agreement on Monday on the sidelines of the summit.')).toEqual(['ES signed 2024-06-10']);
  });

  it('an agreement on security cooperation is the tracked type', () => {
    expect(got('Ukraine and Spain signed an agreement on Monday on security cooperation.')).toEqual(['ES signed 2024-06-10']);
  });
});

describe('expectations reported in the past tense', () => {
  it('"said ... were expected to sign before the end of the year" is a plan', () => {
    const text = 'The foreign ministry said on Thursday that Croatia and Greece were both expected to sign bilateral security agreements with Ukraine before the end of the year.';
    expect(got(text, '2024-07-12')).toEqual(['GR planned null', 'HR planned null']);
  });

  it('a past expectation with a past date fell through', () => {
    const text = 'Croatia was expected to sign a security agreement with Ukraine on 13 June, but the ceremony was cancelled.';
    expect(got(text, '2024-07-12')).toEqual([]);
  });

  it('a past expectation with no time is no plan', () => {
    expect(got('Croatia was expected to sign a security agreement with Ukraine.', '2024-07-12')).toEqual([]);
  });

  it('"is due to sign next week" in a sentence of two clauses', () => {
    const text = 'Ukraine now has security agreements with 20 partners. Poland is due to sign next week, and talks with Ireland have begun.';
    expect(got(text, '2024-07-05')).toEqual(['IE negotiating null', 'PL planned null']);
  });
});

describe('a date carried from the sentence before', () => {
  it('"Following the meeting, they signed" takes the meeting\'s day', () => {
    const text = 'On 13 June the leaders met in Apulia. Following the meeting, they signed the bilateral security agreement between Japan and Ukraine.';
    expect(got(text, '2024-06-14')).toEqual(['JP signed 2024-06-13']);
  });

  it('a date in parentheses is a gloss, not the event day', () => {
    const text = 'On 13 June (14 June in Tokyo) the leaders met in Apulia. After the talks, they signed the bilateral security agreement between Japan and Ukraine.';
    expect(got(text, '2024-06-15')).toEqual(['JP signed 2024-06-13']);
  });

  it('no date before: no date', () => {
    const text = 'The leaders met in Apulia. Following the meeting, they signed the bilateral security agreement between Japan and Ukraine.';
    expect(got(text, '2024-06-14')).toEqual(['JP signed null']);
  });

  it('a date of its own wins', () => {
    const text = 'On 11 June the leaders met in Apulia. After the meeting, they signed the bilateral security agreement between Japan and Ukraine on 13 June.';
    expect(got(text, '2024-06-14')).toEqual(['JP signed 2024-06-13']);
  });
});
