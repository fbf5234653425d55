import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Round 17, dev-style day-of reports, previews and roundups: statuses told with words of everyday news English.

const SIGNED = 'Ukraine has signed bilateral security agreements with more than twenty partners.';

describe('"turned down" refuses what it names', () => {
  it('an agreement or a signing as its object', () => {
    expect(summary(extract(`${SIGNED} Hungary has turned down a bilateral security pact with Kyiv.`, '2024-06-21'))).toEqual(['HU refused null']);
    expect(summary(extract(`${SIGNED} Bratislava turned down such an agreement last month.`, '2024-06-21'))).toEqual(['SK refused null']);
    expect(summary(extract(`${SIGNED} Austria turns down signing one, the chancellor said.`, '2024-06-21'))).toEqual(['AT refused null']);
  });

  it('distractors: something else turned down, a negated refusal', () => {
    expect(summary(extract(`${SIGNED} Hungary turned down Kyiv's request for weapons.`, '2024-06-21'))).toEqual([]);
    expect(summary(extract(`${SIGNED} Hungary has not turned down the security agreement with Ukraine.`, '2024-06-21'))).toEqual([]);
  });
});

describe('"the American-Ukrainian security text": a text named by the type\'s qualifier is the agreement', () => {
  it('makes an article about the type, so its talks and plans are read', () => {
    expect(summary(extract('Zelensky discussed the Japanese-Ukrainian security text in Tokyo on Sunday. The Canadian text, he added, was in its final round of talks.', '2024-02-12'))).toEqual(['CA negotiating null', 'JP negotiating 2024-02-11']);
    expect(summary(extract('Officials reviewed the Belgian security draft with Kyiv on Monday. The Portuguese text was likewise in its final round of talks.', '2024-05-20'))).toEqual(['BE negotiating 2024-05-20', 'PT negotiating null']);
    expect(summary(extract('The Swedish–Ukrainian security text was discussed in Kyiv. Work on the Norwegian text is under way too.', '2024-05-20'))).toEqual(['NO negotiating null', 'SE negotiating null']);
  });

  it('distractors: the text of a law, a security council draft', () => {
    expect(summary(extract('Deputies debated the security text of the law on mobilisation. The Canadian text, he added, was in its final round of talks.', '2024-02-12'))).toEqual([]);
    expect(summary(extract('Diplomats circulated a Security Council draft resolution on Ukraine. Work on the Norwegian text is under way too.', '2024-02-12'))).toEqual([]);
  });
});

describe('a reporting aside between a text and its state ("The Latvian text, he said, was almost done")', () => {
  it('the subject is read from before the aside', () => {
    const p = 'Finland signed a bilateral security agreement with Ukraine on Wednesday.';
    expect(summary(extract(`${p} The Estonian text, officials said, is nearly ready.`, '2024-04-03'))).toEqual(['EE negotiating null', 'FI signed 2024-04-03']);
    expect(summary(extract(`${p} The Latvian draft, the minister told reporters, was almost complete.`, '2024-04-03'))).toEqual(['FI signed 2024-04-03', 'LV negotiating null']);
    expect(summary(extract(`${p} The Dutch text, he added, is nearly finished.`, '2024-02-28'))).toEqual(['FI signed 2024-02-28', 'NL negotiating null']);
  });

  it('distractor: an aside that is no report, a state not of a text', () => {
    const p = 'Finland signed a bilateral security agreement with Ukraine on Wednesday.';
    expect(summary(extract(`${p} The Latvian budget, he said, was almost done.`, '2024-04-03'))).toEqual(['FI signed 2024-04-03']);
  });
});

describe('"added X, Y and Z to its list of signatories"', () => {
  it('signatories are the signers of the agreements the article is about', () => {
    const p = 'Ukraine signed a bilateral security agreement with Spain on Monday.';
    expect(summary(extract(`${p} Kyiv has since added Belgium and Portugal to its list of signatories.`, '2024-05-29'))).toEqual(['BE signed null', 'ES signed 2024-05-27', 'PT signed null']);
    expect(summary(extract(`${p} This week Zelensky added Sweden, Norway and Iceland to the list of signatories.`, '2024-06-01'))).toEqual(['ES signed 2024-05-27', 'IS signed null', 'NO signed null', 'SE signed null']);
    expect(summary(extract(`${p} Kyiv will add Poland to its list of signatories in July.`, '2024-05-29'))).toEqual(['ES signed 2024-05-27', 'PL planned null']);
  });

  it('distractor: the list of signatories of another text, or a list of something else', () => {
    expect(summary(extract('Ukraine welcomed the summit communique. Organisers added Chile and Ghana to its list of signatories.', '2024-06-17'))).toEqual([]);
    expect(summary(extract('Ukraine signed a bilateral security agreement with Spain on Monday. Kyiv added Chile and Ghana to its list of donors.', '2024-05-29'))).toEqual(['ES signed 2024-05-27']);
  });
});

