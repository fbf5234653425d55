import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/** A first sentence that makes the article about the tracked agreements. */
const LEAD = 'Ukraine has signed bilateral security agreements with many partners under the G7 declaration. ';

describe('round 9: two other states signing a pact of their own', () => {
  it('an adjunct before the object does not hide that the pact is theirs, and "the document" after it is that pact', () => {
    expect(
      extract(`${LEAD}Poland and Lithuania signed on Friday an agreement on joint air patrols. The document was signed in Warsaw by the Polish defence minister and his Lithuanian colleague.`),
    ).toEqual([]);
  });

  it('the hub signing a security agreement the same way is still found', () => {
    expect(summary(extract(`${LEAD}Poland and Ukraine signed on Friday a bilateral security agreement. The document was signed in Warsaw by the two leaders.`))).toEqual(['PL signed 2024-06-07']);
  });
});

describe('round 9: an agreement that is only changed', () => {
  it('an annex, amendments or an extension of an existing agreement are not the agreement', () => {
    expect(extract(`${LEAD}Kyiv and Oslo are preparing an annex that would update their security agreement for next year.`)).toEqual([]);
    expect(extract(`${LEAD}Norway and Ukraine signed amendments to the security agreement on Friday.`)).toEqual([]);
    expect(extract(`${LEAD}Norway and Ukraine agreed to extend the bilateral security agreement.`)).toEqual([]);
  });

  it('preparing or signing the agreement itself is still found', () => {
    expect(summary(extract(`${LEAD}Kyiv and Oslo are preparing a bilateral security agreement that would cover next year.`))).toEqual(['NO negotiating null']);
    expect(summary(extract(`${LEAD}Norway and Ukraine signed the security agreement on Friday.`))).toEqual(['NO signed 2024-06-07']);
  });
});

describe('round 9: a party with a negation of its own', () => {
  it('"X still not among signatories" after a signing is not a signer', () => {
    expect(summary(extract('Spain signs security agreement with Ukraine, Portugal still not among signatories'))).toEqual(['ES signed null']);
  });

  it('"X is not among the countries that have signed" puts X outside the signers', () => {
    expect(extract(`${LEAD}Slovakia is not among the countries that have signed security agreements with Ukraine.`)).toEqual([]);
    expect(summary(extract(`${LEAD}Slovakia is among the countries that have signed security agreements with Ukraine.`))).toEqual(['SK signed null']);
  });

  it('a party after the signing without a negation still shares it', () => {
    expect(summary(extract('Spain and Portugal sign security agreements with Ukraine'))).toEqual(['ES signed null', 'PT signed null']);
  });
});

describe('round 9: tallies', () => {
  it('a party joined to a count of states is an item of the count', () => {
    expect(extract('Ukraine has signed 20 bilateral security agreements with 19 countries and the European Union.')).toEqual([]);
    expect(extract('Ukraine has signed 27 bilateral security agreements with partner countries and the European Union, and work on new documents continues.')).toEqual([]);
  });

  it('a party set apart from the count ("and 16 other countries") is still found', () => {
    expect(summary(extract('Ukraine has signed bilateral security agreements with the United Kingdom and 16 other countries.'))).toEqual(['GB signed null']);
    expect(summary(extract('Ukraine has signed bilateral security agreements with partner countries and the European Union.'))).toEqual(['EU signed null']);
  });
});

describe('round 9: guarantees in a peace-framework article', () => {
  it('an agreement named by its guarantees, beside peace talk, is the peace framework', () => {
    expect(extract('The US and Ukraine will sign the framework agreement on security guarantees once a ceasefire is reached.', '2025-12-29')).toEqual([]);
    expect(extract('The security guarantees agreement with the US is ready to be signed as part of the peace process, Zelensky said.', '2025-12-29')).toEqual([]);
  });

  it('the same names without peace talk, or a security agreement beside it, are still found', () => {
    expect(summary(extract('Kyiv and Bucharest opened talks this week on a Romanian agreement on security guarantees for Ukraine.', '2024-02-01'))).toEqual(['RO negotiating null']);
    expect(summary(extract('Ukraine and Belgium signed a bilateral security agreement on Tuesday, Zelensky said, adding that a ceasefire was not in sight.', '2024-05-29'))).toEqual([
      'BE signed 2024-05-28',
    ]);
  });
});

describe('round 9: the host of a gathering', () => {
  it('is not a party of the signing its clause gives to another subject', () => {
    expect(summary(extract(`${LEAD}Italy hosted the G7 summit in Apulia, at which Zelensky signed a security agreement with Japan.`))).toEqual(['JP signed null']);
    expect(extract(`${LEAD}Italy hosted the summit where Ukraine signed agreements with several partners.`)).toEqual([]);
  });

  it('a host in any tense, or deals signed by many at the gathering, give the host nothing', () => {
    expect(extract(`${LEAD}Italy to host a recovery conference where new deals will be signed`)).toEqual([]);
  });

  it('a host that signs itself is still found', () => {
    expect(summary(extract(`${LEAD}Italy will host Zelensky and sign a security agreement`))).toEqual(['IT planned null']);
    expect(summary(extract(`${LEAD}Italy hosted the summit and signed a security agreement with Ukraine.`))).toEqual(['IT signed null']);
  });
});

