import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-07-19';
const L = 'Ukraine has concluded security agreements with many states. ';

describe('round 15: items of a digest page', () => {
  describe('an occasion put to use is a signing done ("used the summit to sign")', () => {
    it('used / took / seized an occasion, with or without "of the ..."', () => {
      expect(summary(extract(L + 'Zelensky used the summit to sign two bilateral security agreements: one with Petr Fiala of the Czech Republic, the other with Robert Golob of Slovenia.', P))).toEqual(['CZ signed null', 'SI signed null']);
      expect(summary(extract(L + 'Zelensky took the opportunity of the visit to sign a security agreement with Finland.', P))).toEqual(['FI signed null']);
      expect(summary(extract(L + 'Stubb seized the chance to sign a security agreement with Ukraine.', P))).toEqual(['FI signed null']);
      expect(summary(extract(L + 'The Portuguese premier used his stopover to conclude a bilateral security pact with Zelensky.', P))).toEqual(['PT signed null']);
    });

    it('distractors: an occasion to be used, a passive, a vehicle taken', () => {
      expect(summary(extract(L + 'Zelensky will use the summit to sign a security agreement with Slovenia.', P))).toEqual(['SI planned null']);
      expect(summary(extract(L + 'The summit was used to sign a security agreement with Slovenia.', P))).toEqual(['SI planned null']);
      expect(summary(extract(L + 'Zelensky took the train to sign a security agreement with Finland.', P))).toEqual(['FI planned null']);
    });
  });

  describe('"strikes on ..." in a list of headlines is an attack, not a deal struck', () => {
    const body = 'The British prime minister and Volodymyr Zelensky signed the security agreement in Kyiv on Friday.';
    it('a brief\'s headline listing a pact beside strikes and other stories names only the pact\'s party', () => {
      expect(summary(extract(body, '2024-01-13', "Morning Brief: Sunak's Kyiv pact, strikes on the Houthis, Taiwan votes"))).toEqual(['GB signed 2024-01-12']);
      expect(summary(extract(body, '2024-01-13', "Today: Sunak's security pact, a strike against Kharkiv and Moldova's election"))).toEqual(['GB signed 2024-01-12']);
    });

    it('the verb "strikes" with an agreement for its object is still a signing', () => {
      expect(summary(extract('Finland strikes a ten-year security agreement with Ukraine in Kyiv.', '2024-04-03'))).toEqual(['FI signed null']);
    });
  });
});

describe('round 15: a legislature approving the agreement in a headline\'s present, or voting it through', () => {
  const body = "Luxembourg's Luc Frieden had signed the security agreement with Ukraine in Washington on 10 July.";
  it('"MPs approve", "Parliament endorses"; "deputies voted through"', () => {
    expect(summary(extract(body, '2024-11-27', 'MPs approve security agreement with Ukraine'))).toEqual(['LU ratified null', 'LU signed 2024-07-10']);
    expect(summary(extract(body, '2024-11-27', 'Parliament endorses security pact with Kyiv'))).toEqual(['LU ratified null', 'LU signed 2024-07-10']);
    expect(summary(extract(body + ' The Chamber of Deputies on Tuesday voted through the security agreement.', '2024-11-27'))).toEqual(['LU ratified 2024-11-26', 'LU signed 2024-07-10']);
    expect(summary(extract(body + ' Lawmakers voted the agreement through on Tuesday.', '2024-11-27'))).not.toContain('LU planned null');
  });

  it('distractors: an approval still ahead, a government\'s approval, a vote through another bill', () => {
    expect(summary(extract(body, '2024-11-27', 'MPs to approve security agreement with Ukraine'))).toEqual(['LU signed 2024-07-10']);
    expect(summary(extract(body, '2024-11-27', 'Parliament will approve security agreement with Ukraine'))).toEqual(['LU signed 2024-07-10']);
    expect(summary(extract(body + ' Parliament on Tuesday voted through the budget.', '2024-11-27'))).toEqual(['LU signed 2024-07-10']);
  });
});

