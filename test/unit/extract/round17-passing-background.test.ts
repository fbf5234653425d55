import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('a sentence adverb before a bare agreement noun qualifies the clause, not the kind', () => {
  it('"So far documents", "Until now agreements", "Since then deals" keep the noun free for the type', () => {
    expect(summary(extract('Kyiv wants more bilateral security agreements. So far documents have been signed with Italy, Canada and Finland.', '2024-05-02'))).toEqual([
      'CA signed null', 'FI signed null', 'IT signed null',
    ]);
    expect(summary(extract('Ukraine is widening its web of bilateral security agreements. Until now agreements have been concluded with Britain and Latvia.', '2024-05-02'))).toEqual([
      'GB signed null', 'LV signed null',
    ]);
    expect(summary(extract('Ukraine signed its first bilateral security agreement with Britain in January. Since then deals have been signed with Denmark and the Netherlands.', '2024-05-02'))).toEqual([
      'DK signed null', 'GB signed null', 'NL signed null',
    ]);
  });

  it('distractors: a noun qualifier still names another kind', () => {
    expect(summary(extract('Kyiv wants more bilateral security agreements. So far trade agreements have been signed with Italy and Canada.', '2024-05-02'))).toEqual([]);
    expect(summary(extract('Kyiv wants more bilateral security agreements. Until now grain deals have been concluded with Poland and Hungary.', '2024-05-02'))).toEqual([]);
  });
});

