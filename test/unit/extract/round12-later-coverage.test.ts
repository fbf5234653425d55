import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 12c: years that frame a sentence, date glosses after a run of parties', () => {
  it('a year the sentence states as its frame governs its yearless dates, whatever the publication date', () => {
    // a retrospective published the next year
    expect(summary(extract('During 2024 Ukraine concluded security pacts with Norway on 31 May and with Spain on 27 May.', '2025-03-01'))).toEqual(['ES signed 2024-05-27', 'NO signed 2024-05-31']);
    expect(summary(extract('2024: Kyiv inked bilateral security agreements with Latvia (11 April) and Finland (3 April).', '2025-06-01'))).toEqual(['FI signed 2024-04-03', 'LV signed 2024-04-11']);
    expect(summary(extract('Back in 2024, Belgium signed its security accord with Ukraine on May 28.', '2025-07-01'))).toEqual(['BE signed 2024-05-28']);
    expect(summary(extract('In the spring of 2024 Portugal put pen to its security agreement with Ukraine on 28 May.', '2025-09-15'))).toEqual(['PT signed 2024-05-28']);
    // no publication date, and a later year named elsewhere in the text
    const s = summary(extract('In 2024 alone, Ukraine sealed security deals with Denmark (23 February) and the Netherlands (1 March). Talks continued in 2025.', null));
    expect(s).toEqual(['DK signed 2024-02-23', 'NL signed 2024-03-01']);
  });

  it('a year that is no frame leaves the date to the publication date', () => {
    // the frame ends the first clause; the date opens a clause of its own
    expect(summary(extract('Ukraine signed 27 security agreements in 2024, and on 13 January Albania signed its own.', '2025-02-01'))).toContain('AL signed 2025-01-13');
    // a year that names a package, and one that joins a span
    expect(summary(extract('Estonia, whose 2024 aid topped 100 million euros, signed a security agreement with Ukraine on 27 June.', '2025-08-01'))).toEqual(['EE signed 2025-06-27']);
    expect(summary(extract('Citing needs in 2024 and 2025, Iceland signed a security agreement with Ukraine on 31 May.', '2025-08-01'))).toEqual(['IS signed 2025-05-31']);
    // a year of a month is the month's, not a frame for the day after it
    expect(summary(extract('Sweden, which opened talks in January 2024, signed a security agreement with Ukraine on 31 May.', '2025-08-01'))).toEqual(['SE signed 2025-05-31']);
  });

  it('a date in parentheses after a run "A, B and C" dates every member of the run', () => {
    const s = summary(extract('Kyiv has concluded security agreements with Lithuania (27 June), Poland, Luxembourg and Romania (8 July).', '2024-09-01'));
    expect(s).toEqual(['LT signed 2024-06-27', 'LU signed 2024-07-08', 'PL signed 2024-07-08', 'RO signed 2024-07-08']);
    const t = summary(extract('Ukraine has signed bilateral security accords with Sweden, Norway, and Iceland (31 May).', '2024-09-01'));
    expect(t).toEqual(['IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
    // distractor: a run joined by commas alone is a list of its own; the date is the last member's
    const u = summary(extract('Ukraine has signed bilateral security accords with Denmark (23 February), Finland, Latvia (11 April).', '2024-09-01'));
    expect(u).toContain('LV signed 2024-04-11');
    expect(u).not.toContain('FI signed 2024-04-11');
  });

  it('an adverb between the auxiliary and the verb leaves the auxiliary in charge', () => {
    expect(summary(extract('Slovenia and Ukraine will tomorrow sign an agreement on long-term security cooperation.', '2024-10-08'))).toEqual(['SI planned 2024-10-09']);
    expect(summary(extract('Croatia will soon ink a security agreement with Ukraine.', '2024-10-08'))).toEqual(['HR planned null']);
    expect(summary(extract('Spain could formally conclude its security pact with Ukraine next week.', '2024-10-08'))).toEqual(['ES planned null']);
    expect(summary(extract('Latvia is expected to formally sign its security agreement with Ukraine on Friday.', '2024-10-08'))).toEqual(['LV planned 2024-10-11']);
    expect(summary(extract('Greece did finally sign the security accord with Ukraine.', '2024-10-08'))).toEqual(['GR signed null']);
    // distractors: a negation or a "would" with nobody reporting it keeps its reading
    expect(summary(extract('Croatia will not formally sign a security agreement with Ukraine.', '2024-10-08'))).not.toContain('HR planned null');
    expect(summary(extract('Under the draft, Portugal would then sign a security agreement with Ukraine.', '2024-10-08'))).toEqual([]);
  });

  it('agreements held by likeness ("have similar agreements") are the article\'s, with the hub left implied', () => {
    const lead = 'Ukraine signed a security agreement with Poland. ';
    expect(summary(extract(lead + 'Beyond the EU, Australia, Canada and Japan have similar agreements.', '2025-02-13'))).toEqual(['AU signed null', 'CA signed null', 'JP signed null', 'PL signed null']);
    expect(summary(extract(lead + 'Norway and Iceland hold comparable pacts.', '2025-02-13'))).toEqual(['IS signed null', 'NO signed null', 'PL signed null']);
    expect(summary(extract(lead + 'Further north, Finland already has such an accord.', '2025-02-13'))).toEqual(['FI signed null', 'PL signed null']);
    // distractors: a partner of their own, another kind, a plan to have one
    expect(summary(extract(lead + 'Moldova has similar agreements with the EU.', '2025-02-13'))).toEqual(['PL signed null']);
    expect(summary(extract(lead + 'Norway has trade agreements.', '2025-02-13'))).toEqual(['PL signed null']);
    expect(summary(extract(lead + 'Denmark may have a similar agreement.', '2025-02-13'))).toEqual(['PL signed null']);
  });

  it('a fronted phrase that sets a party aside ("Beyond the EU, …") keeps it out of the statement', () => {
    expect(summary(extract('Unlike Hungary, Slovakia signed a security agreement with Ukraine.', '2025-02-13'))).toEqual(['SK signed null']);
    expect(summary(extract('Outside the EU, Norway inked a security pact with Ukraine.', '2025-02-13'))).toEqual(['NO signed null']);
    expect(summary(extract('But apart from Germany, Italy and Spain will conclude security deals with Ukraine next month.', '2025-02-13'))).toEqual(['ES planned null', 'IT planned null']);
    // distractor: a party after the phrase, and a set-aside that is not fronted
    expect(summary(extract('Canada signed a security agreement with Ukraine outside the summit, as Japan did.', '2025-02-13'))).toContain('CA signed null');
  });

  it('a time phrase with "over" or "throughout" after an objectless signing verb leaves it objectless', () => {
    const lead = 'Ukraine signed security agreements with Canada and Italy. ';
    expect(summary(extract(lead + 'They were followed over the spring by Finland and Latvia, then Spain.', null))).toEqual(['CA signed null', 'ES signed null', 'FI signed null', 'IT signed null', 'LV signed null']);
    expect(summary(extract(lead + 'Norway followed over the weekend.', '2024-09-01'))).toContain('NO signed null');
    expect(summary(extract(lead + 'Belgium and Portugal signed throughout the Brussels visit.', '2024-09-01'))).toEqual(['BE signed null', 'CA signed null', 'IT signed null', 'PT signed null']);
    // distractor: an object after "over" is still no agreement of the article's
    expect(summary(extract(lead + 'Poland followed over concerns about grain imports with a ban.', '2024-09-01'))).not.toContain('PL signed null');
  });

  it('idioms of the last drafting stage ("finishing touches", "fine-tuning") are negotiation', () => {
    expect(summary(extract('Oslo is adding the final touches to its security pact with Ukraine.', '2024-09-27'))).toEqual(['NO negotiating null']);
    expect(summary(extract('Diplomats from Ukraine and Portugal are fine-tuning the security agreement.', '2024-09-27'))).toEqual(['PT negotiating null']);
    expect(summary(extract('Ukraine signed a security agreement with Poland. Madrid and Kyiv have put the finishing touches to the document.', '2024-09-27'))).toEqual(['ES negotiating null', 'PL signed null']);
    // distractor: finishing touches on something else
    expect(summary(extract('Italy is putting the finishing touches on its budget.', '2024-09-27'))).toEqual([]);
  });

  it('"to do so" / "did the same" after another act ("joined the declaration") repeats that act, not a signing', () => {
    const lead = 'Ukraine signed a security agreement with Poland. ';
    expect(summary(extract(lead + "Greece joined the G7 declaration on Ukraine's security in 2023, one of the first non-G7 nations to do so.", '2024-09-27'))).toEqual(['PL signed null']);
    expect(summary(extract(lead + 'Norway endorsed the Vilnius declaration, and Iceland did the same.', '2024-09-27'))).toEqual(['PL signed null']);
    expect(summary(extract(lead + 'Chile adopted the joint statement and Peru is expected to do so.', '2024-09-27'))).toEqual(['PL signed null']);
    // distractors: after a signing, and with no other act, they still tell a signing
    expect(summary(extract(lead + 'Norway signed a security pact with Kyiv, and Iceland did the same.', '2024-09-27'))).toContain('IS signed null');
    expect(summary(extract(lead + 'Sweden became the tenth country to do so.', '2024-09-27'))).toContain('SE signed null');
  });

  it('a present passive with a term ("is concluded for ten years") states how long the text runs, not a signing', () => {
    const lead = 'The cabinet approved the draft security agreement with Ukraine. ';
    expect(summary(extract(lead + 'The agreement is concluded for a period of ten years and rests on the declaration which Romania joined in 2023.', '2024-12-18'))).toEqual([]);
    expect(summary(extract(lead + 'The pact is signed for 10 years and builds on the G7 statement that Moldova endorsed.', '2024-12-18'))).toEqual([]);
    expect(summary(extract(lead + 'Such documents are concluded for a term of five years, which Serbia accepted.', '2024-12-18'))).toEqual([]);
    // distractors: a past signing with a term, and a term after the party
    expect(summary(extract('The security agreement with Ukraine was signed for ten years by Romania.', '2024-12-18'))).toEqual(['RO signed null']);
    expect(summary(extract('Romania signed a security agreement with Ukraine, which is concluded for 10 years.', '2024-12-18'))).toEqual(['RO signed null']);
  });

  it('"when" with a subject and a past signing verb dates a signing that took place, not a condition', () => {
    expect(summary(extract('Back then, Prime Minister Mark Rutte promised more air defence when he signed a bilateral security agreement with Zelensky.', '2025-09-29'))).toEqual(['NL signed null']);
    expect(summary(extract('Belgium pledged 30 F-16s when it signed a bilateral security agreement with Ukraine.', '2025-09-29'))).toEqual(['BE signed null']);
    expect(summary(extract('Norway set out its aid when Ukraine and Norway inked their security pact.', '2025-09-29'))).toEqual(['NO signed null']);
    // distractors: a "when" with a participle, or a present verb, is a condition or a plan's time
    expect(summary(extract('When signed, the security agreement with Norway will run for ten years.', '2025-09-29'))).toEqual([]);
    expect(summary(extract('Norway will pledge aid when it signs a security agreement with Ukraine.', '2025-09-29'))).not.toContain('NO signed null');
  });

  it('"with its document close to completion": a draft almost done, held in an absolute "with" phrase, is negotiation', () => {
    const lead = 'Greece and Ukraine are negotiating a security agreement. ';
    expect(summary(extract(lead + 'Italy is further along, with the text almost ready.', '2024-09-27'))).toContain('IT negotiating null');
    expect(summary(extract(lead + 'Latvia is in the same situation, with its draft near completion.', '2024-09-27'))).toContain('LV negotiating null');
    expect(summary(extract(lead + 'Slovenia is in a similar position, with its own document reportedly close to completion.', '2024-09-27'))).toContain('SI negotiating null');
    // distractors: something else almost ready, and a state already reached
    expect(summary(extract(lead + 'Italy is further along, with the budget almost ready.', '2024-09-27'))).toEqual(['GR negotiating null']);
    expect(summary(extract(lead + 'Austria is in a similar position, with its document complete.', '2024-09-27'))).not.toContain('AT negotiating null');
  });

  it('"ten-year bilateral agreements" name the tracked type even where bare references are not enough (a peace-plan story)', () => {
    const lead = 'European leaders met in Paris on the ceasefire plan and the security guarantees it promises Kyiv. ';
    expect(summary(extract(lead + 'Ukraine already holds ten-year bilateral agreements signed with Sweden, Norway and Spain.', '2025-11-24'))).toEqual(['ES signed null', 'NO signed null', 'SE signed null']);
    expect(summary(extract(lead + 'Kyiv inked 10-year bilateral accords with Latvia and Estonia.', '2025-11-24'))).toEqual(['EE signed null', 'LV signed null']);
    expect(summary(extract(lead + 'Poland concluded a ten-year bilateral pact with Ukraine.', '2025-11-24'))).toEqual(['PL signed null']);
    // distractors: another qualifier, or no "bilateral"
    expect(summary(extract(lead + 'Poland concluded a ten-year bilateral trade deal with Ukraine.', '2025-11-24'))).toEqual([]);
    expect(summary(extract(lead + 'Poland concluded a ten-year deal with Ukraine.', '2025-11-24'))).toEqual([]);
  });
});
