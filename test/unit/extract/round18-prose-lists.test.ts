import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Outlets close a signing story with the list of the partners that signed before, written as prose: a pronoun
// for the signers ("In alphabetical order, they are: …"), their noun ("Among the signatories are …"), a part of
// the agreements ("concluded the first of them with …"), a semicolon list of names with "the" and their dates,
// "joined them". Each partner listed signed.
const STORY = 'Ireland signed a bilateral security agreement with Ukraine in Kyiv on Wednesday. ';

describe('a plural pronoun lists the signers just counted', () => {
  it('reads "they are:" after a count of holders', () => {
    const text = `${STORY}Twenty countries now have such security agreements with Ukraine. In alphabetical order, they are: Austria, Belgium and the Czech Republic.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(['AT signed null', 'BE signed null', 'CZ signed null', 'IE signed 2024-09-04']);
  });

  it('reads "These include" after agreements signed', () => {
    const text = `${STORY}Ukraine has signed 24 such agreements so far. These include Sweden, Norway and the United States.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(['IE signed 2024-09-04', 'NO signed null', 'SE signed null', 'US signed null']);
  });

  it('reads "They were the UK, …"', () => {
    const text = `${STORY}Kyiv had signed seven similar documents by March. They were the UK, Germany and France, among others.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(['DE signed null', 'FR signed null', 'GB signed null', 'IE signed 2024-09-04']);
  });

  it('distractor: a predicate after the pronoun lists nobody', () => {
    const text = `${STORY}Ukraine has signed 24 such agreements so far. They are expected to last ten years, Poland's envoy said.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(['IE signed 2024-09-04']);
  });

  it('distractor: no signings told just before', () => {
    const text = `${STORY}Leaders met at the summit. They are: Spain, Italy and Greece.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(['IE signed 2024-09-04']);
  });
});

describe('the signatories of the agreements', () => {
  const ALBANIA = 'Rama and Zelensky signed a ten-year document in Davos on 21 January. It joins a network of bilateral security agreements Kyiv started after July 2023. ';

  it('reads "Among the signatories are" and groups', () => {
    expect(summary(extract(`${ALBANIA}Among the signatories are the three Baltic states and Canada.`, '2025-01-22'))).toEqual(['CA signed null', 'EE signed null', 'LT signed null', 'LV signed null']);
  });

  it('reads "The signatories so far include"', () => {
    expect(summary(extract(`${ALBANIA}The signatories so far include Japan and Portugal.`, '2025-01-22'))).toEqual(['JP signed null', 'PT signed null']);
  });

  it('reads "Signatories of the bilateral agreements include"', () => {
    expect(summary(extract(`${STORY}Signatories of the bilateral security agreements include Spain and Italy.`, '2024-09-05'))).toEqual(['ES signed null', 'IE signed 2024-09-04', 'IT signed null']);
  });

  it('distractor: the signatories of another document named before', () => {
    const text = 'Leaders endorsed a Ukraine Compact on Thursday. The compact commits its signatories to support Ukraine. It builds on the bilateral security agreements Kyiv has concluded. Among the signatories are Germany and Japan.';
    expect(summary(extract(text, '2024-07-11'))).toEqual([]);
  });

  it('distractor: a declaration named since the agreements', () => {
    const text = `${STORY}More states have joined the G7 joint declaration since July. Among the signatories are Bulgaria and Greece.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(['IE signed 2024-09-04']);
  });
});

