import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Signings told in lists without a verb of their own: a dated chronology under a lead-in sentence, the
// earlier signers after an ordinal, and partners named by their adjectives in "as did ... ones".

const P = '2025-07-12';
const TITLE = 'How Ukraine built its web of security agreements';

describe('round 15: a chronology of bare dated rows under a lead-in sentence', () => {
  it('rows closing with the semicolon or comma that separates them are bare entries', () => {
    const text = 'Ukraine has concluded bilateral security agreements with many states.\n\nTimeline:\n16 February 2024: Germany, France;\n23 February 2024: Denmark;\n1 March 2024: the Netherlands,\n3 April 2024: Finland.';
    expect(summary(extract(text, P, TITLE))).toEqual(['DE signed 2024-02-16', 'DK signed 2024-02-23', 'FI signed 2024-04-03', 'FR signed 2024-02-16', 'NL signed 2024-03-01']);
  });

  it('a lead-in sentence announcing the chronology takes the headline for its subject, and its dated event the year of the rows', () => {
    const body = 'Kyiv says the commitments have held.\n\n';
    const a = body + 'The British document came first, on 12 January 2024. The chronology of the following months:\n16 February: Germany, France;\n23 February: Denmark;\n11 April: Latvia.';
    expect(summary(extract(a, P, TITLE))).toEqual(expect.arrayContaining(['DE signed 2024-02-16', 'DK signed 2024-02-23', 'FR signed 2024-02-16', 'LV signed 2024-04-11']));
    const b = body + 'London signed on 12 January 2024. Key dates since then:\n24 February: Italy, Canada;\n31 May: Norway;\n';
    expect(summary(extract(b, P, TITLE))).toEqual(expect.arrayContaining(['CA signed 2024-02-24', 'IT signed 2024-02-24', 'NO signed 2024-05-31']));
    const c = body + 'It started in Kyiv on 12 January 2024. Here is the timeline:\n27 May: Spain,\n28 May: Portugal, Belgium.';
    expect(summary(extract(c, P, TITLE))).toEqual(expect.arrayContaining(['BE signed 2024-05-28', 'ES signed 2024-05-27', 'PT signed 2024-05-28']));
  });

  it('distractors: a page date in the lead does not set the rows\' year; a lead-in that names no chronology lends no subject', () => {
    const body = 'Kyiv says the commitments have held.\n\n';
    // "updated 3 July 2025" dates the page: the rows without a year are read against publication
    const a = body + 'Last updated on 3 July 2025. The chronology:\n16 February: Germany, France;\n23 February: Denmark;';
    expect(summary(extract(a, P, TITLE))).toEqual(expect.arrayContaining(['DE signed 2025-02-16', 'DK signed 2025-02-23']));
    // a lead-in about aid deliveries: the rows are no signings
    const b = body + 'Ammunition arrived on 12 January 2024. Deliveries in the following months:\n16 February: Germany, France;\n23 February: Denmark;';
    expect(summary(extract(b, P, TITLE))).toEqual([]);
  });
});

