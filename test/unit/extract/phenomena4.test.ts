import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Fourth round of phenomena: pacts between two other states, hosts of an occasion, capitals counted as
// signatories, pluperfect hopes, superseded plans, live-blog entries and finished talks. Sentences written for
// these tests; none is taken from a corpus.
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));
const lead = 'Kyiv is collecting ten-year bilateral security agreements from its allies. ';

describe('a pact between two other states', () => {
  it('what follows it ("the treaty", "similar accords") is theirs, not the hub\'s', () => {
    const text =
      'Ukraine is watching closely. Korea and Indonesia signed a Maritime Defence Treaty on Tuesday, the newest of several security arrangements in the region. ' +
      'Defence Minister Shin signed the treaty in Jakarta with Indonesian Defence Minister Prabowo. ' +
      'The treaty follows similar accords struck by Seoul with Australia and Canada.';
    expect(got(text)).toEqual([]);
  });

  it('the tracked type named again with the hub takes the topic back', () => {
    const text =
      'Korea and Indonesia signed a maritime treaty on Tuesday. Separately, Ukraine and Norway signed a bilateral security agreement on Wednesday. ' +
      'The agreement was signed by Jonas Gahr Støre in Kyiv.';
    expect(got(text)).toEqual(['NO signed 2024-06-12']);
  });
});

describe('who hosts an occasion does not sign', () => {
  it('"at a summit hosted by the British prime minister"', () => {
    const text = 'Irish and Maltese leaders signed bilateral security agreements with Zelensky on Monday at a gathering hosted by Keir Starmer.';
    expect(got(text, '2024-06-12')).toEqual(['IE signed 2024-06-10', 'MT signed 2024-06-10']);
  });
});

describe('capitals as signatories', () => {
  it('"London became the first capital to sign" is a signing', () => {
    expect(got('Two years ago, London became the first capital to sign a ten-year security agreement with Kyiv.')).toEqual(['GB signed null']);
  });

  it('"Vienna and Bern, for their part, have refused" with a short aside', () => {
    const text = lead + 'Vienna and Bern, for their part, have declined to sign anything similar.';
    expect(got(text)).toEqual(['AT refused null', 'CH refused null']);
  });
});

describe('plans that are over', () => {
  it('"had hoped it could be signed before the end of the year" is no plan', () => {
    const text = lead + 'Officials in Lisbon had hoped the agreement with Portugal could be signed before the end of the year.';
    expect(got(text)).toEqual([]);
  });

  it('"negotiations ... were completed" are not talks under way', () => {
    const text = lead + 'Negotiations on the text with Austria were completed in the spring.';
    expect(got(text)).toEqual([]);
  });

  it('an undated plan gives way to the signing the article reports', () => {
    const text = lead + 'Officials said the agreement with Belgium will be signed shortly. Later, De Croo and Zelensky signed the agreement in Brussels on Tuesday.';
    expect(got(text)).toEqual(['BE signed 2024-06-11']);
  });
});

describe('signings told another way', () => {
  it('"became the first ... to do so" is a signing', () => {
    expect(got(lead + 'In March, Finland became the first Nordic country to do so.')).toEqual(['FI signed null']);
  });

  it('"have put pen to paper at the palace" needs no object', () => {
    const text = lead + 'Both leaders arrived at noon. Pedro Sánchez and Zelensky have put pen to paper at the Moncloa.';
    expect(got(text)).toEqual(['ES signed null']);
  });
});

describe('live blogs', () => {
  it('an entry in the present ("X and Zelensky sign ...") is the day of the blog', () => {
    const text = '10:15\nLeaders are arriving.\n\n11:40\nEstonian Prime Minister Kristen Michal and Zelensky sign a bilateral security agreement.\n\n12:05\nA press conference follows.';
    expect(got(text, '2025-03-04')).toEqual(['EE signed 2025-03-04']);
  });
});

describe('explainer lists', () => {
  it('a semicolon list with relative clauses and a closing group', () => {
    const text =
      lead + 'Among the signatories: Spain and Portugal, which signed in the same week in Kyiv; Belgium, whose agreement Alexander De Croo signed in Brussels; and all three Baltic states.';
    expect(got(text, null)).toEqual(['BE signed null', 'EE signed null', 'ES signed null', 'LT signed null', 'LV signed null', 'PT signed null']);
  });

  it('a verbless second half of a headline does not share the signing', () => {
    expect(got('Stockholm is expected to follow soon.', '2024-06-12', 'Norway signs security agreement with Ukraine; Sweden next')).toEqual(['NO signed null', 'SE planned null']);
  });
});

describe('talks after another act was named', () => {
  it('"similar bilateral documents with Kyiv" after a joint declaration, with a hope to conclude them', () => {
    const text =
      lead + 'The leaders also adopted a joint declaration on reconstruction. Separately, Moldova\'s Prime Minister said his government was negotiating similar bilateral documents with Kyiv and hoped to conclude them soon.';
    expect(got(text)).toEqual(['MD negotiating null']);
  });
});

describe('work begun on agreements', () => {
  it('"Work has also begun on similar agreements with X and Y" is talks with each', () => {
    expect(got(lead + 'Work has also begun on similar agreements with Greece and Cyprus, officials said.')).toEqual(['CY negotiating null', 'GR negotiating null']);
  });
});