describe('"chose to sign" told in the past is a signing; "nothing to sign" is none', () => {
  it('a past choice of where or how to sign', () => {
    expect(summary(extract('Rutte chose to sign the Dutch security agreement with Ukraine in Kharkiv on Friday.', '2024-03-01'))).toEqual(['NL signed 2024-03-01']);
    expect(summary(extract('Frederiksen opted to sign the ten-year security pact with Ukraine in Lviv.', '2024-02-23'))).toEqual(['DK signed null']);
    expect(summary(extract('Meloni chose to sign Italy\'s security agreement with Ukraine in Kyiv on the anniversary.', '2024-02-24'))).toEqual(['IT signed null']);
  });

  it('distractors: a choice of a day ahead, nothing to sign', () => {
    expect(summary(extract('Rutte chose to sign the Dutch security agreement with Ukraine next week.', '2024-02-20'))).toEqual(['NL planned null']);
    expect(summary(extract('Ukraine has signed security agreements with many partners. Scholz and Zelensky met on Thursday; there was nothing to sign, a German official said.', '2024-07-11'))).toEqual([]);
    expect(summary(extract('Ukraine has signed security agreements with many partners. Scholz met Zelensky, with nothing left to sign.', '2024-07-11'))).toEqual([]);
  });
});

describe('"will each sign": a floated quantifier after the auxiliary', () => {
  it('is read past, like an adverb', () => {
    expect(summary(extract('Meloni and Trudeau will each sign a security agreement with Ukraine in Kyiv tomorrow.', '2024-02-23'))).toEqual(['CA planned 2024-02-24', 'IT planned 2024-02-24']);
    expect(summary(extract('Officials said the Belgian and Portuguese prime ministers will both sign security agreements with Zelensky on Tuesday.', '2024-05-24'))).toEqual(['BE planned 2024-05-28', 'PT planned 2024-05-28']);
    expect(summary(extract('Sweden and Norway will separately sign ten-year security pacts with Ukraine on Friday.', '2024-05-29'))).toEqual(['NO planned 2024-05-31', 'SE planned 2024-05-31']);
  });

  it('distractor: "each" and "both" after a past verb keep the past', () => {
    expect(summary(extract('Meloni and Trudeau each signed a security agreement with Ukraine in Kyiv on Saturday.', '2024-02-25'))).toEqual(['CA signed 2024-02-24', 'IT signed 2024-02-24']);
  });
});

describe('"got theirs done", "got there first / before X": a signing told as an errand finished or a race won', () => {
  it('the subject signed', () => {
    const p = 'Belgium signed a bilateral security agreement with Ukraine on Tuesday.';
    expect(summary(extract(`${p} Paris and Berlin got theirs done in February.`, '2024-05-29'))).toEqual(['BE signed 2024-05-28', 'DE signed null', 'FR signed null']);
    expect(summary(extract(`${p} Britain got there first, in January.`, '2024-05-29'))).toEqual(['BE signed 2024-05-28', 'GB signed null']);
    expect(summary(extract(`${p} The Netherlands got there ahead of Brussels.`, '2024-05-29'))).toEqual(['BE signed 2024-05-28', 'NL signed null']);
  });

  it('distractors: a place reached, a chore of another kind', () => {
    const p = 'Belgium signed a bilateral security agreement with Ukraine on Tuesday.';
    expect(summary(extract(`${p} Zelensky got there by train from Poland.`, '2024-05-29'))).toEqual(['BE signed 2024-05-28']);
    expect(summary(extract(`${p} Poland got its homework done on grain.`, '2024-05-29'))).toEqual(['BE signed 2024-05-28']);
  });
});