describe('the day of an occasion told in passing carries to the signing on its margins', () => {
  it('an irregular past ("spoke", "met") dates the occasion; "On the margins of the gathering he ..." takes its day', () => {
    expect(summary(extract('Fiala spoke on Thursday at a castle near Oxford, where European leaders met. On the margins of the gathering he and Zelensky signed a bilateral security agreement.', '2024-07-19', 'Czech premier signs security agreement with Ukraine'))).toEqual([
      'CZ signed 2024-07-18',
    ]);
    expect(summary(extract('Nordic leaders met in Stockholm on Friday. On the sidelines of the summit they and Zelensky signed bilateral security agreements for Sweden and Norway.', '2024-06-03'))).toEqual([
      'NO signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
  });

  it('"The same gathering also saw X signed" and "on the margins of the same meeting": the occasion told before', () => {
    expect(summary(extract('Norway signed its security agreement with Ukraine in Stockholm last Friday. The same gathering also saw Sweden\'s and Iceland\'s agreements signed.', '2024-06-05'))).toEqual([
      'IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
    expect(summary(extract('EU leaders will meet in Brussels on Thursday. Officials said that on the margins of the same meeting Zelensky would sign bilateral security agreements with Estonia and Lithuania.', '2024-06-24'))).toEqual([
      'EE planned 2024-06-27', 'LT planned 2024-06-27',
    ]);
  });

  it('distractors: a statement\'s own day, or the same occasion as something other than its setting', () => {
    // ("said on Monday that": the statement's day, not the plan's)
    expect(summary(extract('Officials said on Monday that Zelensky would sign a bilateral security agreement with Estonia soon.', '2024-06-24'))).toEqual(['EE planned null']);
    // ("the agenda of the same meeting" is no setting of the signing)
    expect(summary(extract('EU leaders meet in Brussels on Thursday. Zelensky will sign a bilateral security agreement with Estonia, which shaped the agenda of the same meeting.', '2024-06-24'))).toEqual(['EE planned null']);
  });
});

describe('coordinated possessives share the head noun: "Sweden\'s and Iceland\'s agreements"', () => {
  it('every possessor of the coordination owns an agreement', () => {
    expect(summary(extract("Sweden's and Iceland's security agreements with Ukraine were signed in Stockholm on Friday.", '2024-06-05'))).toEqual([
      'IS signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
    expect(summary(extract("Spain's, Belgium's and Portugal's bilateral security pacts with Kyiv were all signed in late May.", '2024-06-05'))).toEqual([
      'BE signed null', 'ES signed null', 'PT signed null',
    ]);
    expect(summary(extract("Ukraine will sign Poland's and Luxembourg's security agreements before the NATO summit.", '2024-07-02'))).toEqual([
      'LU planned null', 'PL planned null',
    ]);
  });

  it('distractor: possessors of something else', () => {
    expect(summary(extract("Sweden's and Iceland's fishing fleets were inspected in Stockholm on Friday, a day after a security agreement was discussed.", '2024-06-05'))).toEqual([]);
  });
});

describe('named parties coordinated with "(a count of) other partners" in one subject', () => {
  it('"X, Y and roughly two dozen other partners have signed": the named ones signed', () => {
    expect(summary(extract('Kyiv relies on its security pacts. Italy, Canada and roughly twenty other partners have signed similar bilateral agreements with Kyiv since January.', '2024-11-07'))).toEqual([
      'CA signed null', 'IT signed null',
    ]);
    expect(summary(extract('Poland, Spain and several other countries have signed bilateral security agreements with Ukraine.', '2024-11-07'))).toEqual(['ES signed null', 'PL signed null']);
    expect(summary(extract('Denmark and at least ten more allies have concluded bilateral security agreements with Ukraine this year.', '2024-11-07'))).toEqual(['DK signed null']);
  });

  it('distractor: a party compared with the count, not coordinated with it, does not sign', () => {
    expect(summary(extract('Austria wants a security agreement of the kind that more than 20 other countries have signed with Ukraine.', '2024-11-07'))).toEqual([]);
  });
});

describe('"came on board" in a series of signings', () => {
  it('the named states joined the series', () => {
    expect(summary(extract('Kyiv signed ten-year security agreements with Britain in January and with Germany in February. Washington and Tokyo came on board at the G7 in June.', '2024-12-30'))).toEqual([
      'DE signed null', 'GB signed null', 'JP signed null', 'US signed null',
    ]);
    expect(summary(extract('Ukraine signed its first bilateral security agreement with Britain in January. Ottawa came aboard in late February.', '2024-12-30'))).toEqual(['CA signed null', 'GB signed null']);
    expect(summary(extract('Ukraine signed bilateral security agreements with France and Italy last winter. Spain came on board in May.', '2024-12-30'))).toEqual(['ES signed null', 'FR signed null', 'IT signed null']);
  });

  it('distractor: with no signing before it, another thing joined', () => {
    expect(summary(extract('Ukraine asked for more shells. Spain came on board in May with a new ammunition package.', '2024-12-30'))).toEqual([]);
  });
});

describe('"more could follow": a hedged plan of the signings just told', () => {
  it('the parties named with the follow-up', () => {
    expect(summary(extract('So far documents on security cooperation with Ukraine have been signed with Britain and France. Two more, with Italy and Canada, could follow next week.', '2024-02-19'))).toEqual([
      'CA planned null', 'FR signed null', 'GB signed null', 'IT planned null',
    ]);
    expect(summary(extract('Kyiv has signed a bilateral security agreement with Spain. Belgium and Portugal may follow in the coming days.', '2024-05-27'))).toEqual([
      'BE planned null', 'ES signed null', 'PT planned null',
    ]);
    expect(summary(extract('Ukraine signed a security agreement with the Netherlands on Friday. Latvia might follow soon, officials said.', '2024-03-02'))).toEqual([
      'LV planned null', 'NL signed 2024-03-01',
    ]);
  });

  it('distractors: what is followed is another act, or the follow-up is negated', () => {
    expect(summary(extract('Montenegro joined the G7 declaration on Ukraine, and Serbia could follow next month.', '2024-05-27'))).toEqual([]);
    expect(summary(extract('Kyiv has signed a bilateral security agreement with Spain. Germany delivered a Patriot system to Ukraine last week, and Italy could follow.', '2024-05-27'))).toEqual(['ES signed null']);
    expect(summary(extract('Kyiv has signed a bilateral security agreement with Spain. Hungary could not follow, Orban said.', '2024-05-27'))).toEqual(['ES signed null']);
  });
});

describe('"before the day is out", "by the end of the day": the story\'s day', () => {
  it('dates a plan to the day of publication', () => {
    expect(summary(extract('Slovenia\'s prime minister should sign his own security agreement with Ukraine before the day is out.', '2024-07-18'))).toEqual(['SI planned 2024-07-18']);
    expect(summary(extract('Zelensky and Fiala are to sign a bilateral security agreement by the end of the day.', '2024-07-18'))).toEqual(['CZ planned 2024-07-18']);
    expect(summary(extract('Officials expect the Czech security agreement with Ukraine to be signed before the end of the day.', '2024-07-18'))).toEqual(['CZ planned 2024-07-18']);
  });

  it('distractor: the end of the month names no day', () => {
    expect(summary(extract('Zelensky and Fiala are to sign a bilateral security agreement by the end of the month.', '2024-07-18'))).toEqual(['CZ planned null']);
  });
});

describe('a leader named in full makes the surname alone that leader, where it spells a state', () => {
  const lead = 'Prime Minister Luís Montenegro returned from Brussels on Tuesday.';
  it('"Montenegro" after "Luís Montenegro" is Portugal\'s prime minister, acting for Portugal', () => {
    expect(summary(extract(`${lead} Montenegro will sign a bilateral security agreement with Ukraine next week.`, '2024-05-21'))).toEqual(['PT planned null']);
    expect(summary(extract(`${lead} Montenegro has ruled out new taxes. A security agreement with Ukraine will be signed soon, and Montenegro has confirmed he will attend.`, '2024-05-21'))).toEqual(['PT planned null']);
    expect(summary(extract(`Luís Montenegro's government is in its first month. Montenegro signed the bilateral security agreement with Ukraine in Brussels on Tuesday.`, '2024-05-29'))).toEqual(['PT signed 2024-05-28']);
  });

  it('distractors: the state where the surname is never a leader\'s, or as a place', () => {
    expect(summary(extract('Montenegro will sign a bilateral security agreement with Ukraine next week.', '2024-05-21'))).toEqual(['ME planned null']);
    expect(summary(extract(`${lead} A bilateral security agreement with Ukraine was signed in Montenegro on Monday.`, '2024-05-21'))).toEqual([]);
  });
});

describe('an agreement or text "pledging" / "promising" cooperation and support names the type', () => {
  it('the support-and-cooperation title after a participle of content', () => {
    expect(summary(extract("On Tuesday Zelensky and Albania's Edi Rama signed a pact promising long-term cooperation and Albanian support.", '2025-01-22'))).toEqual(['AL signed 2025-01-21']);
    expect(summary(extract("Plenković and Zelensky will sign a text pledging Croatia's long-term cooperation with, and support for, Ukraine on Wednesday.", '2024-10-07'))).toEqual(['HR planned 2024-10-09']);
    expect(summary(extract('Zelensky and Edi Rama signed a document that promises long-term support and cooperation in Davos on Tuesday.', '2025-01-22'))).toEqual(['AL signed 2025-01-21']);
  });

  it('distractor: a pledge of something else', () => {
    expect(summary(extract("Zelensky and Edi Rama signed a document pledging Albania's help with demining in Davos on Tuesday.", '2025-01-22'))).toEqual([]);
  });
});

describe('"he and Zelensky": the pronoun is the partner leader the sentence before named', () => {
  it('the leader of the sentence before signs with the hub\'s leader, whatever else the article is about', () => {
    expect(summary(extract('Greece wants more gas. Greek ministers met in Athens, and Greece\'s navy sailed. Host Andrej Plenković said Croatia would keep treating wounded soldiers. Later on Wednesday he and Zelensky were to sign a text pledging long-term cooperation and support.', '2024-10-09'))).toEqual(['HR planned 2024-10-09']);
    expect(summary(extract('Poland and Germany argued over grain; Polish farmers blocked roads into Germany again. Greek Prime Minister Kyriakos Mitsotakis also raised shipping. On Thursday he and Zelensky signed a bilateral security agreement.', '2024-10-18'))).toEqual(['GR signed 2024-10-17']);
    expect(summary(extract('Spain and Portugal sent observers, and Spain\'s navy escorted grain ships. Belgian Prime Minister Alexander De Croo spoke of ammunition. On Tuesday she and the Ukrainian president signed a bilateral security agreement.', '2024-05-29'))).toEqual(['BE signed 2024-05-28']);
  });

  it('distractors: two leaders before, or no hub leader beside the pronoun', () => {
    expect(summary(extract('Trade dominated the talks, which Greek Prime Minister Kyriakos Mitsotakis and Croatian Prime Minister Andrej Plenković attended. On Thursday he and Zelensky signed a bilateral security agreement.', '2024-10-18'))).toEqual([]);
    expect(summary(extract('Greek Prime Minister Kyriakos Mitsotakis raised shipping. On Friday he and Dutch Prime Minister Mark Rutte watched as a bilateral security agreement with Ukraine was signed.', '2024-03-02'))).toEqual(['NL signed 2024-03-01']);
  });
});