describe('round 9: an agreement with a clause of what it permits', () => {
  it('a bare agreement "allowing" production is an arrangement of its own', () => {
    expect(extract(`${LEAD}Zelensky and Frederiksen signed an agreement allowing Ukrainian defence firms to produce weapons in Denmark.`)).toEqual([]);
  });

  it('a security agreement with such a clause is still the tracked type', () => {
    expect(summary(extract(`${LEAD}Zelensky and Frederiksen signed a security agreement allowing Ukrainian defence firms to produce weapons in Denmark.`))).toEqual(['DK signed null']);
  });
});

describe('round 9: a clause of its own opened by "as" / "while"', () => {
  it('its subject is not a party of the cue before it', () => {
    expect(summary(extract('Orbán rules out Ukraine security pact as EU readies its own commitments', '2024-06-20'))).toEqual(['HU refused null']);
  });

  it('"as well as" and an echoed auxiliary keep the list', () => {
    expect(summary(extract('Denmark signed a security agreement with Ukraine, as well as the Netherlands.'))).toEqual(['DK signed null', 'NL signed null']);
  });
});

describe('round 9: the support-and-cooperation title before the noun', () => {
  it('"a security cooperation and long-term support agreement" is the tracked type', () => {
    expect(summary(extract(`${LEAD}President Stubb and President Zelensky signed a security cooperation and long-term support agreement in Kyiv on Wednesday.`, '2024-04-03'))).toEqual([
      'FI signed 2024-04-03',
    ]);
  });

  it('another pair of qualifiers is another kind', () => {
    expect(extract(`${LEAD}Ukraine and Finland signed an economic cooperation and trade agreement on Wednesday.`, '2024-04-03')).toEqual([]);
  });
});

describe('round 9: a date opening the sentence', () => {
  it('frames the signings of every clause', () => {
    expect(summary(extract(`${LEAD}Lithuania signed its agreement on Thursday. On the same day, Estonia signed a similar agreement, while EU leaders and Zelensky signed joint security commitments.`, '2024-06-28'))).toEqual([
      'EE signed 2024-06-27',
      'EU signed 2024-06-27',
      'LT signed 2024-06-27',
    ]);
  });

  it('a plan in a later clause does not take it', () => {
    expect(summary(extract(`${LEAD}Lithuania signed its agreement on Thursday. On the same day, Estonia signed a similar agreement, while Latvia will sign one later.`, '2024-06-28'))).toEqual([
      'EE signed 2024-06-27',
      'LT signed 2024-06-27',
      'LV planned null',
    ]);
  });
});

describe('round 9: talks after a blocked signing', () => {
  it('are the talks of the partner whose signing is not yet or not now', () => {
    expect(summary(extract(`${LEAD}Bulgaria has not yet concluded such an agreement. The text is being prepared by the foreign ministry.`))).toEqual(['BG negotiating null']);
    expect(summary(extract('Romania will sign its bilateral security agreement with Ukraine tomorrow. Slovenia will not sign its agreement at this summit. Negotiations on the text are continuing.', '2024-07-10'))).toEqual([
      'RO planned 2024-07-11',
      'SI negotiating null',
    ]);
    // the contracted negation as the tokenizer splits it ("won" "'" "t")
    expect(summary(extract("Romania will sign its bilateral security agreement with Ukraine tomorrow. Slovenia won't sign its agreement at this summit. Negotiations on the text are continuing.", '2024-07-10'))).toEqual([
      'RO planned 2024-07-11',
      'SI negotiating null',
    ]);
  });

  it('without a blocked signing before them they are the main partner\'s', () => {
    expect(summary(extract('Romania and Ukraine are preparing a bilateral security agreement. Officials met in Bucharest on Monday. Negotiations on the text are continuing.', '2024-07-10'))).toEqual([
      'RO negotiating null',
    ]);
  });
});

describe('round 9: a trip\'s destinations before ", where"', () => {
  it('host the signings of the "where" clause', () => {
    expect(summary(extract(`${LEAD}Later in the week, Zelensky may also travel to Belgium and Portugal, where similar documents could be signed.`))).toEqual(['BE planned null', 'PT planned null']);
  });

  it('a gathering on the trip, or a "where" clause without a signing, names nobody', () => {
    expect(extract(`${LEAD}Later in the week, Zelensky may also travel to the summit in Brussels, where similar documents could be signed.`)).toEqual([]);
    expect(extract(`${LEAD}Later in the week, Zelensky may also travel to Belgium and Portugal, where he will meet investors.`)).toEqual([]);
  });
});