describe('a list that goes on from the agreements just named', () => {
  const TWO = 'Zelensky signed security agreements with Slovenia and the Czech Republic on 18 July. These are the 24th and 25th such documents. ';

  it('reads "concluded the first of them with"', () => {
    expect(summary(extract(`${TWO}Kyiv concluded the first of them with Britain on 12 January 2024.`, '2024-07-18'))).toContain('GB signed 2024-01-12');
  });

  it('reads "signed one of these with"', () => {
    expect(summary(extract(`${TWO}Kyiv signed one of these with Canada in Ottawa on 24 February 2024.`, '2024-07-18'))).toContain('CA signed 2024-02-24');
  });

  it('distractor: "the first of them to arrive" is no object of a signing', () => {
    const text = `${TWO}Officials named the first of them to arrive: ministers from Austria on 2 March.`;
    expect(summary(extract(text, '2024-07-18')).filter((c) => c.startsWith('AT'))).toEqual([]);
  });

  it('reads semicolon items opened by "the"', () => {
    const text = `${TWO}Kyiv signed agreements with Poland on 8 July 2024; the Netherlands on 1 March; the US and Japan on 13 June.`;
    expect(summary(extract(text, '2024-07-18'))).toEqual(expect.arrayContaining(['JP signed 2024-06-13', 'NL signed 2024-03-01', 'PL signed 2024-07-08', 'US signed 2024-06-13']));
  });

  it('reads an item "the EU, Lithuania and Estonia on 27 June"', () => {
    const text = `${TWO}Ukraine signed such pacts with Spain on 27 May 2024; the UK on 12 January; the EU, Lithuania and Estonia on 27 June.`;
    expect(summary(extract(text, '2024-07-18'))).toEqual(expect.arrayContaining(['EE signed 2024-06-27', 'EU signed 2024-06-27', 'GB signed 2024-01-12', 'LT signed 2024-06-27']));
  });

  const LATVIA = 'Latvia signed a security agreement with Ukraine on 11 April. ';

  it('reads "joined them" after documents signed', () => {
    const text = `${LATVIA}Then, in February, pacts were signed with Germany, France and Denmark. Later the Netherlands joined them in March, and Finland on 3 April.`;
    expect(summary(extract(text, '2024-04-11'))).toEqual(expect.arrayContaining(['FI signed 2024-04-03', 'NL signed null']));
  });

  it('reads "Then Italy joined them on 24 February"', () => {
    const text = `${LATVIA}Agreements were signed with Germany and France in February. Then Italy joined them on 24 February.`;
    expect(summary(extract(text, '2024-04-11'))).toContain('IT signed 2024-02-24');
  });

  it('reads "Sweden joined them in March"', () => {
    const text = `${LATVIA}In February, documents were signed with Germany, France and Denmark. Sweden joined them in March.`;
    expect(summary(extract(text, '2024-04-11'))).toContain('SE signed null');
  });

  it('distractor: "joined them" for people, not after signings', () => {
    const text = `${LATVIA}Ministers from Germany and France flew to Kyiv in February. Later the Swedish premier joined them in March.`;
    expect(summary(extract(text, '2024-04-11')).filter((c) => c.startsWith('SE'))).toEqual([]);
  });

  it('distractor: "ratify them" is no joining', () => {
    const text = 'Guarantees of this kind would differ from the ten-year security agreements Ukraine concluded in 2024. Whether the US Senate would be asked to ratify them is unclear.';
    expect(summary(extract(text, '2025-12-30'))).toEqual([]);
  });
});

describe('talks on the texts of agreements with a list', () => {
  const TWO = 'Zelensky signed security agreements with Japan and the US on Thursday. ';

  it('reads "work on the texts of agreements with X, Y and Z"', () => {
    const text = `${TWO}Work on the texts of agreements with Lithuania, Estonia and Poland is at the final stage.`;
    expect(summary(extract(text, '2024-06-14'))).toEqual(['EE negotiating null', 'JP signed 2024-06-13', 'LT negotiating null', 'PL negotiating null', 'US signed 2024-06-13']);
  });

  it('reads "drafts of agreements with"', () => {
    expect(summary(extract(`${TWO}Drafts of agreements with Greece and Croatia are being negotiated.`, '2024-06-14'))).toEqual(expect.arrayContaining(['GR negotiating null', 'HR negotiating null']));
  });

  it('reads "talks on the texts of agreements with"', () => {
    expect(summary(extract(`${TWO}Talks on the texts of agreements with Greece and Croatia continue.`, '2024-06-14'))).toEqual(expect.arrayContaining(['GR negotiating null', 'HR negotiating null']));
  });

  it('distractor: texts of trade agreements', () => {
    const text = `${TWO}Work on the texts of trade agreements with Moldova is at the final stage.`;
    expect(summary(extract(text, '2024-06-14'))).toEqual(['JP signed 2024-06-13', 'US signed 2024-06-13']);
  });
});

// "…; Germany and France followed on 16 February; Denmark on 23 February; and Romania on 11 July": the closing
// "and" item has a day of its own, so it is a step of the dated sequence, not a second subject of "followed"
// (which mixed its day into the verb's own subjects and left them undated).
describe('a dated closing "and" item of a semicolon series', () => {
  const TALLY = 'Ireland signed a bilateral security agreement with Ukraine in Kyiv on Wednesday. Ukraine has signed 24 such agreements. ';

  it('keeps "Germany and France followed on 16 February" dated', () => {
    const text = `${TALLY}Britain went first on 12 January; Germany and France followed on 16 February; Denmark on 23 February; and Romania on 11 July.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(expect.arrayContaining(['DE signed 2024-02-16', 'FR signed 2024-02-16', 'RO signed 2024-07-11']));
  });

  it('keeps "Canada and Italy followed on 24 February" dated', () => {
    const text = `${TALLY}Britain came first on 12 January; Canada and Italy followed on 24 February; Spain on 27 May; and Poland on 8 July.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(expect.arrayContaining(['CA signed 2024-02-24', 'IT signed 2024-02-24', 'PL signed 2024-07-08']));
  });

  it('keeps "Sweden and Norway followed on 31 May" dated', () => {
    const text = `${TALLY}Germany went first on 16 February; Sweden and Norway followed on 31 May; Japan on 13 June; and Luxembourg on 10 July.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(expect.arrayContaining(['NO signed 2024-05-31', 'SE signed 2024-05-31', 'LU signed 2024-07-10']));
  });

  it('distractor: an undated closing item still shares the last verb', () => {
    const text = `${TALLY}Britain signed on 12 January; Germany followed on 16 February; and the three Baltic states too.`;
    expect(summary(extract(text, '2024-09-05'))).toEqual(expect.arrayContaining(['EE signed null', 'LT signed null', 'LV signed null']));
  });
});