describe('round 15: the earlier signers after an ordinal, the list closed by a comma', () => {
  const LEAD = 'Mark Rutte and Volodymyr Zelensky inked a ten-year security deal on Friday in Kharkiv. ';
  const PUB = '2024-03-02';
  it('"the seventh country to sign ..., after A, B and C, under/as part of/in line with ..."', () => {
    expect(summary(extract(LEAD + 'The agreement makes the Netherlands the seventh country to sign such a pact with Kyiv, after Britain, Germany and Italy, under a framework agreed by the G7 last summer.', PUB))).toEqual(['DE signed null', 'GB signed null', 'IT signed null', 'NL signed 2024-03-01']);
    expect(summary(extract(LEAD + 'The Netherlands thus became the fourth nation to conclude one, following France, Denmark and Canada, as part of a G7 initiative.', PUB))).toEqual(['CA signed null', 'DK signed null', 'FR signed null', 'NL signed 2024-03-01']);
    expect(summary(extract(LEAD + 'It is the third state to seal such a deal with Ukraine after Britain and Germany, in line with the Vilnius declaration.', PUB))).toEqual(['DE signed null', 'GB signed null', 'NL signed 2024-03-01']);
  });

  it('distractors: an "after" clause that is not a bare list of signers', () => {
    expect(summary(extract(LEAD + 'The Netherlands became the seventh country to sign such a pact with Kyiv, after Britain’s prime minister visited Kharkiv, under a G7 framework.', PUB))).toEqual(['NL signed 2024-03-01']);
    expect(summary(extract(LEAD + 'The Netherlands became the seventh country to sign such a pact with Kyiv, after France pledged jets, under a G7 framework.', PUB))).toEqual(['NL signed 2024-03-01']);
  });
});

describe('round 15: partners named by adjectives, a verbless signing repeated by "as did ... ones"', () => {
  const LEAD = 'Ukraine has signed security agreements with many states. ';
  const PUB = '2024-06-13';
  it('"X deals followed, as did A and B ones", "the Y pact followed, as did the Z one"', () => {
    expect(summary(extract(LEAD + 'German and French deals followed in February, as did Danish, Canadian and Italian ones.', PUB))).toEqual(['CA signed null', 'DE signed null', 'DK signed null', 'FR signed null', 'IT signed null']);
    expect(summary(extract(LEAD + 'The Dutch pact followed in March, as did the Finnish one.', PUB))).toEqual(['FI signed null', 'NL signed null']);
    expect(summary(extract(LEAD + 'Spanish agreements followed in late May, as did Belgian and Portuguese ones.', PUB))).toEqual(['BE signed null', 'ES signed null', 'PT signed null']);
    expect(summary(extract(LEAD + 'Norway signed in May, as did the Swedish and Icelandic ones.', PUB))).toEqual(['IS signed null', 'NO signed null', 'SE signed null']);
  });

  it('distractors: "as did" after talks or deliveries, and "ones" that are no agreements', () => {
    expect(summary(extract(LEAD + 'German talks followed in February, as did Danish ones.', PUB))).toEqual([]);
    expect(summary(extract(LEAD + 'German tanks arrived in February, as did Danish ones.', PUB))).toEqual([]);
    expect(summary(extract(LEAD + 'Dutch officials praised the Danish ones.', PUB))).toEqual([]);
  });
});

describe('round 15: a place in the series told of a party or its agreement', () => {
  const LEAD = 'Ukraine has signed security agreements with many allies. ';
  const PUB = '2024-09-05';
  it('"became the newest signatory of a ... deal", "the British document came first", "the Danish pact came next"', () => {
    expect(summary(extract(LEAD + 'On Sept. 4, Ireland became the newest signatory of a bilateral security deal with Ukraine, as its prime minister visited Kyiv.', PUB))).toEqual(['IE signed 2024-09-04']);
    expect(summary(extract(LEAD + 'Luxembourg became the latest signatory to such a pact on Wednesday.', PUB))).toEqual(['LU signed 2024-09-04']);
    expect(summary(extract(LEAD + 'The British document came first, on 12 January 2024.', PUB))).toEqual(['GB signed 2024-01-12']);
    expect(summary(extract(LEAD + 'The Danish pact came next, in Lviv.', PUB))).toEqual(['DK signed null']);
  });

  it('distractors: a signatory of another text, another first', () => {
    expect(summary(extract(LEAD + 'Ireland became the newest signatory of the Vilnius declaration on Wednesday.', PUB))).toEqual([]);
    expect(summary(extract(LEAD + 'The first aid package came first, on 12 January 2024.', PUB))).toEqual([]);
    expect(summary(extract(LEAD + 'The British team came first in the games.', PUB))).toEqual([]);
  });
});