describe('round 15: a draft still being finished, talks already over', () => {
  it('a cabinet approving a draft and mandating its negotiators to finalise the text: talks, not a plan to sign', () => {
    expect(summary(extract("Sofia's caretaker cabinet approved a draft of a bilateral security agreement with Ukraine and mandated its negotiators to finalise the text with Kyiv.", '2024-10-20'))).toEqual(['BG negotiating null']);
    expect(summary(extract('The Slovak government endorsed the draft security agreement with Ukraine and instructed the foreign ministry to complete the negotiations.', '2024-10-20'))).toEqual(['SK negotiating null']);
    // distractor: authorised to sign is a plan
    expect(summary(extract('The Croatian government approved the draft security agreement with Ukraine and authorised the prime minister to sign it.', '2024-10-20'))).toEqual(['HR planned null']);
  });

  it('"the text was negotiated last year" beside a plan or refusal is a stage reached, not talks under way', () => {
    const plan = 'Sofia will put its signature to the security agreement with Ukraine within weeks, Prime Minister Rosen Zhelyazkov said. ';
    expect(summary(extract(plan + 'The text of the ten-year agreement was negotiated last year by the caretaker cabinet.', '2025-02-06'))).toEqual(['BG planned null']);
    expect(summary(extract(plan + 'The documents were negotiated in 2024 by diplomats of both sides.', '2025-02-06'))).toEqual(['BG planned null']);
    // distractors: still being negotiated; negotiated for months and still open
    expect(summary(extract(plan + 'The text is still being negotiated by the two sides.', '2025-02-06'))).toContain('BG planned null');
    expect(summary(extract('The security agreement with Bulgaria is being negotiated, officials in Kyiv said.', '2025-02-06'))).toEqual(['BG negotiating null']);
  });
});

describe('round 15: "wants its agreement signed" is a wish, a plan', () => {
  it('want / expect / would like, with the agreement named before the participle', () => {
    expect(summary(extract("Warsaw wants its security agreement with Kyiv signed ahead of the alliance's Washington summit, Polish officials say.", '2024-06-28'))).toEqual(['PL planned null']);
    expect(summary(extract('Oslo expects the security agreement with Ukraine concluded by the summer.', '2024-04-28'))).toEqual(['NO planned null']);
    expect(summary(extract('Rome would like the bilateral security pact with Kyiv inked before the G7.', '2024-01-28'))).toEqual(['IT planned null']);
  });

  it('distractors: a wish for something else beside a signed agreement; the agreement signed, then wanted', () => {
    expect(summary(extract('Warsaw wants more aid, its security agreement with Ukraine signed in July notwithstanding.', '2024-09-28'))).toEqual(['PL signed null']);
    expect(summary(extract('The security agreement Denmark signed with Ukraine in Lviv is what Copenhagen wanted.', '2024-03-28'))).toEqual(['DK signed null']);
  });
});

describe('round 15: "a year to the day after he signed" counts back from the story\'s day', () => {
  it('one / two years, months; after / since', () => {
    expect(summary(extract('Trudeau returned to Kyiv on Monday, one year to the day after he signed a 10-year security agreement with Zelensky in the Ukrainian capital.', '2025-02-24'))).toEqual(['CA signed 2024-02-24']);
    expect(summary(extract("Scholz's visit comes a year to the day since Germany signed its security agreement with Ukraine in Berlin.", '2025-02-16'))).toEqual(['DE signed 2024-02-16']);
    expect(summary(extract('Six months to the day after Denmark signed its security agreement with Ukraine in Lviv, Frederiksen returned.', '2024-08-23'))).toEqual(['DK signed 2024-02-23']);
  });

  it('distractors: "to the day" without a count; a sentence with a day of its own', () => {
    expect(summary(extract('Sweden signed a ten-year security agreement with Ukraine in Stockholm on Friday, timed to the day of the summit.', '2024-06-02'))).toEqual(['SE signed 2024-05-31']);
    expect(summary(extract('Britain signed its security agreement with Ukraine in Kyiv on 12 January 2024, a year to the day before this visit.', '2025-01-12'))).toEqual(['GB signed 2024-01-12']);
  });
});
